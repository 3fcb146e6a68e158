using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Where every noun is capitalised (German), a capital inside a sentence does not make a name:
// "Im letzten Wort bat sie", "sprach von Folgen", "Mehr als 300 Menschen" write nouns the way
// surnames are written. What tells them apart is the word before: an article, a count or a
// quantifier stands before a common noun, never before a person's surname. A word the article
// writes so is a noun wherever else it stands, unless it ends a full name ("Josef Haller").
internal sealed partial class NameFacts
{
    // Characters the common-noun searches have read; past the budget one set answers them all.
    private long _commonNounRead;

    // The words written after a determiner anywhere in the article, once the searches have read past the budget.
    private SpanSet? _commonNouns;

    /// <summary>
    /// Whether the article writes <paramref name="word"/> as a common noun somewhere: capitalised right
    /// after a word that stands only before nouns (<see cref="Lexicons.Speech.SpeechTables.NounDeterminers"/>, a
    /// figure), with up to two inflected adjectives between ("im letzten Wort"), or right after an
    /// article, a possessive or a demonstrative that no comma puts at the head of a relative clause
    /// ("der Linie", not "…, die Haas vorstellte"). An acronym or a hyphenated name is no common noun.
    /// </summary>
    public bool WritesAsCommonNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !IsPlainLowerAfterFirst(word))
        {
            return false;
        }

        if (_commonNouns is null && _commonNounRead < _budget)
        {
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                var paragraph = _paragraphs[p];
                _commonNounRead += paragraph.Length;
                if (paragraph.AsSpan().IndexOf(word, StringComparison.Ordinal) >= 0 && ReadCommonNouns(paragraph, null, word))
                {
                    return true;
                }
            }

            return false;
        }

        if (_commonNouns is null)
        {
            _commonNouns = new SpanSet(_length / CharactersPerCapitalisedWord);
            for (var p = 0; p < _paragraphs.Count; p++)
            {
                ReadCommonNouns(_paragraphs[p], _commonNouns, default);
            }
        }

        return _commonNouns.Contains(word);
    }

    // Letters after the first all in lower case: "Wort", not "HSG", "McKay", "Müller-Lüdenscheidt" or "A4".
    private static bool IsPlainLowerAfterFirst(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Adds the paragraph's capitalised words in a common noun's place to `words`, or, without a set,
    // says whether one of them is `sought`. Only spaces may stand between the words read together.
    private bool ReadCommonNouns(string paragraph, SpanSet? words, ReadOnlySpan<char> sought)
    {
        // The three words before the current one, nearest first, as (start, length); a start of -1
        // when none stands there joined by spaces alone.
        int start1 = -1, length1 = 0, start2 = -1, length2 = 0, start3 = -1, length3 = 0;
        var reader = new WordReader(paragraph.AsSpan());
        while (reader.Read())
        {
            var start = reader.Start;
            var length = reader.Length;
            if (start1 < 0 || !OnlySpacesBetween(paragraph, start1 + length1, start))
            {
                start1 = -1;
            }

            if (start1 >= 0 && char.IsUpper(paragraph[start]) && IsPlainLowerAfterFirst(reader.Word)
                && InCommonNounPlace(paragraph, start1, length1, start2, length2, start3, length3))
            {
                if (words is not null)
                {
                    words.Add(paragraph, start, length);
                }
                else if (reader.Word.SequenceEqual(sought))
                {
                    return true;
                }
            }

            // The chain of words joined by spaces moves one on; a gap with anything else in it ends it.
            if (start1 >= 0)
            {
                (start3, length3) = start2 >= 0 ? (start2, length2) : (-1, 0);
                (start2, length2) = (start1, length1);
            }
            else
            {
                (start2, length2, start3, length3) = (-1, 0, -1, 0);
            }

            (start1, length1) = (start, length);
        }

        return false;
    }

    // Whether the words before a capitalised word (nearest first) put it in a common noun's place.
    private bool InCommonNounPlace(string paragraph, int start1, int length1, int start2, int length2, int start3, int length3)
    {
        var before = paragraph.AsSpan(start1, length1);
        if (IsNounDeterminer(before))
        {
            return true;
        }

        // "der Linie", "seine Tochter", "diese Woche"; "…, die Haas vorstellte" opens a relative clause.
        if ((_words.Definites.Contains(before) || _words.Possessives.Contains(before) || _words.Demonstratives.Contains(before))
            && !CommaBefore(paragraph, start1))
        {
            return true;
        }

        // "im letzten Wort", "einem sichtlich bewegten …" is left alone: only inflected adjectives stand between.
        if (!IsInflectedAdjective(before) || start2 < 0)
        {
            return false;
        }

        var second = paragraph.AsSpan(start2, length2);
        return IsNounDeterminer(second)
            || (start3 >= 0 && IsInflectedAdjective(second) && IsNounDeterminer(paragraph.AsSpan(start3, length3)));
    }

    private bool IsNounDeterminer(ReadOnlySpan<char> word) => _words.NounDeterminers.Contains(word) || Digits.Only(word);

    private bool IsInflectedAdjective(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]) || _words.NounDeterminers.Contains(word))
        {
            return false;
        }

        foreach (var ending in _words.InflectedAdjectiveEndings)
        {
            // Written after a hyphen in the lexicon ("-en"): the ending is what follows it.
            if (word.EndsWith(ending.AsSpan(1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlySpacesBetween(string paragraph, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (paragraph[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Whether a comma stands right before the word at `start`, spaces aside.
    private static bool CommaBefore(string paragraph, int start)
    {
        var i = start - 1;
        while (i >= 0 && paragraph[i] == ' ')
        {
            i--;
        }

        return i >= 0 && paragraph[i] == ',';
    }
}
