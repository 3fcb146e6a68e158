using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S4: a reporting participle before the quote: <c>Baker backed the plan, saying: "…"</c> gives
/// the sentence's subject; <c>with Roe praising the "bold" reforms</c> the name before it.
/// </summary>
internal sealed class ParticipleCue : ISieve
{
    private const int MaxReach = 12;
    private readonly Cues _cues;

    public ParticipleCue(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = quote - 1; i >= 0 && i >= quote - MaxReach; i--)
        {
            var token = sentence[i];
            if (token.Kind is TokenKind.Terminal or TokenKind.Quote)
            {
                return Subject.None;
            }

            if (!token.IsLower || !_cues.Words.Participles.Contains(token.Span))
            {
                continue;
            }

            // "with Roe praising": the name just before the participle.
            var run = i;
            while (run > 0 && i - run < Phrase.MaxNameWords && sentence[run - 1].IsCapitalized)
            {
                run--;
            }

            if (run < i && _cues.Phrase.ReadForward(sentence, run) is { Kind: SubjectKind.Name } before && before.End == i)
            {
                return before;
            }

            // ", saying": the subject that opens the sentence, past a conjunction ("But he is not
            // envious, insisting"), or a role that points back ("The chairman backed it, saying").
            var start = 0;
            while (start < i && sentence[start].IsWord && _cues.Words.Contrasts.Contains(sentence[start].Span))
            {
                start++;
            }

            var opening = _cues.Phrase.ReadForward(sentence, start);
            if (opening.Kind == SubjectKind.Role && _cues.Words.NationalityNouns.Contains(opening.Text.AsSpan()))
            {
                // "The Spaniard stoked up the row, saying": a nationality says too little to point back here.
                return Subject.None;
            }

            if (i > 0 && sentence[i - 1].Kind == TokenKind.Comma)
            {
                return opening.Kind is SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Role ? opening : Subject.None;
            }

            return Subject.None;
        }

        return Subject.None;
    }
}
