using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Encarna deja la plancha sobre la mesa. «…»", "Gérard hausse les épaules. « … »", "Wilma pakt een
// sleutel. ‘…’": a feature's action beat, a short sentence with no quote whose subject is the
// first name alone of a person met in full, before a quote with no cue: the person who acts
// speaks, as after a surname ("Vinçon en rit. « … »") or a pronoun, which the opening-subject
// tracking already reads. A first name alone is not a name that tracking completes (it leaves the
// sentence's subject unknown), so the beat was read as making the person salient (FirstNameAlone)
// but not as the sentence's subject, and the quote after it went on with no one. The beat must be about that person alone: a sentence
// naming someone else ("Encarna le da la factura a Hugo."), a role or a kin noun ("Wilma kijkt
// haar dochter aan.") leaves the quote to the other rules, since either person may answer.
internal sealed partial class SpeakerFinder
{
    // After a sentence with no quote and no speaker: the person its opening first name alone means
    // becomes its subject, whose words a quote with no cue in the next sentence gives.
    private void TrackFirstNameBeat(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || (_state.LastSubjectSentence == _state.Sentence && _state.LastSubject is not null) || OpeningFirstName(sentence) is null
            || !NamesNoOneElse(sentence, 1) || MentionsAnotherPerson(sentence)
            || (IntroducedByFirstName(sentence) ?? SalientFirstNamed(sentence)) is not { } person)
        {
            return;
        }

        _state.OtherSubjectSinceQuoted = !(_state.LastQuoted is { } last && string.Equals(last, person, StringComparison.Ordinal));
        _state.LastSubject = person;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = true;
    }

    // "Remedios saca la bandeja del horno." after "Remedios Alcázar, de 66 años, …": a first name the
    // article writes only opening sentences is not plausible as a name by its capital alone
    // (FirstNameAlone asks for one), but here it opens the full name of the one person in view,
    // salient since the last paragraphs, and no word class of the lexicons claims it.
    private string? SalientFirstNamed(IReadOnlyList<Token> sentence)
        => OpeningFirstName(sentence) is { } subject && !_names.OpensSeveralFullNames(subject.Text)
        && !_cues.Is(sentence[0], ~WordClass.Classified)
        && _state.OnlySalientOpenedBy(subject.Text) is { } full && !_cast.IsOrganisation(full)
            ? full
            : null;

    // Whether the beat holds a quote, or brings in someone by a role or a family tie, whom the
    // quote after it may be given to as well.
    private bool MentionsAnotherPerson(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i < sentence.Count; i++)
        {
            var token = sentence[i];
            if (token.Kind == TokenKind.Quote
                || (token.IsWord && (_cues.Is(token, WordClass.RoleNoun) || KinGender(token) != Gender.Unknown)))
            {
                return true;
            }
        }

        return false;
    }
}
