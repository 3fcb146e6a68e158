using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb of judging or estimating whose complement is the quote: <c>Kreisrätin X hält das für
/// „…“</c>, <c>Kunsthistoriker X schätzt den Wert auf „…“</c>, <c>Wethouder X houdt het plan voor
/// ‘…’</c>, <c>La alcaldesa X tacha el plan de «…»</c>, <c>Le maire X trouve le projet « … »</c>,
/// <c>Councillor X put the damage at "…"</c>. The quote is a fragment of the subject's own
/// sentence, and the judgement or the figure it quotes is the subject's: who holds a thing for
/// something says so. Words from the lexicons' <c>JudgingVerbs</c>.
/// </summary>
internal sealed partial class Cues
{
    // "hält das für", "schätzt den Schaden am Dach auf": the words of the verb's object.
    private const int MaxJudgedWords = 4;

    /// <summary>
    /// The subject opening the sentence whose verb of judging has the quote at
    /// <paramref name="quote"/> for its complement, or None. What stops it: a verb of the list
    /// that needs its preposition ("hält" with no "für" holds a lecture by its title), a quote
    /// opening in capitals after a verb that needs none (a title: "findet den Artikel in „Die
    /// Zeit“"), a comma, quote, verb of saying or clause word between the verb and the quote, and
    /// any word after the quote (the sentence goes on, maybe to someone else's cue).
    /// </summary>
    public Subject JudgingComplementSubject(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || !OnlyPunctuationAfter(sentence, quote))
        {
            return Subject.None;
        }

        var subject = OpeningHolder(sentence);
        if (subject.Kind == SubjectKind.None || subject.End >= quote)
        {
            return Subject.None;
        }

        var verb = subject.End;
        for (var close = verb + 2; close < quote && close <= verb + 6; close++)
        {
            // "Kreisrätin X (Liste) hält": a party in brackets between the subject and its verb.
            if (IsBracketed(sentence, verb, close + 1) && sentence[close].Span.Length == 1 && sentence[close].First == ')')
            {
                verb = close + 1;
                break;
            }
        }

        if (verb >= quote - 1 || !sentence[verb].IsLower)
        {
            return Subject.None;
        }

        var span = sentence[verb].Span;
        var before = sentence[quote - 1];
        var withPreposition = Words.JudgingPrepositionVerbs.Contains(span) && before.IsLower && Words.JudgingPrepositions.Contains(before.Span);
        if (!withPreposition && !(Words.JudgingVerbs.Contains(span) && QuoteOpensLower(sentence, quote) && !Is(before, WordClass.Preposition)))
        {
            return Subject.None;
        }

        var objectEnd = withPreposition ? quote - 1 : quote;
        if (objectEnd - verb - 1 < 1 || objectEnd - verb - 1 > MaxJudgedWords)
        {
            return Subject.None;
        }

        for (var k = verb + 1; k < objectEnd; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || IsReportingVerb(token) || Is(token, WordClass.Complementiser) || IsSubordinator(sentence, k))
            {
                return Subject.None;
            }
        }

        return subject;
    }

    // Whether nothing but marks follow the quote to the sentence's end.
    private static bool OnlyPunctuationAfter(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = quote + 1; k < sentence.Count; k++)
        {
            if (sentence[k].IsWord || sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the quote's first word opens in lower case, going on the sentence begun before it.
    private static bool QuoteOpensLower(IReadOnlyList<Token> sentence, int quote)
        => sentence[quote - 1].NextWord() is var first && first.Length > 0 && char.IsLower(first[0]);
}
