using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A reflexive verb of stance whose complement is the quote: <c>X zeigte sich „fassungslos“</c>,
/// <c>X toonde zich "geschokt"</c>, <c>X se mostró «satisfecho»</c>. The stance quoted is the
/// subject's own word, as in the cue after a quote (Cues.Stance.cs), and the subject opens the
/// sentence before the verb.
/// </summary>
internal sealed partial class Cues
{
    // "zeigte sich dennoch „…“", "toonde zich opnieuw "…"": adverbs between the reflexive verb and the quote.
    private const int MaxAdverbsBeforeStance = 2;

    /// <summary>The subject opening the sentence whose reflexive verb of stance governs the quote at <paramref name="quote"/>, or None.</summary>
    public Subject StanceComplementSubject(IReadOnlyList<Token> sentence, int quote)
    {
        var k = quote - 1;
        while (k > 0 && quote - 1 - k < MaxAdverbsBeforeStance && (sentence[k].IsLower || IsCalendarWord(sentence[k])) && !Words.Reflexives.Contains(sentence[k].Span)
            && !Words.StanceVerbs.Contains(sentence[k].Span) && !IsReportingVerb(sentence[k]) && !IsEncliticStance(sentence[k]))
        {
            k--;
        }

        if (k < 1 || !sentence[k].IsLower)
        {
            return Subject.None;
        }

        // German, Dutch: "zeigte sich"; the Romance languages: "se mostró", Portuguese "mostrou-se".
        int verbStart;
        if (IsEncliticStance(sentence[k]))
        {
            verbStart = k;
        }
        else if (Words.Reflexives.Contains(sentence[k].Span) && Words.StanceVerbs.Contains(sentence[k - 1].Span) && sentence[k - 1].IsLower)
        {
            verbStart = k - 1;
        }
        else if (Words.StanceVerbs.Contains(sentence[k].Span) && sentence[k - 1].IsLower && Words.Reflexives.Contains(sentence[k - 1].Span))
        {
            verbStart = k - 1;
        }
        else
        {
            return Subject.None;
        }

        var subject = OpeningHolder(sentence);
        return subject.Kind != SubjectKind.None && (subject.End == verbStart || IsBracketed(sentence, subject.End, verbStart))
            ? subject
            : Subject.None;
    }

    // "zeigte sich am Abend „…“": a day or a part of it, capitalised in German.
    private static bool IsCalendarWord(Token token) => token.IsWord && Lexicons.LexiconTables.Calendar.Contains(token.Span);

    // "mostrou-se": a verb of stance with its reflexive joined after it.
    private bool IsEncliticStance(Token token)
        => token.IsLower && EncliticReflexiveStem(token.Span) is { IsEmpty: false } stem && Words.StanceVerbs.Contains(stem);

    // "Stadtrat X (SPD) zeigte sich": a party or place in brackets between the subject and its
    // verb; "Le maire, Jean Roux (divers droite), s'est dit": the appositive's comma after them.
    private static bool IsBracketed(IReadOnlyList<Token> sentence, int from, int to)
    {
        const int MaxBracketedTokens = 6;
        if (to - from >= 4 && sentence[to - 1].Kind == TokenKind.Comma)
        {
            to--;
        }

        return to - from >= 3 && to - from <= MaxBracketedTokens && sentence[from].Span.Length == 1 && sentence[from].First == '('
            && sentence[to - 1].Span.Length == 1 && sentence[to - 1].First == ')';
    }
}
