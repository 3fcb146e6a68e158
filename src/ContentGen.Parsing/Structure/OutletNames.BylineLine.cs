using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The outlet named first on the byline's line under the headline, parted by a middle dot, a bar or a comma from the
/// writer's credit or the date: "Kreisbote Wendelsheim · 14.05.2025, 06:45 Uhr · von Miriam Kessler", "Le Courrier de
/// l'Estuaire · Par … · 18 juin 2025", "L'Écho de la Sorne, 17 février 2026, par …". A feed reader's or a read-later copy
/// prints the article's outlet there, under its own toolbar, a paper's page prints its own name so, and a forum's post or
/// an e-mail that pastes an article credits it so under the headline. Only a name with a publication's word is read (a section's label, a place
/// or a writer's name has none), with no colon (a photo's credit, "Foto: Kreisbote"), and only when another part of the
/// line is a byline or a date: a line of the page's chrome parted by dots is neither.
/// </summary>
internal static partial class OutletNames
{
    private static readonly string[] s_bylineLineSeparators = { " · ", " | ", ", " };

    // From the line under the headline to the body's first block; or, when that block is a standfirst of one line, from
    // the line under it to the body's second block: a pasted article's credit stands under its standfirst ("L'Écho de la
    // Sorne, 17 février 2026, par …" under the headline and the deck, as a forum's post or a channel's repost prints it).
    // Only lines the body left out are read there, so a paragraph that opens with a paper's name and a date names nothing.
    private static string? OutletOnBylineLine(IReadOnlyList<SourceLine> lines, string document, int from, IReadOnlyList<TextBlock> body)
    {
        if (body.Count == 0)
        {
            return OutletOpeningALine(lines, document, from, document.Length);
        }

        if (OutletOpeningALine(lines, document, from, body[0].Start.Offset) is { } name)
        {
            return name;
        }

        var standfirst = body.Count > 1 && body[0].LineCount == 1 ? SourceLine.IndexAt(lines, body[0].Start.Offset) : -1;
        return standfirst >= from ? OutletOpeningALine(lines, document, standfirst + 1, body[1].Start.Offset) : null;
    }

    // The outlet opening the first of the lines from `from` that start before `end`.
    private static string? OutletOpeningALine(IReadOnlyList<SourceLine> lines, string document, int from, int end)
    {
        for (var i = from; i < lines.Count && lines[i].Offset < end; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            var name = OutletOpening(line);
            if (name > 0)
            {
                return line.Slice(0, name).ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with an outlet's name before the writer's credit or the date ("Kreisbote
    /// Wendelsheim · 14.05.2025 · von …"): the name there is no writer's, though it reads as one before a date.
    /// </summary>
    public static bool OpensBylineLine(ReadOnlySpan<char> line) => OutletOpening(Whitespace.Trim(line)) > 0;

    // The length of the outlet's name that opens the line, or 0.
    private static int OutletOpening(ReadOnlySpan<char> line)
    {
        foreach (var separator in s_bylineLineSeparators)
        {
            var at = line.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var name = Whitespace.Trim(line.Slice(0, at));
            if (!char.IsUpper(name[0]) || name.IndexOf(':') >= 0 || Digits.Any(name)
                || !NamesAPublication(name)
                || !CreditOrDateAmong(line.Slice(at + separator.Length), separator))
            {
                continue;
            }

            return name.Length;
        }

        return 0;
    }

    // A publication's word in the name, alone or ending a compound ("Kreisbote Wendelsheim", "Le Courrier de l'Estuaire"),
    // or after an elided article ("L'Écho de la Sorne", "L'Eco di Valsesia").
    private static bool NamesAPublication(ReadOnlySpan<char> name)
    {
        var reader = new WordReader(name);
        while (reader.Read())
        {
            var word = reader.HasApostrophe ? Speakers.Elision.Tail(reader.Word) : reader.Word;
            if (LexiconTables.PublicationWords.Contains(word) || TitleSplitter.IsCompoundPublication(word))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a part of the line's rest (parted by `separator`) is a writer's credit or a date.
    private static bool CreditOrDateAmong(ReadOnlySpan<char> rest, string separator)
    {
        // An empty part (an empty rest, or a separator at its end) is neither, as the readers say of any empty text.
        var parts = new SeparatedParts(rest, separator.AsSpan());
        while (parts.Read())
        {
            var part = Whitespace.Trim(parts.Part);
            if (part.Length > 0 && (Metadata.AuthorReader.IsPrefixedByline(part) || Metadata.DateReader.Read(part) is not null))
            {
                return true;
            }
        }

        return false;
    }
}
