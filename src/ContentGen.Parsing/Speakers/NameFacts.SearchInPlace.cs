using System;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Speakers;

// Before the sets are built, a question is answered at the places the ordinal search finds the
// word, each read as the sets' readers would read the word there (its start, its end, what comes
// before it), not by reading every word of each paragraph that holds it: a name stands in many of
// an article's paragraphs, and the search has already found where. Both ways answer alike.
internal sealed partial class NameFacts
{
    // Whether the paragraph writes `lower` as a word that starts in lower case, as ReadLowerCaseWords reads its words.
    private static bool HoldsLowerCaseWord(string paragraph, ReadOnlySpan<char> lower)
    {
        var text = paragraph.AsSpan();
        for (var from = 0; from < text.Length;)
        {
            var found = text.Slice(from).IndexOf(lower, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            if (char.IsLower(text[at]) && Text.WordReader.StartsWordAt(text, at) && ReadWordLength(text.Slice(at)) == lower.Length)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static int ReadWordLength(ReadOnlySpan<char> text)
    {
        var reader = new Text.WordReader(text);
        return reader.Read() ? reader.Length : 0;
    }

    // Whether the paragraph capitalises `sought` inside a sentence, as ReadCapitalisedInside reads its words.
    private static bool HoldsCapitalisedInside(string paragraph, ReadOnlySpan<char> sought)
    {
        var text = paragraph.AsSpan();
        for (var from = 0; from < text.Length;)
        {
            var found = text.Slice(from).IndexOf(sought, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            if (char.IsUpper(text[at]) && OpensWordInsideSentence(text, at) && CapitalisedWordAt(text, at).SequenceEqual(sought))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // Whether the letter at `at` opens a word of ReadCapitalisedInside inside a sentence: the word
    // before it ended there or earlier (its letters and digits run on through apostrophes, hyphens
    // and full stops), not on a full stop, and no full stop, quote mark or colon stands between.
    private static bool OpensWordInsideSentence(ReadOnlySpan<char> text, int at)
    {
        var before = at - 1;
        while (before >= 0 && !char.IsLetterOrDigit(text[before]))
        {
            before--;
        }

        // The paragraph's first word opens a sentence.
        if (before < 0)
        {
            return false;
        }

        var end = before + 1;
        while (end < at && text[end] is '\'' or '’' or '-' or '.')
        {
            end++;
        }

        // Marks alone between two words join them into one: `at` is inside that word.
        if (end == at || text[end - 1] == '.')
        {
            return false;
        }

        for (var i = end; i < at; i++)
        {
            if (Punctuation.IsTerminal(text[i]) || QuoteMarks.IsDouble(text[i]) || text[i] == ':')
            {
                return false;
            }
        }

        return true;
    }

    // The word ReadCapitalisedInside reads at `at`, without its full stops and a possessive's ending.
    private static ReadOnlySpan<char> CapitalisedWordAt(ReadOnlySpan<char> text, int at) => NameOfRun(text.Slice(at, WordRunEnd(text, at) - at));
}
