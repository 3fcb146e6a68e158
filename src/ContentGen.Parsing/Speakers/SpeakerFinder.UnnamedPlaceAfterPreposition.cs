using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Sous la halle des Tanneurs, une retraitée compte ses pièces.", "Bij de winkel aan de Dijkstraat haalt een
// vrouw haar koeken.", "A farmer from Dunmore, waiting at a hall in Port Ellery, said …", "Een handelaar bij een
// Amsterdams effectenhuis …", "Un artigiano di Valmorella che …": a reporter sets the scene of someone unnamed
// (SpeakerFinder.UnnamedBroughtIn.cs) with the place they stand in or come from, and the place is written with a
// capital. The reader read any capital in that sentence as a name, so the sentence named someone, the newcomer
// was not brought in, and the next quote's pronoun went back to the person named before. A capitalised run that
// a preposition or an article governs is a complement of place (a market hall, a street, a town, a firm's city),
// not the sentence's subject: it is read past, in the opening phrase and in the newcomer's description alike,
// unless one of its words is a given name the lists hold, a title, or the surname of someone the article named
// ("a neighbour of Ann Lee", "next to Mr Hale", "a colleague of Hale's": a person, who may be the one speaking).
internal sealed partial class SpeakerFinder
{
    // The index of the last word of the capitalised run at `k` that a preposition or an article right before it
    // governs and that names no one, or -1.
    private int PlaceAfterPrepositionEnd(IReadOnlyList<Token> sentence, int k)
    {
        if (k < 1 || !IsPlaceGoverningWord(sentence[k - 1]))
        {
            return -1;
        }

        var last = k;
        while (last + 1 < sentence.Count && sentence[last + 1].IsWord && sentence[last + 1].IsCapitalized)
        {
            last++;
        }

        for (var j = k; j <= last; j++)
        {
            var word = sentence[j];
            // "was charged on Friday": a day or a month is no place, and says when the sentence happens, not where.
            if (GivenNameGender.IsListed(_cues.Words, word.Span) || _cues.Is(word, WordClass.Title) || _plausibility.EndsAnyFullName(word.Span)
                || Lexicons.LexiconTables.Calendar.Contains(word.Span))
            {
                return -1;
            }
        }

        return last;
    }

    // A lower-case preposition of any of the lexicons' kinds, or an article: what governs a complement.
    private bool IsPlaceGoverningWord(Token token)
    {
        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        var words = _cues.Words;
        return _cues.Is(token, PlaceLinkClasses | WordClass.Article) || _cues.IsOpeningPreposition(token)
            || words.HeadLinks.Contains(token.Span) || words.SourcePrepositions.Contains(token.Span) || words.WorkplaceLinks.Contains(token.Span)
            || words.EpithetTailPrepositions.Contains(token.Span) || words.CommaOpeningPrepositions.Contains(token.Span);
    }
}
