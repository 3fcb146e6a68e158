using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Ganz anders sieht das die Sprecherin der Händler, Karin Vogt.", "Une version contestée par
// l'avocate des familles, Claire Roux.": a sentence that gives a view (a word of the ViewWords
// lexicon) with no reporting verb and ends on a person's full name set off by a comma after a
// description brings that person in; a later pronoun or dropped subject means them.
internal sealed partial class SpeakerFinder
{
    // The full name set off by the sentence's last comma and ending it, when it is a person's and
    // the only name there ("…, Peter Haas und Eva Lenz." names two); or null.
    private string? PersonEndingSentence(IReadOnlyList<Token> sentence)
    {
        const int MaxNameTokens = 5;
        var end = sentence.Count;
        while (end > 0 && !sentence[end - 1].IsWord)
        {
            end--;
        }

        var comma = end - 1;
        while (comma > 0 && end - comma <= MaxNameTokens && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        // A description before the comma: a word, not a quote or another name's comma.
        if (comma < 2 || sentence[comma].Kind != TokenKind.Comma || !sentence[comma - 1].IsWord || !sentence[comma + 1].IsCapitalized)
        {
            return null;
        }

        // The sentence gives a view ("Quite different is the view of …", "Kritik kommt auch vom
        // …"); a name after "The bridge was named after the former mayor," is only an object.
        if (!GivesView(sentence, comma))
        {
            return null;
        }

        var name = _cues.Phrase.ReadForward(sentence, comma + 1);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.IsBody || name.End != end || name.Text.IndexOf(' ') < 0)
        {
            return null;
        }

        var person = _names.Complete(name.Text) ?? name.Text;
        if (!IsPersonNamed(person))
        {
            return null;
        }

        NoteDescribedGender(person, GenderOfDescription(sentence, comma));
        return person;
    }

    // Whether a view word stands before `end` with a preposition that links it to its holder a few
    // words after it: "the view of the staff representative", "Kritik kommt auch vom Vorsitzenden".
    // "The criticism was aimed at the treasurer" gives the view's target, not its holder.
    private bool GivesView(IReadOnlyList<Token> sentence, int end)
    {
        const int MaxLinkReach = 4;
        for (var k = 0; k < end; k++)
        {
            var word = sentence[k].Span;
            if (!sentence[k].IsWord || !(_cues.Words.ViewWords.Contains(word) || _cues.Words.ResponseNouns.Contains(word) || _cues.Words.StanceWords.Contains(word)))
            {
                continue;
            }

            for (var link = k + 1; link < end && link <= k + MaxLinkReach; link++)
            {
                var token = sentence[link];
                var head = Elision.TrySplit(token.Span, out var elided, out _) ? elided : token.Span;
                if (token.IsWord && _cues.LinksToHolder(head))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The gender of the last gendered title or role word among the few words before `end`
    // ("la alcaldesa del pueblo", "die Sprecherin der Händler"), or unknown.
    private Gender GenderOfDescription(IReadOnlyList<Token> sentence, int end)
    {
        const int MaxDescriptionWords = 6;
        for (var k = end - 1; k >= 0 && k >= end - MaxDescriptionWords; k--)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                continue;
            }

            var word = Elision.TrySplit(token.Span, out _, out var tail) ? tail : token.Span;
            var classes = (WordClass)_cues.Words.Classes.Flags(word);
            if ((classes & WordClass.FemaleTitle) != 0 && (classes & WordClass.MaleTitle) == 0)
            {
                return Gender.Female;
            }

            if ((classes & WordClass.MaleTitle) != 0 && (classes & WordClass.FemaleTitle) == 0)
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    // Records the gender a description gave `person`, when the article's titles gave none.
    private void NoteDescribedGender(string person, Gender gender)
    {
        if (gender != Gender.Unknown && _genders.Of(person) == Gender.Unknown)
        {
            _describedGenders[person] = gender;
        }
    }
}
