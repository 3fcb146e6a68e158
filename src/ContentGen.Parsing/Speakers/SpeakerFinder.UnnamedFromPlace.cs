using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Une retraitée de Vernel, qui a requis l’anonymat, …", "Una jubilada de Valdecañas, que no quiso
// identificarse, …", "Una pensionata di Castelrosso, che preferisce restare anonima, …": the unnamed
// person brought in (SpeakerFinder.UnnamedBroughtIn.cs) is said to be from a place, or of a subject
// ("Uma professora de Ciências, que …"), between their noun and the relative clause. The one
// capitalised word named no one, yet it made the sentence one that names someone, and the quote after
// it went to the person named before. Read as naming no one: only a single capitalised word (a town, a
// street's name), after lower-case words of which one is a preposition the lexicons list as linking a
// person to a place, an employer or a source, all before the relative pronoun. Two capitalised words in
// a row ("a neighbour of Ann Lee") may be a person, and still make the sentence one that names someone.
internal sealed partial class SpeakerFinder
{
    private const WordClass PlaceLinkClasses = WordClass.EmployerLink | WordClass.Preposition;

    // Whether the capitalised word at `k` is the place the unnamed person whose noun ends before `end`
    // is from, in the few words before the relative clause that describes them.
    private bool IsPlaceOfUnnamed(IReadOnlyList<Token> sentence, int end, int k)
    {
        if (k <= end || k - end > MaxWordsBeforeRelative || (k + 1 < sentence.Count && sentence[k + 1].IsWord && sentence[k + 1].IsCapitalized))
        {
            return false;
        }

        if (!IsLinkedLead(sentence, end, k))
        {
            return false;
        }

        // "Una camarera de Benalto prefiere no dar su nombre.": see SpeakerFinder.UnnamedFromPlaceWithholdsName.cs.
        if (PlaceBeforeWithheldName(sentence, k))
        {
            return true;
        }

        var words = _cues.Words;

        // The relative pronoun after the place, a comma at most between: the place is inside the
        // description, not the start of a clause of its own.
        for (var j = k + 1; j < sentence.Count && j - end <= MaxWordsBeforeRelative + 1; j++)
        {
            var token = sentence[j];
            if (token.Kind == TokenKind.Comma)
            {
                continue;
            }

            return token.IsWord && token.IsLower && words.RelativePronouns.Contains(token.Span);
        }

        return false;
    }

    // Whether the words from `end` to the place's first word at `k` are all in lower case and one of them links a person
    // to a place ("from", "de", "aus", "who lives in"): the lead a place of one word or of several follows.
    private bool IsLinkedLead(IReadOnlyList<Token> sentence, int end, int k)
    {
        var words = _cues.Words;
        var linked = false;
        for (var j = end; j < k; j++)
        {
            var token = sentence[j];
            if (!token.IsWord || !token.IsLower)
            {
                return false;
            }

            linked = linked || _cues.Is(token, PlaceLinkClasses) || words.Locatives.Contains(token.Span)
                || words.SourcePrepositions.Contains(token.Span) || words.WorkplaceLinks.Contains(token.Span);
        }

        return linked;
    }
}
