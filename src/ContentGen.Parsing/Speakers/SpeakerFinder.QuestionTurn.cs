using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "And Sanne herself? She mostly wants to sleep. "…"", "En Sanne zelf? Die wil vooral slapen.",
// "Und Lukas selbst? Der will nur schlafen.", "Et Paul, lui-même ? …": a feature turns to a person the
// article named with a question of no verb, a coordinator, the name and an emphatic pronoun. The
// person asked about is whom the answer's pronoun or demonstrative, and a quote with no cue after
// it, mean. Without this they went back to the last speaker, who had just been quoted on them.
// Only a name the article already gave in full is read, and only a question of these words alone.
internal sealed partial class SpeakerFinder
{
    private void TrackQuestionTurn(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is null && QuestionTurn(sentence) is { } person)
        {
            _state.OtherSubjectSinceQuoted = true;
            NewSubject(person);
        }
    }

    // The full name of the person the question turns to, or null. Words: a coordinator, one or two
    // capitalised words, an optional comma and emphatic pronoun, then the question mark, and no more.
    private string? QuestionTurn(IReadOnlyList<Token> sentence)
    {
        const int MinTokens = 3;
        const int MaxTokens = 7;
        // "¿Y Marit misma?": Spanish opens the question with its mark too.
        var at = sentence.Count > 0 && sentence[0].IsMark('¿') ? 1 : 0;
        if (sentence.Count - at < MinTokens || sentence.Count - at > MaxTokens || !sentence[sentence.Count - 1].IsMark('?')
            || !sentence[at].IsWord || !_cues.Words.Coordinators.Contains(sentence[at].Span) || !sentence[at + 1].IsCapitalized)
        {
            return null;
        }

        var end = at + 2;
        if (end < sentence.Count - 1 && sentence[end].IsCapitalized)
        {
            end++;
        }

        var k = end;
        if (k < sentence.Count - 1 && sentence[k].IsMark(','))
        {
            k++;
        }

        // The emphatic pronoun is asked: "And Sanne?" alone may turn to a place or a team.
        if (k != sentence.Count - 2 || !sentence[k].IsWord || !_cues.Words.Intensifiers.Contains(sentence[k].Span))
        {
            return null;
        }

        return end == at + 3 ? NamedInFull(Phrase.Join(sentence, at + 1, end)) : NamedByOneWord(sentence[at + 1]);
    }

    private string? NamedInFull(string name) => IsPersonNamed(name) && !_cast.IsOrganisation(name) ? name : null;

    // A surname of the article's full names, or a first name that opens only one of them.
    private string? NamedByOneWord(Token word)
    {
        if (!MayBeFirstName(word) || _cast.IsOrganisation(word.Text))
        {
            return null;
        }

        if (_plausibility.FullNameOf(word.Text) is { } surnamed)
        {
            return surnamed;
        }

        return _names.OpensSeveralFullNames(word.Text) || !IsUntitledFirstName(word.Text)
            ? null
            : _state.OnlySalientOpenedBy(word.Text) ?? _plausibility.OnlyFullNameOpenedBy(word.Text);
    }
}
