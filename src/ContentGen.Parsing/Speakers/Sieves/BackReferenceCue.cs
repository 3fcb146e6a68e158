using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A quote that stands alone as a sentence, reported by the next one, which points back to it:
/// <c>„…“ Das sagte X</c>, <c>"…" Dat zegt X</c>, <c>«…». Lo ha detto X</c>, <c>«…». Así lo explicó
/// X</c>, <c>“…” Foi o que disse X</c>, <c>« … » C'est ce qu'a affirmé X</c>, <c>"…" That is what X
/// said</c>. The words that point back open the sentence (the lexicons' <c>BackReferences</c>);
/// the verb and its subject follow them, in either order.
/// </summary>
internal sealed partial class BackReferenceCue
{
    private const int MaxPhraseWords = 3;
    private readonly Cues _cues;

    public BackReferenceCue(Cues cues)
    {
        _cues = cues;
    }

    /// <summary>The subject of <paramref name="next"/> when it reports the quote before it, or <see cref="Subject.None"/>.</summary>
    public Subject Find(IReadOnlyList<Token> next)
    {
        if (Cues.LongestPhrase(next, 0, _cues.Words.WithTheseWords, MaxPhraseWords) is var phrase and > 0)
        {
            return SubjectAfterTheseWords(next, phrase);
        }

        if (CleftEnd(next) is var cleft and > 0)
        {
            return Reported(_cues.Phrase.ReadForward(next, cleft));
        }

        var after = PhraseEnd(next);
        if (after < 0 || after >= next.Count || !next[after].IsWord)
        {
            return Subject.None;
        }

        // "C'est ce qu'a affirmé X", "qu'explique X": the verb or its auxiliary joined to an elided "que".
        var verb = after;
        if (Elision.TrySplit(next[after].Span, out _, out var joined))
        {
            if (_cues.Words.ReportingVerbs.Contains(joined))
            {
                return Reported(_cues.ReadInverted(next, after + 1));
            }

            if (!_cues.Words.Fillers.Contains(joined))
            {
                return Subject.None;
            }

            verb = after + 1;
        }

        verb = _cues.Phrase.SkipFillers(next, verb);
        if (verb < next.Count && _cues.IsReportingVerb(next[verb]))
        {
            // "Así relató ayer X": a day or an adverb between the verb and its subject.
            return Reported(_cues.ReadInverted(next, _cues.Phrase.SkipFillers(next, verb + 1)));
        }

        // "That is what Mary Hale said": the subject before its verb; "That was how Mary Hale, 67,
        // described …": past an appositive that says who or how old she is.
        var subject = _cues.Phrase.ReadForward(next, verb);
        var spoken = subject.IsFound ? _cues.Phrase.SkipFillers(next, PastAppositive(next, subject.End)) : -1;
        return spoken >= 0 && spoken < next.Count && _cues.IsReportingVerb(next[spoken]) ? Reported(subject) : Subject.None;
    }

    // Where the words after a subject go on: past ", 67," or ", de 79 anos," when an appositive follows it.
    private int PastAppositive(IReadOnlyList<Token> next, int end)
    {
        if (end >= next.Count || next[end].Kind != TokenKind.Comma)
        {
            return end;
        }

        if (_cues.Phrase.AfterAppositive(next, end) is var after and > 0)
        {
            return after;
        }

        // ", de 79 anos,": an age opened by its preposition, closed by its comma.
        var age = _cues.Phrase.AfterTailAge(next, end);
        return age > end && age < next.Count && next[age].Kind == TokenKind.Comma ? age + 1 : end;
    }

    private static Subject Reported(Subject subject)
        => subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Organisation ? subject : Subject.None;

    // "A dirlo è X", "A spiegarlo è stata X": where the cleft's subject starts, or -1.
    private int CleftEnd(IReadOnlyList<Token> next)
    {
        if (next.Count < 4 || !next[0].IsWord || !_cues.Words.CleftOpeners.Contains(next[0].Span)
            || !next[1].IsWord || !_cues.Words.CleftInfinitives.Contains(next[1].Span) || !next[2].IsWord)
        {
            return -1;
        }

        if (_cues.Is(next[2], WordClass.Copula))
        {
            return next[3].IsWord && _cues.Words.Copulas.Contains(next[2].Through(next[3])) ? 4 : 3;
        }

        return -1;
    }

    // Where the words after the opening phrase start, or -1 when no phrase opens the sentence.
    private int PhraseEnd(IReadOnlyList<Token> next)
        => Cues.LongestPhrase(next, 0, _cues.Words.BackReferences, MaxPhraseWords) is var words and > 0 ? words : -1;
}
