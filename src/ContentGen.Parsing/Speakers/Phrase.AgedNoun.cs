using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "« … », a confié le jeune homme de 21 ans", "dijo la joven de 19 años": a definite article, a
// noun and its adjectives (any: "homme", "joueuse", "retraité"), then an age given by a link and a
// number of years, closing the subject, call someone the article named by their age, as "the
// 21-year-old" does; it is read as that age, and resolved so (SpeakerFinder.AgeNouns.cs: the person
// in focus, none when another was brought in since or the person is out of the scene). Stops: an
// indefinite or a possessive ("un homme de 45 ans", "son fils de 12 ans") is someone else, left to
// the unnamed readings; a phrase that goes on past the years ("l'homme de 21 ans qui …") or a noun
// that is a verb of saying ends nothing here.
internal sealed partial class Phrase
{
    // The index after "le jeune homme de 21 ans" at `start` (its definite article, or a noun with
    // its article elided into it), or -1.
    private int AgedNounEnd(IReadOnlyList<Token> sentence, int start)
    {
        var k = start + 1;
        if (!IsElidedDefinite(sentence[start]))
        {
            if (!sentence[start].IsLower || !Is(sentence[start], WordClass.Definite) || k >= sentence.Count || !IsAgedNounWord(sentence[k]))
            {
                return -1;
            }

            k++;
        }

        while (k < sentence.Count && k - start <= MaxRoleModifiers && IsAgedNounWord(sentence[k]) && !_words.OrganisationLinks.Contains(sentence[k].Span))
        {
            k++;
        }

        // The link, the number, then the word for years: "de 21 ans".
        if (k + 2 >= sentence.Count || !sentence[k].IsLower || !_words.OrganisationLinks.Contains(sentence[k].Span)
            || !sentence[k + 1].IsWord || !char.IsDigit(sentence[k + 1].First) || !_words.AgeWords.Contains(sentence[k + 2].Span))
        {
            return -1;
        }

        var end = k + 3;
        return EndsSubject(sentence, end) ? end : -1;
    }

    // A lower-case word a noun phrase describing a person may hold before its age: no verb of
    // saying, article, preposition or pronoun.
    private bool IsAgedNounWord(Token token)
        => token.IsWord && token.IsLower && !_words.ReportingVerbs.Contains(token.Span) && !_words.AgeWords.Contains(token.Span)
        && !Is(token, WordClass.Article | WordClass.Preposition | WordClass.Possessive) && !Is(token, WordClass.Pronoun);
}
