using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Aseguró que la isla se enfrenta a «…»", "Acrescentou que as escolas não poderão “…”", "Spiega
// che il ponte è «…»", "En su carta, advierte de que …«…»", "Na carta, avisa que …": in a language
// that drops its subjects, a reporting verb that opens the sentence (written with a capital), or
// that follows an opening phrase of where or how it was said and its comma, governs the quote of
// the clause it opens with "que", "che" or "de que", and its subject is whom a pronoun would mean.
// "que" and "che" are listed as relative pronouns; right after a verb of saying they can only open
// its clause. The opening phrase may hold a relative clause set off by commas ("En su carta, a la
// que ha tenido acceso este diario, advierte …"), whose subject is its own. A phrase that holds a
// pronoun, a title or a role, or a name not after a preposition, may hold the subject itself, and
// gives no one this way.
internal sealed partial class Cues
{
    // "de que": Spanish "advierte de que", "informa de que" open their clause with a preposition.
    private bool OpensThatClause(IReadOnlyList<Token> sentence, int at)
    {
        if (at + 1 >= sentence.Count || !sentence[at].IsLower)
        {
            return false;
        }

        if (IsThatWord(sentence[at]))
        {
            return true;
        }

        return at + 2 < sentence.Count && sentence[at].Span.Length == 2 && Is(sentence[at], WordClass.EmployerLink)
            && sentence[at + 1].IsLower && IsThatWord(sentence[at + 1]);
    }

    // "que", "che": the one relative pronoun of three letters, which is also its language's
    // complementiser. They are not listed as complementisers: the other rules that read that list
    // would then take them after any verb, and read one Spanish tuning quote worse.
    public bool IsThatWord(Token token)
        => Is(token, WordClass.Complementiser)
        || (token.Span.Length == 3 && Words.RelativePronouns.Contains(token.Span) && !Words.PersonRelativePronouns.Contains(token.Span));

    // The verb after an opening phrase and its comma, with the clause after it, before `end`.
    private bool DropsSubjectBeforeThatClause(IReadOnlyList<Token> sentence, int end)
    {
        if (!Words.DropsSubjects || end > MaxReach || sentence.Count < 4 || !sentence[0].IsCapitalized
            || !IsPhraseLink(sentence[0]) || Is(sentence[0], WordClass.Article))
        {
            return false;
        }

        var comma = OpeningPhraseComma(sentence, end);
        if (comma < 0)
        {
            return false;
        }

        // "a la que ha tenido acceso este diario,": a relative clause set off after the phrase.
        var verb = comma + 1;
        if (verb + 1 < end && RelativeWithin(sentence, verb) && NextComma(sentence, verb, end) is var closing and > 0)
        {
            verb = closing + 1;
        }

        // "ha advertido", "ha poi aggiunto": an auxiliary and a filler before the participle.
        while (verb + 1 < end && sentence[verb].IsLower
            && (Words.PerfectAuxiliaries.Contains(sentence[verb].Span) || Is(sentence[verb], WordClass.Filler)))
        {
            verb++;
        }

        return verb + 1 < end && IsReportingVerb(sentence[verb]) && OpensThatClause(sentence, verb + 1);
    }

    // The comma that closes a short opening phrase of its own complements, or -1.
    private int OpeningPhraseComma(IReadOnlyList<Token> sentence, int end)
    {
        for (var k = 1; k < end && k <= MaxOpeningPhraseWords + 1; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                return k >= 2 ? k : -1;
            }

            var before = sentence[k - 1];
            if (!token.IsWord || Is(token, WordClass.Pronoun | WordClass.TitleOrRole | WordClass.Reporting)
                || (Is(token, WordClass.Article) && token.IsLower && !IsPhraseLink(before))
                || (token.IsCapitalized && !before.IsCapitalized && !(before.IsLower && (IsPhraseLink(before) || Is(before, WordClass.Definite)))))
            {
                return -1;
            }
        }

        return -1;
    }

    // "que", "a la que", "en el cual": a relative pronoun within the first three words.
    private bool RelativeWithin(IReadOnlyList<Token> sentence, int from)
    {
        for (var k = from; k < from + 3 && k < sentence.Count; k++)
        {
            if (sentence[k].IsLower && Words.RelativePronouns.Contains(sentence[k].Span))
            {
                return true;
            }

            if (!sentence[k].IsLower || !(IsPhraseLink(sentence[k]) || Is(sentence[k], WordClass.Definite)))
            {
                return false;
            }
        }

        return false;
    }

    private static int NextComma(IReadOnlyList<Token> sentence, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k;
            }

            if (sentence[k].Kind == TokenKind.Quote)
            {
                return -1;
            }
        }

        return -1;
    }
}
