using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Schäfer Matthias Brenninger", "Geigerin Ruth Hallerbach", "Veearts Anouk Smit": German writes a
// trade before a name with no article, and no list holds every trade, so the three capitals were no
// full name, and the surname alone ("Brenninger hält davon wenig. „…“") named no one. A noun of an
// agent by its ending (AgentNouns) opening a run of three is the person's trade, and the two after
// it the name, where the article shows the word is a noun: a woman's ending ("-erin", "-login",
// "-ster"), which no first name has, or a word the article also writes as a common noun, in lower
// case (Dutch "de veearts") or after a determiner in lower case ("der Schäfer", "ein Schäfer"). A man's
// "-er" ends first names too ("Peter", "Walter", "Pieter"), and "Rainer Maria Rilke" keeps its
// three words where the article never writes "der Rainer".
internal sealed partial class NameFacts
{
    // "Hessler Natursteine GmbH" is a firm's name, whatever its first word: a company's word ("GmbH", "Ltd") ends no person's.
    private bool OpensOnUnlistedTrade(string paragraph, List<(int Start, int Length)> words, int start)
        => !_words.CompanyWords.Contains(paragraph.AsSpan(words[words.Count - 1].Start, words[words.Count - 1].Length))
        && IsUnlistedTrade(paragraph.AsSpan(words[start].Start, words[start].Length));

    /// <summary>
    /// The full name an unlisted trade glues a name to ("Was Schäfer Matthias Brenninger", read whole by a cue's
    /// phrase, gives "Matthias Brenninger"), when the article names that person in full: a speaker registered under
    /// the longer run would keep the surname from the person.
    /// </summary>
    public string? FullNameAfterTrade(string name, int paragraph)
    {
        var last = name.LastIndexOf(' ');
        var second = last > 0 ? name.LastIndexOf(' ', last - 1) : -1;
        if (second <= 0)
        {
            return null;
        }

        var tradeStart = name.LastIndexOf(' ', second - 1) + 1;
        if (!IsUnlistedTrade(name.AsSpan(tradeStart, second - tradeStart)))
        {
            return null;
        }

        return EndsFullName(name.Substring(last + 1), paragraph, out var full) && full is not null
            && name.AsSpan(second + 1).SequenceEqual(full.AsSpan()) ? full : null;
    }

    private bool IsUnlistedTrade(ReadOnlySpan<char> word)
    {
        if (!AgentNouns.Is(_words, word, out var gender))
        {
            return false;
        }

        if (gender == Gender.Female && _words.CapitalisesNouns)
        {
            return true;
        }

        // The word in lower case, as WritesInLowerCase asks it: only its first letter changes.
        Span<char> lower = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(lower[0]);
        return WritesInLowerCase(lower) || WritesAfterDeterminer(word);
    }

    private const int MaxStackWord = 64;

    // Whether the article writes `word` right after a determiner in lower case ("der Schäfer", "ein
    // Schäfer"): where nouns are capitalised, that is how it shows the word is a noun.
    private bool WritesAfterDeterminer(ReadOnlySpan<char> word)
    {
        if (!_words.CapitalisesNouns)
        {
            return false;
        }

        for (var p = 0; p < _paragraphs.Count; p++)
        {
            var paragraph = _paragraphs[p];
            var from = 0;
            int at;
            while ((at = paragraph.AsSpan(from).IndexOf(word, StringComparison.Ordinal)) >= 0)
            {
                at += from;
                from = at + word.Length;
                if ((from < paragraph.Length && char.IsLetter(paragraph[from])) || at < 2 || paragraph[at - 1] != ' ')
                {
                    continue;
                }

                var begin = WordStartBefore(paragraph, at - 1, nameMarks: false);
                var before = paragraph.AsSpan(begin, at - 1 - begin);
                // "der Schäfer." is the noun alone; "der Hessler Natursteine GmbH" opens a name, a surname's as often.
                if (before.Length > 0 && char.IsLower(before[0]) && (IsArticle(before) || _words.NounDeterminers.Contains(before))
                    && !OpensRunAt(paragraph, from))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether a capitalised word follows `at` after spaces only: the word before it opens a run of names.
    private static bool OpensRunAt(string paragraph, int at)
    {
        var i = at;
        while (i < paragraph.Length && paragraph[i] == ' ')
        {
            i++;
        }

        return i > at && i < paragraph.Length && char.IsUpper(paragraph[i]);
    }
}
