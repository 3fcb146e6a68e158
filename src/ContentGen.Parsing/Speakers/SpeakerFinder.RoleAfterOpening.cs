using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Questionnée sur l'avenir du port, la maire n'a pas écarté une fermeture.", "Asked about the
// quay, the mayor did not rule out a closure.", "Preguntada por el muelle, la alcaldesa no
// descartó un cierre.": a role with its article after an opening phrase and its comma, then its
// verb, is the sentence's subject. A pronoun or dropped subject after it means the role's holder
// when the article gave the role to someone, no longer the person quoted before the sentence. A
// role no one was given is left as before: it is often the article's word for the person in focus
// ("On its blog, the band …").
internal sealed partial class SpeakerFinder
{
    private const int MaxOpeningPhraseTokens = 12;

    // The role after the sentence's opening phrase, followed by its verb, or none. The opening
    // phrase is in lower case but for its first word (where nouns are capitalised, its nouns too:
    // "Ann Lee, chief planner at …" opens on a name), and holds no pronoun or possessive ("Selon
    // lui, le maire …", "In her view, the mayor …" give a source's words, and the role stands in
    // them) and no quote, and opens with no view's or source's word.
    private Subject RoleAfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 5 || !sentence[0].IsCapitalized || _cues.Words.AccordingTo.Contains(sentence[0].Span)
            || _cues.Words.ViewPrepositions.Contains(sentence[0].Span) || _cues.Is(sentence[0], WordClass.Pronoun))
        {
            return Subject.None;
        }

        var comma = 1;
        while (comma < sentence.Count && comma <= MaxOpeningPhraseTokens && sentence[comma].IsWord && !_cues.Is(sentence[comma], WordClass.Pronoun)
            && !_cues.Is(sentence[comma], WordClass.Possessive) && (sentence[comma].IsLower || _cues.Words.CapitalisesNouns))
        {
            comma++;
        }

        if (comma >= sentence.Count - 2 || sentence[comma].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        var role = _cues.Phrase.ReadForward(sentence, comma + 1);
        if (role.Kind != SubjectKind.Role || role.End >= sentence.Count || role.End <= comma + 1)
        {
            return Subject.None;
        }

        var verb = sentence[role.End];
        if (!verb.IsLower || _cues.Is(verb, WordClass.Preposition) || _cues.Words.RelativePronouns.Contains(verb.Span)
            || _cues.Is(verb, WordClass.Coordinator) || IsComplementLink(verb) || _cues.IsReportingVerb(verb))
        {
            return Subject.None;
        }

        // The holder answers with a denial ("n'a pas écarté", "did not rule out", "no descartó"): a
        // negation within the verb's first words. "After the vote, the mayor left without a word"
        // tells what the holder did, and the next quote may speak of them.
        const int MaxWordsToNegation = 3;
        for (var k = role.End; k < sentence.Count && k < role.End + MaxWordsToNegation && sentence[k].IsWord; k++)
        {
            var word = sentence[k].Span;
            var apostrophe = word.LastIndexOfAny('\'', '’');
            if (_cues.Words.Negations.Contains(word) || (apostrophe > 0 && _cues.Words.Negations.Contains(word.Slice(0, apostrophe + 1))))
            {
                return role;
            }
        }

        return Subject.None;
    }

    // After a sentence with no speaker: whom a later pronoun means when a role after the opening
    // phrase is its subject.
    private void TrackRoleAfterOpeningPhrase(TokenRange sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || RoleAfterOpeningPhrase(sentence) is not { IsFound: true } role)
        {
            return;
        }

        if (_roles.Gave(role.Text) && Resolve(role) is { } holder && IsPersonNamed(holder))
        {
            _state.Mentioned(holder);
        }
    }
}
