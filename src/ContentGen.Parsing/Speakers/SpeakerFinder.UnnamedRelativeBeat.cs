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
// The copula stops only where the relative may be no one the article holds: after a speaker whose surname the
// article gives to a second person ("Peter and Linda Crane", NameFacts.Couple.cs; "Jason and Andy Harwood"),
// "His wife was more cautious" describes the other one of them, present and about to speak, not the speaker's
// background (session 63, turns2). A noun after the copula ("His father was a beekeeper", "Suo padre era
// pescatore") is background still. Whom it means is not read (the first name alone is no full name), so the
// quote after is no one's rather than the speaker's.
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
        if (!verb.IsWord || !verb.IsLower
            || ((_cues.Words.Copulas.Contains(verb.Span) || _cues.Words.NameCopulas.Contains(verb.Span))
                && !(SpeakerSharesSurname() && PredicatesNoNoun(sentence[at + 2])))
            || _cues.Is(verb, WordClass.Preposition | WordClass.Coordinator | WordClass.Article | WordClass.Pronoun | WordClass.Possessive)
            || _cues.Words.RelativePronouns.Contains(verb.Span) || _cues.Words.PerfectAuxiliaries.Contains(verb.Span))
        {
            return null;
        }

        return at + 1;
    }

    // "more cautious", "plus prudente": no article, person's noun or role after the copula.
    private bool PredicatesNoNoun(Token predicate)
        => predicate.IsWord && !_cues.Is(predicate, WordClass.Article | WordClass.Possessive)
            && !IsPersonNoun(predicate) && !IsRoleLike(predicate) && KinGender(predicate) == Gender.Unknown;

    // Whether the speaker quoted last ends on a surname the article gives, by now, to a second person too: the
    // surname alone then stands for nobody (NameFacts.EndsFullName), so one of two people of that name spoke.
    private bool SpeakerSharesSurname()
    {
        if (_state.LastQuoted is not { } last || last.IndexOf(' ') < 0)
        {
            return false;
        }

        var surname = LastWord(last);
        return _plausibility.IsKnownSurname(surname) && _plausibility.FullNameOf(surname) is null;
    }
}
