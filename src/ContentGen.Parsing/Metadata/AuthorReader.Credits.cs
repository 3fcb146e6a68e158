using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// A credit line gives a name and an agency ("Kevin Morvan / AFP", "Jane Roe (Reuters)"): the name is
// the author, the agency is not; a line of agencies alone names no one.
internal static partial class AuthorReader
{
    /// <summary>
    /// Whether <paramref name="line"/> is a newsroom's or writer's line with the agency it drew on:
    /// "Le Monde avec AFP", "La rédaction avec AFP", "Jane Roe with AP": a few words, a co-author word
    /// and an agency in capitals at the end.
    /// </summary>
    public static bool IsAgencyNotice(ReadOnlySpan<char> line)
    {
        // Asked of many lines: the last word is looked at before the words are counted.
        var trimmed = Whitespace.Trim(line);
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0 || !IsAgency(trimmed.Slice(space + 1)) || Words.Count(line, MaxNameWords + 3) > MaxNameWords + 2)
        {
            return false;
        }

        var before = Whitespace.Trim(trimmed.Slice(0, space));
        var coAuthor = before.Slice(before.LastIndexOf(' ') + 1);
        return before.LastIndexOf(' ') > 0 && char.IsUpper(before[0]) && LexiconTables.CoAuthorWords.Contains(coAuthor);
    }

    /// <summary>
    /// How long the credit role is that opens <paramref name="rest"/>, when the <paramref name="gap"/> before it
    /// holds a semicolon ("Reporting by Jane Roe; Editing by …"): the next role's credit; else 0.
    /// </summary>
    public static int CreditRoleAfterSemicolon(ReadOnlySpan<char> gap, ReadOnlySpan<char> rest)
        => gap.IndexOf(';') >= 0 ? CreditRoleLength(rest) : 0;

    /// <summary>
    /// How long the role and byline's word are that open <paramref name="text"/>, a wire credit's part after a semicolon
    /// ("Editing by …", "Édité par …", "Redigiert von …"): a capitalised role of the lexicons' <c>CreditRoles</c>, then a
    /// byline's opening word; else 0. Any capitalised word would read "Max von Trott" or "Paola Di Lauro" as a role.
    /// </summary>
    public static int CreditRoleLength(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        if (!reader.Read() || reader.Start != 0 || !char.IsUpper(reader.Word[0]) || !LexiconTables.CreditRoles.Contains(reader.Word)
            || LexiconTables.BylinePrefixes.StartsAny(text))
        {
            return 0;
        }

        var after = reader.Start + reader.Length;
        while (after < text.Length && Whitespace.IsSpace(text[after]))
        {
            after++;
        }

        var prefix = after > reader.Length ? LexiconTables.BylinePrefixes.LongestStart(text.Slice(after)) : 0;
        return prefix > 0 ? after + prefix : 0;
    }

    /// <summary>Whether <paramref name="line"/> is an agency's credit line: "Kevin Morvan / AFP", "AA / Paris / Ümit Kaya".</summary>
    public static bool IsCredit(ReadOnlySpan<char> line) => Credit(line) is not null;

    // "Kevin Morvan / AFP": a name, a slash, and an agency in capitals; not a caption's credit in
    // brackets. Agencies also sign the other way round: "AA / Paris / Ümit Kaya". A bar may part
    // the name from the agency as a slash does ("Carmen Ruiz | EFE"), and so may a co-author word
    // ("Thomas Girard avec AFP").
    private static string? Credit(ReadOnlySpan<char> line)
    {
        var slash = line.IndexOf('/');
        if (slash < 0)
        {
            var bar = line.IndexOf('|');
            if (bar > 0)
            {
                return AllAgencies(line.Slice(bar + 1), '|') || IsAddressAlone(Whitespace.Trim(line.Slice(bar + 1))) ? CreditName(line.Slice(0, bar)) : null;
            }

            // "Thomas Girard avec AFP": a name, a co-author word, the agency.
            var (before, after) = AroundCoAuthorWord(line);
            return after > 0 && IsAgency(Whitespace.Trim(line.Slice(after))) ? CreditName(line.Slice(0, before)) : null;
        }

        if (slash == 0 || line.IndexOf('(') >= 0 || line.IndexOf('[') >= 0 || Words.Count(line, MaxCreditWords) > MaxCreditWords)
        {
            return null;
        }

        var lastSlash = line.LastIndexOf('/');
        var lead = Whitespace.Trim(line.Slice(0, slash));
        if (lead.Length >= 2 && LetterCase.HasNoLowerCase(lead) && Words.Count(lead, 2) == 1)
        {
            var last = line.Slice(lastSlash + 1);
            return Words.Count(last, MaxNameWords + 1) is >= MinCreditNameWords and <= MaxNameWords ? Names(last, MinCreditNameWords, single: true) : null;
        }

        var agency = new WordReader(line.Slice(slash + 1));
        // "Jürgen Albers / dpa": an agency the lexicons name signs in its own case.
        if (!agency.Read() || !((LetterCase.HasNoLowerCase(agency.Word) && agency.Word.Length >= 2) || IsAgency(Whitespace.Trim(line.Slice(slash + 1)))
            || IsListedAgency(Whitespace.Trim(line.Slice(slash + 1))) || NamesWireDesk(Whitespace.Trim(line.Slice(slash + 1)))))
        {
            return null;
        }

        return CreditName(line.Slice(0, slash));
    }

    // "EFE", "Europa Press | EFE": the parts after a name's bar, each an agency ("Ana Beltrán | Europa Press | EFE").
    private static bool AllAgencies(ReadOnlySpan<char> rest, char separator)
    {
        while (true)
        {
            var at = rest.IndexOf(separator);
            var part = Whitespace.Trim(at < 0 ? rest : rest.Slice(0, at));
            if (!IsAgency(part))
            {
                return false;
            }

            if (at < 0)
            {
                return true;
            }

            rest = rest.Slice(at + 1);
        }
    }

    private static string? CreditName(ReadOnlySpan<char> name)
        => Words.Count(name, MaxNameWords + 1) is >= MinCreditNameWords and <= MaxNameWords ? Names(name, MinCreditNameWords, single: true) : null;

    /// <summary>Whether <paramref name="word"/> is an agency the lexicons name ("Reuters", "ANSA"), in any capitals.</summary>
    public static bool IsListedAgency(ReadOnlySpan<char> word) => LexiconTables.Agencies.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> reads as an agency's name: "EFE", "AFP", "ANP", two capitals or more, or
    /// an agency the lexicons name ("Reuters", "Lusa", "Europa Press").
    /// </summary>
    public static bool IsAgency(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        if (char.IsUpper(word[0]) && LexiconTables.Agencies.Contains(word))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // An agency the lexicons name opens `text`, as whole words: "Belgacem Haddad" starts with "Belga"'s letters only.
    private static bool AgencyAt(ReadOnlySpan<char> text) => LexiconTables.Agencies.StartsAnyWhole(text);

    // "Photographs", "Fotos", "Photos": a credit word or its plural.
    private static bool StartsCreditWord(ReadOnlySpan<char> word)
        => LexiconTables.CreditWords.Contains(word) || (word.Length > 1 && word[word.Length - 1] is 's' or 'S' && LexiconTables.CreditWords.Contains(word.Slice(0, word.Length - 1)));
}
