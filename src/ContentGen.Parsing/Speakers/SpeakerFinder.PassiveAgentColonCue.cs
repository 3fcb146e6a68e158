using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "She was followed by Peter Hale, 61, a retired postman: "…"", "Elle a été suivie par Pierre Hamel, 61 ans, facteur
// retraité : « … »", "Zij werd gevolgd door Pieter Hendriks: ‘…’": at a public meeting or a vox pop the next person to
// speak is brought in as a passive's agent, the quote after a colon. The sentence's subject is the speaker before (its
// pronoun gave the quote to them); the words after the colon are the agent's. Read only in the sentence's first quote,
// whose cue is the sentence from its start to the colon right before it, with no name as its subject (a pronoun or
// none), the agent's preposition (SpeechWords.PassiveAgents) after a lower-case word (the participle), then a person
// named in full, then nothing or a short apposition (an age, a role, an article's phrase) up to the colon.
// Stops (precision first): an agent who is no person named in full ("by a long round of applause", "par la salle"),
// two people ("by Peter Hale and Anna Berg": either may speak), an organisation, a clause going on after the name
// (a pronoun, a coordinator, a verb of saying, a segment that opens on no age, article or role: "signed by Tom Birch,
// reads:").
internal sealed partial class SpeakerFinder
{
    // "Peter Hale, 61, a retired postman": the apposition between the agent's name and the colon is short.
    private const int MaxAgentApposition = 10;

    // The person named as the passive's agent in the colon cue of the quote at `quote`, or null.
    private string? PassiveAgentBeforeColon(IReadOnlyList<Token> sentence, int quote, Subject subject)
    {
        if (quote < 4 || sentence[quote - 1].Kind != TokenKind.Colon || subject.Kind is not (SubjectKind.Pronoun or SubjectKind.None))
        {
            return null;
        }

        var agent = -1;
        for (var k = 1; k < quote - 2; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return null;
            }

            if (token.IsWord && token.IsLower && _cues.Words.PassiveAgents.Contains(token.Span) && sentence[k - 1].IsWord && sentence[k - 1].IsLower
                && !_cues.Is(sentence[k - 1], WordClass.Preposition | WordClass.Article | WordClass.Possessive | WordClass.Coordinator)
                && sentence[k + 1].IsWord && sentence[k + 1].IsCapitalized)
            {
                agent = k;
                break;
            }
        }

        if (agent < 0)
        {
            return null;
        }

        var start = agent + 1;
        var end = start;
        while (end < quote - 1 && end - start < Phrase.MaxNameWords && sentence[end].IsWord && sentence[end].IsCapitalized)
        {
            end++;
        }

        if (end - start < 2 || (sentence[end].Kind != TokenKind.Colon && sentence[end].Kind != TokenKind.Comma) || end + MaxAgentApposition < quote - 1
            || !AgentAppositionOnly(sentence, end, quote - 1))
        {
            return null;
        }

        var name = Phrase.Join(sentence, start, end);
        return IsPersonNamed(name) && !NamesSecondPerson(sentence, end) ? _names.Complete(name) : null;
    }

    // Whether the tokens from `from` (the name's end) to the colon at `colon` are nothing, or comma-set segments
    // each opening on an age, an article or a role ("45", "a taxi driver", "61 ans", "facteur retraité", "einem
    // pensionierten Briefträger"), with no pronoun, coordinator, verb of saying or quote in them.
    private bool AgentAppositionOnly(IReadOnlyList<Token> sentence, int from, int colon)
    {
        for (var k = from; k < colon; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                if (k + 1 >= colon)
                {
                    return false;
                }

                var opening = sentence[k + 1];
                if (!(char.IsDigit(opening.First) || (opening.IsWord && (_cues.Is(opening, WordClass.Article) || IsRoleLike(opening) || IsUnnamedPersonsNoun(opening)))))
                {
                    return false;
                }

                continue;
            }

            if (!token.IsWord || _cues.Is(token, WordClass.Pronoun | WordClass.Coordinator) || _cues.IsReportingVerb(token))
            {
                if (!char.IsDigit(token.First))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
