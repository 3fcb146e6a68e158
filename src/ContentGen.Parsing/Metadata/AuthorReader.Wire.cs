using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class AuthorReader
{
    // "Maëlle Tanguy (AFP) – Kerlouan", "Nerea Olano | San Sebastián": the place a writer files from, a few words.
    private const int MaxWirePlaceWords = 4;

    /// <summary>
    /// The writer of a wire byline: a name with its agency in brackets ("Henrik Sauerland (dpa)", "Maëlle Tanguy (AFP)"),
    /// the place after a dash, a bar or a comma at most ("… (AFP) – Kerlouan"); else <see langword="null"/>. The brackets
    /// must hold an agency (capitals, or a name the lexicons list), not a job ("(texte)") or a year.
    /// </summary>
    public static string? ReadWireByline(ReadOnlySpan<char> line)
    {
        var open = line.IndexOf('(');
        var close = line.IndexOf(')');
        if (open <= 0 || close < open + 2 || Words.MoreThan(line, MaxCreditWords))
        {
            return null;
        }

        var agency = Whitespace.Trim(line.Slice(open + 1, close - open - 1));
        if (!(IsAgency(agency) || IsListedAgency(agency)) || !IsPlaceAfter(Whitespace.Trim(line.Slice(close + 1))))
        {
            return null;
        }

        return CreditName(Whitespace.Trim(line.Slice(0, open)));
    }

    /// <summary>
    /// The reporters a wire's credit in brackets names ("(Reporting by Jane Roe and Tom Poe; Editing by Ann Lee)": "Jane
    /// Roe; Tom Poe"), whole names of two words or more; <see langword="null"/> when it opens on another role or credits a
    /// desk ("(Reporting by Allied staff; …)").
    /// </summary>
    public static string? ReadWireCredit(ReadOnlySpan<char> line)
    {
        var part = Structure.WireCredits.ReporterPart(line);
        return part.Length == 0 || NamesADesk(part) || Names(part, MinCreditNameWords, capitals: true) is not { } names ? null : WithCoAuthor(names, part);
    }

    /// <summary>
    /// The writer of a byline that names the place after a bar or a spaced dash, with no date ("María López | Madrid",
    /// "María López - Madrid", "MARÍA LÓPEZ – Teruel"); else <see langword="null"/>.
    /// </summary>
    public static string? ReadNameBeforePlace(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf('|');
        if (at < 0)
        {
            at = SpacedDash(line);
        }

        // "Anna Schmidt, Berlin": the place after a comma (AuthorReader.CommaPlaces); "Redakteurin Anna Schmidt": the job
        // before the name (AuthorReader.RoleBeforeName).
        if (at < 0)
        {
            return ReadNameCommaPlace(line) ?? ReadRoleBeforeName(Whitespace.Trim(line));
        }

        if (at <= 0 || Words.MoreThan(line, MaxCreditWords) || !IsPlaceAfter(Whitespace.Trim(line.Slice(at))))
        {
            return null;
        }

        // "Gérald Darmanin © AFP - Alain Jocard": a photo's credit, whose mark no name holds.
        var name = Whitespace.Trim(line.Slice(0, at));
        return OnlyNameCharacters(name) ? ReadBareName(name, capitals: true) : null;
    }

    // Letters, spaces, and the hyphens, apostrophes and stops names are written with.
    private static bool OnlyNameCharacters(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c) && !Whitespace.IsSpace(c) && c is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Where a dash with a space on each side stands in `line`, or -1.
    private static int SpacedDash(ReadOnlySpan<char> line)
    {
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '-' or '–' or '—' && Whitespace.IsSpace(line[i - 1]) && Whitespace.IsSpace(line[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    // Nothing, or a separator and a place: capitalised words, no figure, no other bracket or separator.
    private static bool IsPlaceAfter(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] is not ('-' or '–' or '—' or '|' or ','))
        {
            return false;
        }

        return IsFilingPlace(Whitespace.Trim(rest.Slice(1)));
    }

    /// <summary>
    /// Whether <paramref name="place"/> names the place a writer files from: a few capitalised words ("San Sebastián", "Vila
    /// Nova de Gaia"), no figure, no bracket and no further bar.
    /// </summary>
    internal static bool IsFilingPlace(ReadOnlySpan<char> place)
        => place.Length > 0 && char.IsUpper(place[0]) && !Digits.Any(place) && !Words.MoreThan(place, MaxWirePlaceWords)
            && place.IndexOfAny("()|".AsSpan()) < 0;
}
