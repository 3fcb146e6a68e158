using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// Words: runs of letters, digits and in-word apostrophes or hyphens. Read over spans, as
/// offsets into the text, so that no caller cuts a text into strings to count or look up words.
/// </summary>
internal static class Words
{
    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int Count(string text) => Count(text.AsSpan(), int.MaxValue);

    /// <summary>
    /// How many words <paramref name="text"/> has, counting no further than one past
    /// <paramref name="limit"/>: enough to tell whether it has more, without reading the rest.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        var reader = new WordReader(text);
        while (count <= limit && reader.Read())
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether <paramref name="text"/> has more than <paramref name="limit"/> words.</summary>
    public static bool MoreThan(string text, int limit) => MoreThan(text.AsSpan(), limit);

    /// <summary>Whether <paramref name="text"/> has more than <paramref name="limit"/> words.</summary>
    public static bool MoreThan(ReadOnlySpan<char> text, int limit) => Count(text, limit) > limit;

    /// <summary>
    /// Whether <paramref name="text"/> has at least <paramref name="count"/> words in lower case past its first: a clause's,
    /// where a name, a menu's label or a site's name has capitals.
    /// </summary>
    public static bool HasLowerCaseAfterFirst(ReadOnlySpan<char> text, int count)
    {
        var words = 0;
        var lower = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (++words > 1 && char.IsLower(reader.Word[0]) && ++lower >= count)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Reads the words of a span one at a time, forward, as offsets: a <c>ref struct</c> in the
/// manner of <c>Utf8JsonReader</c>, allocating nothing. A caller with a word limit stops early.
/// </summary>
internal ref struct WordReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;

    public WordReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _next = 0;
        Start = 0;
        Length = 0;
        HasApostrophe = false;
    }

    /// <summary>The offset of the current word.</summary>
    public int Start { get; private set; }

    /// <summary>The current word's length.</summary>
    public int Length { get; private set; }

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Word => _text.Slice(Start, Length);

    /// <summary>Whether the current word holds an apostrophe ("l'État", "don’t"), which only joins letters inside a word.</summary>
    public bool HasApostrophe { get; private set; }

    /// <summary>Moves to the next word; <see langword="false"/> at the end.</summary>
    public bool Read()
    {
        // A local copy of the span stays in registers through the loops; the field is read through `this`.
        var text = _text;
        var i = _next;
        while (i < text.Length && !IsWordCharacter(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _next = i;
            return false;
        }

        var start = i;
        var apostrophe = false;
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordCharacter(c))
            {
                if (!IsJoiner(text, i))
                {
                    break;
                }

                apostrophe |= c != '-';
            }

            i++;
        }

        HasApostrophe = apostrophe;

        Start = start;
        Length = i - start;
        _next = i;
        return true;
    }

    /// <summary>
    /// Whether the character at <paramref name="at"/> opens a word as the reader reads them: the character before it is no
    /// letter or digit, nor an apostrophe or hyphen that joins it to one ("don't", "Kilroy-Silk"). The search for a word
    /// in place (NameFacts) asks this, so that it and the reader cannot disagree on where a word starts.
    /// </summary>
    internal static bool StartsWordAt(ReadOnlySpan<char> text, int at)
        => at == 0 || (!IsWordCharacter(text[at - 1]) && !(at >= 2 && IsJoiner(text, at - 1) && IsWordCharacter(text[at - 2])));

    // Most characters are ASCII, where a letter or digit is a range check away.
    private static bool IsWordCharacter(char c)
        => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    // An apostrophe or hyphen belongs to a word only between two letters: "don't", "Kilroy-Silk".
    private static bool IsJoiner(ReadOnlySpan<char> text, int i)
        => (text[i] == '\'' || text[i] == '’' || text[i] == '-')
        && i + 1 < text.Length
        && char.IsLetter(text[i + 1]);
}
