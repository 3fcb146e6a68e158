using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Verteidiger Markus Halm … sagte Halm. Der Angeklagte stand auf. »…«", "The defendant stood up.
// '…'": a sentence with no quote of its own opens on a definite article and a person's noun alone,
// then a verb; the article gives that noun to no one it names, and the person quoted last holds a
// role of their own, which this noun is not. The noun is someone else, whom a later quote or
// dropped subject means: without this, the quote after it went on with the speaker before. A bare
// noun after a speaker who holds no role ("Tom Vale runs the butchery. … The butcher is proud.")
// is as often that speaker, and is read as before. So is a noun that neither opens its paragraph
// nor follows the last speaker's quote: a sentence between may name the person it describes ("Am
// Netz glänzte Lea Brandstätter. Die Studentin kam aus Graz."). See
// SpeakerFinder.UnheldPersonNounSubject.cs for a noun with a complement or a description, which
// ends the turn in any case.
internal sealed partial class SpeakerFinder
{
    private void TrackBareRoleSubject(IReadOnlyList<Token> sentence, string? sentenceSpeaker, string? named, bool reports)
    {
        if (sentenceSpeaker is not null || named is not null || reports || _state.LastQuoted is not { } last || sentence.Count < 4
            || _state.OtherSubjectSinceQuoted || !string.Equals(_state.MostSalient, last, System.StringComparison.Ordinal)
            || (_state.Sentence != _paragraphFirstSentence && _state.LastQuotedSentence != _state.Sentence - 1)
            || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite) || !sentence[1].IsWord || !IsUnnamedPersonsNoun(sentence[1])
            || !sentence[2].IsWord || !sentence[2].IsLower
            || _cues.Is(sentence[2], WordClass.Preposition | WordClass.Article | WordClass.RoleNoun))
        {
            return;
        }

        var noun = Text.StringCache.Get(Elision.Tail(sentence[1].Span));
        if (_roles.Gave(noun) || NamesOrReports(sentence, 2) || !_roles.HoldsAnyRole(last, _names.Complete))
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = true;
        _state.Mentioned(null);
    }
}
