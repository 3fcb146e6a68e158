using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Haar vader knikt tevreden en zet de machine weer aan. ‘…’", "Suo padre annuisce e riprende gli attrezzi.
// «…», dice.": a sentence with no quote that opens on a possessive and a noun of a family tie, unnamed, then a
// verb, after a quote: the relative acts, and the writer has turned from the speaker before to them, as after
// "A neighbour disagreed" (SpeakerFinder.UnheldPersonNounSubject.cs, which reads an opening article). Without
// this the next cue-less quote, or a dropped subject, went back to the speaker quoted before, whose relative it
// is (session 56's fresh articles: a daughter given her father's words). The relative is named nowhere here, so
// the quote is no one's: precision first.
// Stops: a name after the noun ("Sua figlia Anna", SpeakerFinder.PossessedSubject.cs), a name or report further
// in (NamesOrReports), a copula or auxiliary as the verb ("Suo padre era pescatore", "Sua madre aveva fatto la
// sarta": background about the relative, after which the speaker goes on), and a sentence before any quote.
internal sealed partial class SpeakerFinder
{
    private void TrackUnnamedRelativeBeat(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool reports)
    {
        if (sentenceSpeaker is not null || named is not null || reports || _state.LastQuoted is null || UnnamedRelativeVerb(sentence) is not { } verb
            || NamesOrReports(sentence, verb))
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        _state.Mentioned(null);
        _state.LastSubject = null;
        _state.LastSubjectSentence = _state.Sentence;
    }

    // "Haar vader knikt", "Il suo vicino annuisce": the index of the verb after a possessive (past its
    // article) and a kin noun, or null.
    private int? UnnamedRelativeVerb(IReadOnlyList<Token> sentence)
    {
        var at = PossessiveOpeningNoun(sentence);
        if (at < 0 || at + 2 >= sentence.Count || KinGender(sentence[at]) == Gender.Unknown)
        {
            return null;
        }

        var verb = sentence[at + 1];
        if (!verb.IsWord || !verb.IsLower || _cues.Words.Copulas.Contains(verb.Span) || _cues.Words.NameCopulas.Contains(verb.Span)
            || _cues.Is(verb, WordClass.Preposition | WordClass.Coordinator | WordClass.Definite | WordClass.Indefinite | WordClass.Pronoun | WordClass.Possessive)
            || _cues.Words.RelativePronouns.Contains(verb.Span) || _cues.Words.PerfectAuxiliaries.Contains(verb.Span))
        {
            return null;
        }

        return at + 1;
    }
}
