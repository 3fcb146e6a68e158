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
// Pardew" is a place).
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
        var coordinatorStart = coordinatorEnd;
        while (coordinatorStart > 0 && char.IsLetter(paragraph[coordinatorStart - 1]))
        {
            coordinatorStart--;
        }

        if (coordinatorStart == coordinatorEnd || coordinatorStart < 2 || paragraph[coordinatorStart - 1] != ' '
            || !char.IsLower(paragraph[coordinatorStart])
            || !_words.Coordinators.Contains(paragraph.AsSpan(coordinatorStart, coordinatorEnd - coordinatorStart)))
        {
            return;
        }

        // The first name alone: a capitalised word, with no capitalised word right before it.
        var firstEnd = coordinatorStart - 1;
        var firstStart = firstEnd;
        while (firstStart > 0 && (char.IsLetter(paragraph[firstStart - 1]) || paragraph[firstStart - 1] is '-' or '\'' or '’'))
        {
            firstStart--;
        }

        if (firstEnd - firstStart < 2 || !char.IsUpper(paragraph[firstStart]))
        {
            return;
        }

        var first = paragraph.AsSpan(firstStart, firstEnd - firstStart);
        if (IsNotNamePart(first) || _surnames!.IndexOf(first) >= 0 || !StandsAlone(paragraph, firstStart))
        {
            return;
        }

        if (_namedIn![surname].Second == int.MaxValue)
        {
            _namedIn[surname] = (_namedIn[surname].First, _paragraphIndex);
        }
    }

    // Whether the word at `start` opens its run of capitalised words and follows no preposition. Where
    // every noun is capitalised, a noun after an article may stand before it ("das Ehepaar Hans und …").
    private bool StandsAlone(string paragraph, int start)
    {
        var end = start;
        if (end == 0 || paragraph[end - 1] != ' ')
        {
            return end == 0 || !char.IsLetterOrDigit(paragraph[end - 1]);
        }

        end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(paragraph[begin - 1]))
        {
            begin--;
        }

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
            var articleStart = articleEnd;
            while (articleStart > 0 && char.IsLetter(paragraph[articleStart - 1]))
            {
                articleStart--;
            }

            return IsArticle(paragraph.AsSpan(articleStart, articleEnd - articleStart));
        }

        return !_words.Locatives.Contains(before) && !_words.Prepositions.Contains(before) && !_words.SourcePrepositions.Contains(before);
    }
}
