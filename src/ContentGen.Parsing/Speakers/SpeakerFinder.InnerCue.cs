using System;
using System.Collections.Generic;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// « Ça ne peut plus durer, s'agace la maire. Il faut agir. »: French (and often Italian, Spanish
// and Portuguese) writes the cue inside the guillemets, set off by commas, rather than closing the
// marks around it. A quote that found no speaker outside is read for such a cue inside.
internal sealed partial class SpeakerFinder
{
    private static readonly QuoteSpan[] NoQuotes = [];

    // The inner words' tokens: one list serves every quote of the finder.
    private readonly List<Token> _innerTokens = new();

    // The speaker a cue inside a guillemet quote gives: a comma, an inverted reporting verb and
    // its subject, which closes its clause (a full stop, a comma or the quote's end). Null when
    // there is none: a comma before a lower-case word is looked for first, without reading tokens.
    private string? InnerCue(QuoteSpan quote, string paragraph)
    {
        if (quote.IsHeadless || quote.Open < 0 || paragraph[quote.Open] != '«' || quote.Continuations is not null)
        {
            return null;
        }

        var inner = WordsOf(quote, paragraph);
        if (!HasCommaBeforeLowerCase(inner))
        {
            return null;
        }

        var tokens = Token.Read(inner.ToString(), NoQuotes, _innerTokens, _cues.Words);
        for (var k = 2; k < tokens.Count - 2; k++)
        {
            if (tokens[k].Kind != TokenKind.Comma || !tokens[k + 1].IsLower)
            {
                continue;
            }

            var subject = _adjacent.After(tokens, k);
            if (subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun && subject.End > k + 1 && ClosesClause(tokens, subject.End))
            {
                var speaker = Resolve(subject);
                tokens.Clear();
                return speaker;
            }
        }

        tokens.Clear();
        return null;
    }

    // Whether the cue's subject, ending at `end`, closes its clause: at the words' end, or before a
    // full stop or a comma, past an adjective or two ("se désole le député écologiste.").
    private static bool ClosesClause(List<Token> tokens, int end)
    {
        const int MaxTrailingWords = 2;
        for (var i = end; i < tokens.Count && i <= end + MaxTrailingWords; i++)
        {
            if (tokens[i].Kind is TokenKind.Terminal or TokenKind.Comma)
            {
                return true;
            }

            if (!tokens[i].IsLower)
            {
                return false;
            }
        }

        return end >= tokens.Count;
    }

    // Whether ", " and a lower-case letter stand in the words.
    private static bool HasCommaBeforeLowerCase(ReadOnlySpan<char> words)
    {
        for (var i = words.IndexOf(','); i >= 0 && i + 2 < words.Length; i = words.Slice(i + 1).IndexOf(',') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (words[i + 1] == ' ' && char.IsLower(words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }
}
