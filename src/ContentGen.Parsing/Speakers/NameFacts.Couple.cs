using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Derek and Pauline Haslam", "Jean et Marie Dupont", "Hans und Grete Müller", "Juan y Ana García": two
// people given one surname. Read as one, the run gave only the second full name, so the surname alone
// ("Mr Haslam said"), or a pronoun after it, reached the second person whatever the title's gender. The
// first name alone before a coordinator is a second person of that surname: the surname alone then
// names nobody (as after John Smith and Jane Smith). The first name alone is not made that person's
// full name (as a family member's is, AddKinFirstName): with no first name's gender known, "Graham"
// alone would then be a person whom a later "she" could reach.
// Stops: the word before the coordinator must stand alone ("Ruth Okoye and Gillian Pardew" are two
// full names; "Mr and Mrs Pardew" has a title), be no surname the article already gave ("Okoye and
// Gillian Pardew"), no title, role or nationality, and follow no preposition ("in Leeds and Gillian
// Pardew" is a place). Nor is it a noun of people, singular or plural, which a sentence's capital
// makes look like a name ("Volunteers and Jane Smith", "Vecinos y Ana Garcés"), nor, where every
// noun is capitalised, a word after an article or one the article writes as a common noun ("die
// Nachbarn und Anna Berg"): no list of first names tells a name, so these are the nouns told apart.
internal sealed partial class NameFacts
{
    private void AddCoupleFirstName(string paragraph, List<(int Start, int Length)> words, int start, int surname)
    {
        // Only a run that is the full name itself: a run with words before it is no couple's second half.
        if (start > 0)
        {
            return;
        }

        var i = words[0].Start;
        if (i < 2 || paragraph[i - 1] != ' ')
        {
            return;
        }

        // The coordinator, in lower case, with one space either side.
        var coordinatorEnd = i - 1;
        var coordinatorStart = WordStartBefore(paragraph, coordinatorEnd, nameMarks: false);
        if (coordinatorStart == coordinatorEnd || coordinatorStart < 2 || paragraph[coordinatorStart - 1] != ' '
            || !char.IsLower(paragraph[coordinatorStart])
            || !_words.Coordinators.Contains(paragraph.AsSpan(coordinatorStart, coordinatorEnd - coordinatorStart)))
        {
            return;
        }

        // The first name alone: a capitalised word, with no capitalised word right before it.
        var firstEnd = coordinatorStart - 1;
        var firstStart = WordStartBefore(paragraph, firstEnd, nameMarks: true);
        if (firstEnd - firstStart < 2 || !char.IsUpper(paragraph[firstStart]))
        {
            return;
        }

        var first = paragraph.AsSpan(firstStart, firstEnd - firstStart);
        if (IsNotNamePart(first) || _surnames!.IndexOf(first) >= 0 || IsPeopleNoun(first) || !StandsAlone(paragraph, firstStart)
            || (_words.CapitalisesNouns && WritesAsCommonNoun(first)))
        {
            return;
        }

        if (_namedIn![surname].Second == int.MaxValue)
        {
            _namedIn[surname] = (_namedIn[surname].First, _paragraphIndex);
        }
    }

    // Whether the word at `start` opens its run of capitalised words and follows no preposition. Where
    // every noun is capitalised, a noun after an article may stand before it ("das Ehepaar Hans und …"),
    // but the word itself may not follow an article ("die Nachbarn und …"): it is then a noun.
    private bool StandsAlone(string paragraph, int start)
    {
        var end = start;
        if (end == 0 || paragraph[end - 1] != ' ')
        {
            return end == 0 || !char.IsLetterOrDigit(paragraph[end - 1]);
        }

        end--;
        var begin = WordStartBefore(paragraph, end, nameMarks: false);
        if (begin == end)
        {
            return true;
        }

        var before = paragraph.AsSpan(begin, end - begin);
        if (char.IsUpper(before[0]))
        {
            if (!_words.CapitalisesNouns || IsNotNamePart(before) || begin < 2 || paragraph[begin - 1] != ' ')
            {
                return false;
            }

            var articleEnd = begin - 1;
            var articleStart = WordStartBefore(paragraph, articleEnd, nameMarks: false);
            return IsArticle(paragraph.AsSpan(articleStart, articleEnd - articleStart));
        }

        return !_words.Locatives.Contains(before) && !_words.Prepositions.Contains(before) && !_words.SourcePrepositions.Contains(before)
            && !(_words.CapitalisesNouns && IsArticle(before));
    }

    // "Volunteers", "Vecinos", "Nachbarn": a noun of people (an ordinary person's, a role's), or the
    // plural the language's endings give of one, built on the stack. Names are rarely both.
    private bool IsPeopleNoun(ReadOnlySpan<char> word)
    {
        const int MaxNoun = 40;
        if (_words.PeopleNouns.Contains(word))
        {
            return true;
        }

        if (word.Length > MaxNoun)
        {
            return false;
        }

        Span<char> singular = stackalloc char[MaxNoun + Lexicons.Speech.SpeechWords.MaxSingularEnding];
        var endings = _words.PluralNounEndings;
        for (var e = 0; e < endings.Count; e++)
        {
            var (pluralEnding, singularEnding) = endings[e];
            var stem = word.Length - pluralEnding.Length;
            if (pluralEnding.Length == 0 || stem < 3 || !word.EndsWith(pluralEnding.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            word.Slice(0, stem).CopyTo(singular);
            singularEnding.AsSpan().CopyTo(singular.Slice(stem));
            var noun = singular.Slice(0, stem + singularEnding.Length);
            if (_words.PeopleNouns.Contains(noun) || _words.IsAny(noun, WordClass.RoleNoun))
            {
                return true;
            }
        }

        return false;
    }

    // Where the word that ends at `end` begins: letters, and with `nameMarks` the hyphens and
    // apostrophes a name holds ("Jean-Luc", "O'Neill"); `end` itself when no letter stands before it.
    private static int WordStartBefore(string paragraph, int end, bool nameMarks)
    {
        var begin = end;
        while (begin > 0 && (char.IsLetter(paragraph[begin - 1]) || (nameMarks && paragraph[begin - 1] is '-' or '\'' or '’')))
        {
            begin--;
        }

        return begin;
    }
}
