using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// What a wire prints under its story about the story: the closing credit in brackets ("(Reporting by Jane Roe; Editing by
/// Tom Poe)", "(Información de Ana Roca; edición de Luis Prado)", "(Bericht von Lena Brandt; redigiert von Tom Vogt)")
/// and the line on its standards ("Our Standards: …", "Nuestras normas: …"). Both are the agency's, not the article's;
/// the caller reads only the article's last blocks.
/// </summary>
internal static class WireCredits
{
    // A credit names a few people and their roles: "(Reporting by A and B in C; additional reporting by D; Writing by E;
    // Editing by F and G)" runs to about thirty words.
    private const int MaxCreditWords = 40;

    // "Our Standards: The Allied Trust Principles.": the label and a name.
    private const int MaxStandardsWords = 12;

    /// <summary>
    /// Whether <paramref name="text"/> is a wire's credit alone in its brackets: it opens a role of the lexicons'
    /// <c>WireReporterLeads</c> or <c>WireCreditLeads</c> right inside the bracket, a capitalised name follows, and the
    /// bracket closes the text. "(Reporting by the local paper …)" names no one; a bracket inside a paragraph is the
    /// paragraph's.
    /// </summary>
    public static bool IsCredit(ReadOnlySpan<char> text)
    {
        var inside = Inside(text);
        if (inside.Length == 0 || Words.MoreThan(inside, MaxCreditWords) || inside.IndexOfAny(Punctuation.DoubleQuoteMarks) >= 0)
        {
            return false;
        }

        var lead = Math.Max(LexiconTables.WireReporterLeads.LongestStart(inside), LexiconTables.WireCreditLeads.LongestStart(inside));
        return lead > 0 && OpensOnCapital(inside.Slice(lead));
    }

    /// <summary>
    /// The names a credit gives the reporter, its first role's part up to the next role's semicolon ("Jane Roe and Tom Poe
    /// in London" in "(Reporting by Jane Roe and Tom Poe in London; Editing by …)"); empty when the credit opens on
    /// another role ("(Editing by …)") or <paramref name="text"/> is no credit.
    /// </summary>
    public static ReadOnlySpan<char> ReporterPart(ReadOnlySpan<char> text)
    {
        if (!IsCredit(text))
        {
            return ReadOnlySpan<char>.Empty;
        }

        var inside = Inside(text);
        var lead = LexiconTables.WireReporterLeads.LongestStart(inside);
        if (lead == 0 || LexiconTables.WireCreditLeads.LongestStart(inside) > lead)
        {
            return ReadOnlySpan<char>.Empty;
        }

        var part = inside.Slice(lead);
        var semicolon = part.IndexOf(';');
        return Whitespace.Trim(semicolon < 0 ? part : part.Slice(0, semicolon)).TrimStart(':').TrimStart();
    }

    /// <summary>
    /// Whether <paramref name="text"/>, a block of <paramref name="words"/> words, is a wire's line on its standards: a
    /// label of the lexicons' <c>StandardsLabels</c> opening a short block ("Our Standards: The Allied Trust Principles.").
    /// </summary>
    public static bool IsStandardsLine(ReadOnlySpan<char> text, int words)
        => words <= MaxStandardsWords && LexiconTables.StandardsLabels.StartsAny(text) && text.IndexOfAny(Punctuation.DoubleQuoteMarks) < 0;

    /// <summary>
    /// What stands inside the brackets that hold all of <paramref name="text"/> ("(The story has been corrected …)", a full
    /// stop after the bracket allowed); empty when the text is not one bracket from end to end.
    /// </summary>
    public static ReadOnlySpan<char> Inside(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        if (text.Length > 0 && text[text.Length - 1] == '.')
        {
            text = text.Slice(0, text.Length - 1);
        }

        if (text.Length < 3 || text[0] != '(' || text[text.Length - 1] != ')')
        {
            return ReadOnlySpan<char>.Empty;
        }

        var inside = text.Slice(1, text.Length - 2);
        return inside.IndexOfAny('(', ')') < 0 ? Whitespace.Trim(inside) : ReadOnlySpan<char>.Empty;
    }

    // A capitalised word after the role's words and a colon at most: a name, not "the local paper".
    private static bool OpensOnCapital(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart().TrimStart(':').TrimStart();
        return rest.Length > 0 && char.IsUpper(rest[0]);
    }
}
