using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "'…,' said a nurse who asked not to be named. … The nurse was not convinced. '…,' she said.",
// "«…», lamenta una vecina. … La vecina no se lo cree. «…», dice.": someone unnamed the article has
// already quoted, and so gave by their noun (a description speaker), or brought in by an indefinite
// article and a person's noun ("a nurse on the unit, who asked not to be named, told the Courier"),
// comes back as the subject of a sentence with no quote of its own, under a definite article and
// the same noun. The writer has
// turned back to that person, whom a later pronoun or dropped subject means; without this, the cue
// after the quote reached back to the person named in between (in every language but German, whose
// readers took the bare noun already). The noun is the speaker, as it was for the first quote. A
// name right after the noun ("The nurse, Ann Lee,") names someone else, whom the rules for names
// read; a noun the article gave to someone named is theirs.
internal sealed partial class SpeakerFinder
{
    private const int MaxIntroducedNouns = 16;

    // The person's nouns the article brought in after an indefinite article, no one named by them.
    private readonly HashSet<string> _introducedNouns = new(StringComparer.Ordinal);

    // Called at the end of Track: the unnamed person the sentence comes back to is the most salient.
    private void TrackDescriptionComesBack(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        // A noun coming back, or "A cashier at the store, who asked not to be named, …" (SpeakerFinder.UnnamedBroughtIn.cs):
        // given by its noun from here, as a description speaker is.
        if (sentenceSpeaker is null)
        {
            if (((_descriptions.Count > 0 || _introducedNouns.Count > 0) ? DescriptionComingBack(sentence) : null) is { } description)
            {
                _descriptions.Add(description);
                _state.Mentioned(description);
                _state.OtherSubjectSinceQuoted = true;
            }
            else if (UnnamedBroughtIn(sentence, out var article) is { } broughtIn)
            {
                _descriptions.Add(broughtIn);
                NoteBroughtInArticleGender(sentence, article, broughtIn);
                BroughtInAsSubject(broughtIn);
            }
        }

        NoteIntroducedNouns(sentence);
    }

    private bool IsKnownDescription(string noun) => _descriptions.Contains(noun) || _introducedNouns.Contains(noun);

    // Notes each person's noun after an indefinite article and at most two describing words ("a
    // nurse on the unit", "una enfermera del turno de noche"), with no name after it, where the
    // article brings someone in: at the sentence's start, after a lower-case word that makes it no
    // predicate ("Lee is a nurse", "worked as a nurse", "was told by a nurse" say what someone named
    // is, or read as the rules for agents do), or after the comma that closes a quote ("'…,' a
    // nurse told the paper"); not after another comma ("Lee, a nurse,"). One pass over the sentence.
    private void NoteIntroducedNouns(IReadOnlyList<Token> sentence)
    {
        var words = _cues.Words;
        for (var k = 0; k + 1 < sentence.Count && _introducedNouns.Count < MaxIntroducedNouns; k++)
        {
            if (!_cues.Is(sentence[k], WordClass.Indefinite))
            {
                continue;
            }

            if (k > 0)
            {
                var before = sentence[k - 1];
                var afterQuote = before.Kind == TokenKind.Quote || (before.Kind == TokenKind.Comma && k > 1 && sentence[k - 2].Kind == TokenKind.Quote);
                if (!afterQuote && !(_cues.IntroducesAfter(before) && !words.PassiveAgents.Contains(before.Span)))
                {
                    continue;
                }
            }

            if (PersonNounAfterArticle(sentence, k, sentence.Count, out var end) is { } noun && end > 0 && !_roles.Gave(noun))
            {
                _introducedNouns.Add(noun);
            }
        }
    }

    // The description speaker a definite article (or one elided into the noun, "L'infirmière")
    // brings back opening the sentence, or null.
    private string? DescriptionComingBack(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsWord)
        {
            return null;
        }

        // The noun right after the article: words between ("The partnership between artists …")
        // may start a phrase of their own, and no list tells an adjective from them.
        int noun;
        string text;
        if (_cues.Is(sentence[0], WordClass.Definite))
        {
            noun = 1;
            if (!sentence[noun].IsWord)
            {
                return null;
            }

            text = sentence[noun].Text;
        }
        else if (Elision.TrySplit(sentence[0].Span, out var head, out var tail) && _cues.Words.Definites.Contains(head))
        {
            noun = 0;
            text = Text.StringCache.Get(tail);
        }
        else
        {
            return null;
        }

        if (!IsKnownDescription(text) || _roles.Gave(text))
        {
            return null;
        }

        // "The nurse, Ann Lee,", "La vecina Rosa Gil": a name after the noun is whom it means. Where
        // every noun is capitalised, a name set off by a comma is two capitalised words ("Die
        // Nachbarin, Anna Roth,"), not one ("Die Nachbarin, Mutter von drei Kindern,").
        var next = sentence[noun + 1];
        var after = noun + 2 < sentence.Count ? sentence[noun + 2] : default;
        var third = noun + 3 < sentence.Count ? sentence[noun + 3] : default;
        var nameSetOff = next.Kind == TokenKind.Comma && after.IsCapitalized && (!_cues.Words.CapitalisesNouns || third.IsCapitalized);
        return next.IsCapitalized || nameSetOff ? null : text;
    }
}
