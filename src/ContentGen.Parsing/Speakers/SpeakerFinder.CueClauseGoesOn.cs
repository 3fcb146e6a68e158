using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "« … », a répliqué vendredi sur France Bleu le maire, qui dit ne pas vouloir « de procès »",
// "«…», reconoció la delegada, antes de prometer que las ayudas llegarán «en pocas semanas»",
// "\"…,\" admitted the prefect, before promising that claims would be paid \"within weeks\"":
// after an inverted cue, a clause that hangs on its subject (a relative pronoun, or an
// infinitive after "avant de", "before", "antes de", "prima di") says more of what the same
// person said. A later quote in that clause is that person's when nothing between names,
// describes or points to anyone else: only lower-case words that are no role, title or pronoun,
// and that person's quotes.
internal sealed partial class SpeakerFinder
{
    // The token after the subject of the inverted cue that gave the sentence its speaker, or -1.
    private int _cueSubjectEnd = -1;

    private void NoteCueSubject(int quote, Subject subject, bool firstOfSentence, string? speaker)
    {
        if (firstOfSentence)
        {
            _cueSubjectEnd = speaker is not null && subject.IsFound && subject.Kind is SubjectKind.Name or SubjectKind.Role && subject.End > quote ? subject.End : -1;
        }
    }

    private string? SpeakerOfCueClause(IReadOnlyList<Token> sentence, int quote, string? sentenceSpeaker, List<string?> speakers)
    {
        // "le maire de Val-d'Ambre, qui …": a role's complement may stand before the comma.
        const int MaxComplementWords = 4;
        var from = _cueSubjectEnd;
        for (var words = 0; from >= 0 && from < quote && sentence[from].IsWord && words < MaxComplementWords; words++)
        {
            from++;
        }

        if (sentenceSpeaker is null || from < 0 || from + 2 >= quote || sentence[from].Kind != TokenKind.Comma || !OpensHangingClause(sentence, from + 1))
        {
            return null;
        }

        for (var k = from + 1; k < quote; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote && string.Equals(speakers[token.QuoteIndex], sentenceSpeaker, StringComparison.Ordinal))
            {
                // "qui dit ne pas vouloir « de procès » mais « des digues »": a quote of the same clause.
                continue;
            }

            if (!token.IsWord || !token.IsLower || _cues.Is(token, WordClass.TitleOrRole)
                || _cues.IsPronounOfOne(token))
            {
                return null;
            }
        }

        return sentenceSpeaker;
    }

    // "qui", "who", "quien", "che", or a preposition of time before an infinitive ("avant de") or,
    // in English, a gerund ("before promising").
    private bool OpensHangingClause(IReadOnlyList<Token> sentence, int k)
    {
        var word = sentence[k];
        var words = _cues.Words;
        if (!word.IsWord || !word.IsLower)
        {
            return false;
        }

        if (words.PersonRelativePronouns.Contains(word.Span) || words.SubjectRelatives.Contains(word.Span))
        {
            return true;
        }

        if (k + 1 >= sentence.Count || !sentence[k + 1].IsWord)
        {
            return false;
        }

        return words.GerundTimeLinks.Contains(word.Span)
            ? words.GerundSuffixes.EndsAny(sentence[k + 1].Span)
            : words.InfinitiveTimeLinks.Contains(word.Through(sentence[k + 1]));
    }
}
