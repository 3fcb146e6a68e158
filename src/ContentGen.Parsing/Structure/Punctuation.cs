using System;

namespace ContentGen.Parsing.Structure;

/// <summary>Punctuation that matters for reading structure.</summary>
internal static class Punctuation
{
    /// <summary>The double quotation marks of the seven languages, opening and closing: a text holding one may quote someone.</summary>
    public static readonly char[] DoubleQuoteMarks = { '"', '“', '”', '«', '»', '„' };

    /// <summary>Whether <paramref name="text"/> ends like a sentence, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string text) => EndsSentence(text.AsSpan());

    /// <summary>Whether <paramref name="text"/> ends like a sentence, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var i = LastBeforeClosers(text);
        return i >= 0 && IsTerminal(text[i]);
    }

    /// <summary>Where the last character of <paramref name="text"/> before its closing quotes and brackets stands, or -1.</summary>
    public static int LastBeforeClosers(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether <paramref name="text"/> ends with any punctuation a heading would not have.</summary>
    public static bool EndsWithClause(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var last = text[text.Length - 1];
        return IsTerminal(last) || IsCloser(last) || last == ',' || last == ';' || last == ':';
    }

    /// <summary>
    /// Whether <paramref name="text"/> ends on a sentence or clause mark, looked for inside closing quotes
    /// and brackets: a headline may end on a quoted title or an agency's initials ("… « La Tempête »", "… (ADM)").
    /// </summary>
    public static bool EndsWithClauseInsideClosers(string text) => EndsWithClauseInsideClosers(text.AsSpan());

    /// <inheritdoc cref="EndsWithClauseInsideClosers(string)"/>
    public static bool EndsWithClauseInsideClosers(ReadOnlySpan<char> text)
    {
        var i = LastBeforeClosers(text);
        return i >= 0 && (IsTerminal(text[i]) || text[i] is ',' or ';' or ':');
    }

    /// <summary>Whether <paramref name="text"/> opens as a sentence does: a capital, a digit, an opening quote or Spanish mark.</summary>
    public static bool OpensLikeSentence(ReadOnlySpan<char> text)
        => text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '«' or '„' or '¿' or '¡');

    /// <summary>Sentence-ending marks.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    /// <summary>
    /// Whether a sentence ends inside <paramref name="text"/>, before its last character: a terminal mark and a space after
    /// <paramref name="lettersBefore"/> letters ("… de archivo. Foto …"), which a single line of one clause does not hold.
    /// </summary>
    public static bool HasStopInside(ReadOnlySpan<char> text, int lettersBefore)
    {
        for (var i = lettersBefore; i + 1 < text.Length; i++)
        {
            if (IsTerminal(text[i]) && text[i + 1] == ' ' && LettersBefore(text, i, lettersBefore))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LettersBefore(ReadOnlySpan<char> text, int at, int count)
    {
        for (var k = at - count; k < at; k++)
        {
            if (!char.IsLetter(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // German closes „…“ and ‚…‘ with what opens English quotes, and »…« with what opens French ones.
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or '“' or '‘' or '«' or '‹' or ')' or ']' or '」' or '』' or '\u00A0' or ' ';
}
