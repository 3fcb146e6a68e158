using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Em comunicado, a Associação de Produtores saudou a fusão como “…”", "In una nota, la Società
// Nuoto denuncia «…»", "In einer Mitteilung begrüßte der Erzeugerverband Talgrund die Fusion als
// „…“": a document opening its sentence says that what its clause's subject does there it does in
// writing, so a quote in that clause is the subject's words whatever the verb ("saudar",
// "begrüßen" and "denunciare" are no verbs of saying). Read only for a body (an organisation's name,
// or a body's noun the cast resolves): a body speaks through its statements. Once it is the quote's
// speaker, a dropped-subject cue after it ("E acrescenta:") reaches it, not a person quoted before.
// Stops: a subject that is a person, a pronoun or a description; a passive or a copula after the
// subject ("the council was called “…”" is someone else's word for it); a colon or a capitalised
// word between the subject and the quote (another's name may own the words; an earlier
// quote of the same clause does not stop: "denuncia «…» e invita il sindaco a «…»"); a clause longer than a reported
// clause (MaxReportedClauseTokens). The sieve comes last: any cue that reads the quote goes first.
// The opening: a place's preposition, an article or none ("Em comunicado"), at most two adjectives
// ("In einer schriftlichen Mitteilung"), the document's noun; then its verb and the subject where
// the verb comes second (German, Dutch), else a few words of its own and a comma.
internal sealed partial class ColonCue
{
    // "enviado à agência Lusa", "adressé au maire": the document's own words before its comma.
    private const int MaxStatementTrailTokens = 6;

    // "In einer schriftlichen Mitteilung", "Dans un bref communiqué".
    private const int MaxOpeningAdjectives = 2;

    public Subject StatementOpenedBody(IReadOnlyList<Token> sentence, int quote)
    {
        // Every quote passes here: the sentence's first word is a place's preposition or it ends here.
        var words = _cues.Words;
        if (quote < 4 || !sentence[0].IsWord || !(words.Locatives.Contains(sentence[0].Span) || words.LocativeArticles.Contains(sentence[0].Span)))
        {
            return Subject.None;
        }

        var noun = StatementOpeningNoun(sentence, quote);
        if (noun < 0)
        {
            return Subject.None;
        }

        var start = words.VerbSecond ? noun + 2 : CommaAfterStatement(sentence, noun, quote) + 1;
        if (start <= 0 || start >= quote || (words.VerbSecond && !(sentence[noun + 1].IsWord && sentence[noun + 1].IsLower)))
        {
            return Subject.None;
        }

        var subject = _cues.Phrase.ReadForward(sentence, start);
        if (!IsStatementBody(subject) || subject.End >= quote || quote - subject.End > MaxReportedClauseTokens)
        {
            return Subject.None;
        }

        // "a câmara foi acusada de “…”": a passive or a copula gives the words to someone else.
        if (!words.VerbSecond && subject.End < quote && sentence[subject.End].IsWord
            && (words.Copulas.Contains(sentence[subject.End].Span) || words.PassiveAuxiliaries.Contains(sentence[subject.End].Span)))
        {
            return Subject.None;
        }

        for (var k = subject.End; k < quote; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Colon || (!words.CapitalisesNouns && token.IsCapitalized))
            {
                return Subject.None;
            }

            // German capitalises its nouns: only a name read there stops.
            if (words.CapitalisesNouns && token.IsCapitalized && _cues.Phrase.ReadForward(sentence, k) is { Kind: SubjectKind.Name or SubjectKind.Pronoun })
            {
                return Subject.None;
            }
        }

        return subject;
    }

    private static bool IsStatementBody(Subject subject)
        => subject.Kind == SubjectKind.Name ? subject.IsOrganisation || subject.IsBody : subject.Kind == SubjectKind.Organisation && subject.Text.Length > 0;

    // The document's noun at the sentence's start ("Em comunicado", "In einer schriftlichen
    // Mitteilung", "Nella nota"), or -1.
    private int StatementOpeningNoun(IReadOnlyList<Token> sentence, int quote)
    {
        var words = _cues.Words;
        var k = 1;
        if (words.Locatives.Contains(sentence[0].Span) && k < quote && _cues.Is(sentence[k], WordClass.Article))
        {
            k++;
        }

        for (var adjectives = 0; k < quote && sentence[k].IsWord && !words.DocumentNouns.Contains(sentence[k].Span); adjectives++, k++)
        {
            if (adjectives == MaxOpeningAdjectives || !sentence[k].IsLower || k == 1)
            {
                return -1;
            }
        }

        return k < quote && sentence[k].IsWord && words.DocumentNouns.Contains(sentence[k].Span) ? k : -1;
    }

    // The comma that ends the opening phrase, a few words after the document's noun, or -1.
    private static int CommaAfterStatement(IReadOnlyList<Token> sentence, int noun, int quote)
    {
        for (var k = noun + 1; k < quote && k - noun <= MaxStatementTrailTokens + 1; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k;
            }

            if (!sentence[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }
}
