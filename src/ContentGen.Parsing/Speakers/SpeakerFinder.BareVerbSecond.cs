using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Neben ihm sortiert Mihai Dragomir Blätter vom Förderband.", "Tussen de kisten staat Gerrit
// Hofstede over een windlade gebogen.": where the finite verb stands second, an opening phrase puts
// it before its subject, and a full name of the article right after it is that subject, with no
// role before it. The one person so named is whom a later pronoun or cue-less quote means.
// Only a phrase opened by a preposition (SpeechWords.OpeningPrepositions: "Neben", "Tussen") or by an
// adverb that is never a subject (SpeechWords.SentenceAdverbs: "So lange will Gesa Oltmanns nicht
// warten.", "Ähnlich argumentiert X", "Zo lang wil X niet wachten") is read so: a noun opening the
// sentence may be its subject ("Nachbarn alarmierten Anna Keller"); "Kritiek komt ook van de heer X"
// or "Skeptischer zeigte sich X" are left to other rules.
// Stops: a comma in the opening phrase (a clause or a set-off phrase before it); a word before the
// name that is no verb: a preposition ("Zusammen mit Mihai Dragomir"), an article, a pronoun ("traf
// ihn Mihai Dragomir", the name then the object's neighbour), a coordinator or a complementiser;
// a second person named in the sentence (PersonAfterVerb returns no one).
internal sealed partial class SpeakerFinder
{
    private const int MaxOpeningPhraseWords = 7;

    private bool FollowsBareSecondVerb(IReadOnlyList<Token> sentence, int name)
    {
        if (!_cues.Words.VerbSecond || name < 2 || name > MaxOpeningPhraseWords + 1 || IsRoleLike(sentence[name])
            || !(_cues.Words.OpeningPrepositions.Contains(sentence[0].Span) || _cues.Words.SentenceAdverbs.Contains(sentence[0].Span)))
        {
            return false;
        }

        var verb = sentence[name - 1];
        if (!verb.IsWord || !verb.IsLower
            || _cues.Is(verb, WordClass.Preposition | WordClass.Article | WordClass.Pronoun | WordClass.Possessive)
            || _cues.Is(verb, WordClass.Coordinator | WordClass.Complementiser)
            || _cues.Words.ObjectArticles.Contains(verb.Span) || _cues.Words.OpeningPrepositions.Contains(verb.Span))
        {
            return false;
        }

        for (var k = 0; k < name - 1; k++)
        {
            if (!sentence[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    // The person's name at the head of a run of three capitalised words right after the verb, where
    // German capitalises the noun after it ("sortiert Mihai Dragomir Blätter"): the first two words,
    // when they name a person and the second is no first name ("Hans Peter Roth" keeps all three).
    private int PersonNameWithinRun(IReadOnlyList<Token> sentence, int start, int end)
    {
        if (!_cues.Words.VerbSecond || !_cues.Words.CapitalisesNouns || end - start != 3 || !FollowsBareSecondVerb(sentence, start)
            || _genderOf(sentence[start + 1].Text) != Gender.Unknown || !IsPersonNamed(Phrase.Join(sentence, start, start + 2)))
        {
            return end;
        }

        return start + 2;
    }
}
