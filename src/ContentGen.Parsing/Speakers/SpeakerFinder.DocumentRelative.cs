using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// S8, a document's words go to its author, read inside a relative clause: "El Club X difundió un
// comunicado en el que anunciaba que estudiará «…»", "a administração da X remeteu para um
// comunicado divulgado na véspera, no qual garante ter apresentado «…»", "X issued a statement in
// which it promised to "…"". The clause has no subject of its own but the document's, so its quotes
// are the document's words, and the document's owner is the sentence's named subject that put it
// out (its verb opens the predicate the document stands in). Stops: a sentence naming no owner
// ("se difundió un comunicado"), two owners ("X y Y difundieron"), a document the sentence gives
// to another ("respondió al comunicado de Y"), a name inside the clause (a subject of its own),
// and a term in marks after an article ("habla de una «persecución»").
internal sealed partial class SpeakerFinder
{
    // Between the document's noun and the relative clause: a participle and its phrase, "divulgado na véspera,".
    private const int MaxWordsAfterDocument = 4;

    // How far back from a quote its relative clause may open. A clause holds a few words and at most
    // a quote or two before this one; the bound keeps a sentence of many quotes linear, where each
    // quote would otherwise walk back over all the others.
    private const int MaxTokensFromRelative = 40;

    private Subject DocumentRelativeOwner(IReadOnlyList<Token> sentence, int quote)
    {
        if (NamesTerm(sentence, quote) || RelativeOnDocument(sentence, quote) is not var (noun, relative) || noun < 0)
        {
            return Subject.None;
        }

        // A document its sentence gives to a named issuer ("el comunicado de la Federación Sur") is
        // that issuer's, and the subject may be someone else answering it: two owners, no one.
        var issuer = _cues.Phrase.DocumentIssuer(sentence, noun);
        if (issuer.IsFound && issuer.End <= relative)
        {
            return Subject.None;
        }

        var opening = OpeningSubject(sentence);
        var verb = _openingVerb;
        if (!(opening.Kind == SubjectKind.Name || (opening.Kind == SubjectKind.Organisation && opening.Text.Length > 0))
            || verb < 0 || opening.End > verb || verb >= noun
            || (opening.Kind == SubjectKind.Name && !IsSomeoneNamed(sentence, opening) && !IsBodysPart(sentence, opening)) || IsPassive(sentence, 0, verb))
        {
            return Subject.None;
        }

        // "X y la Federación Sur difundieron": two owners before the verb.
        for (var k = 0; k < verb; k++)
        {
            if (sentence[k].IsWord && _cues.Words.Coordinators.Contains(sentence[k].Span))
            {
                return Subject.None;
            }
        }

        // The document stands in the opening verb's own predicate: no clause of its own between.
        for (var k = verb + 1; k < noun; k++)
        {
            if (EndsPredicate(sentence, k) || (sentence[k].IsWord && sentence[k].IsCapitalized && !AfterArticleOrPreposition(sentence, k)))
            {
                return Subject.None;
            }
        }

        return new Subject(opening.Kind, opening.Text, verb, opening.Employer, opening.IsOrganisation, opening.IsDocumentOwner, opening.IsEpithet, opening.IsBody);
    }

    // "am Montag", "an die Presse": a capitalised word after an article or a preposition is a noun
    // of the predicate (German capitalises every noun), not a subject of its own.
    private bool AfterArticleOrPreposition(IReadOnlyList<Token> sentence, int k)
    {
        var before = sentence[k - 1];
        return before.IsWord && before.IsLower
            && (_cues.Is(before, WordClass.Article | WordClass.Preposition)
                || _cues.Words.ContractedArticles.Contains(before.Span) || _cues.Words.NounDeterminers.Contains(before.Span));
    }

    // "A administração da Cooperativa X remeteu": the name after a link is the body whose part, an
    // organisation's noun, opens the sentence, and the document is the body's.
    private bool IsBodysPart(IReadOnlyList<Token> sentence, Subject opening)
    {
        for (var k = 0; k + 2 < opening.End && k + 2 < sentence.Count; k++)
        {
            if (sentence[k].IsWord && sentence[k].IsLower && _cues.Words.OrganisationNouns.Contains(sentence[k].Span) && !_cues.Words.DocumentNouns.Contains(sentence[k].Span)
                && sentence[k + 1].IsWord && sentence[k + 1].IsLower && _cues.Words.OrganisationLinks.Contains(sentence[k + 1].Span)
                && sentence[k + 2].IsCapitalized && opening.Text.StartsWith(sentence[k + 2].Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The document's noun and the relative clause's first word that the quote stands in, read back
    // from the quote within its sentence: only lower-case words, commas and earlier quotes between,
    // no name (the clause's subject of its own) and no end of a clause.
    private (int Noun, int Relative)? RelativeOnDocument(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = quote - 1; k > 0 && quote - k <= MaxTokensFromRelative; k--)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Colon or TokenKind.Terminal || (token.Kind == TokenKind.Other && token.First == ';')
                || (token.IsWord && !token.IsLower))
            {
                return null;
            }

            if (!token.IsWord || RelativeLength(sentence, k) is not (> 0 and var length) || k + length > quote)
            {
                continue;
            }

            var noun = DocumentBefore(sentence, k);
            return noun < 0 ? null : (noun, k);
        }

        return null;
    }

    // How many words the document relative opening at `k` takes ("en el que": 3), or 0.
    private int RelativeLength(IReadOnlyList<Token> sentence, int k)
    {
        for (var length = 1; length <= 3 && k + length <= sentence.Count; length++)
        {
            var last = sentence[k + length - 1];
            if (!last.IsWord)
            {
                return 0;
            }

            if (_cues.Words.DocumentRelatives.Contains(sentence[k].Through(last)))
            {
                return length;
            }
        }

        return 0;
    }

    // The document's noun before the relative at `relative`, with at most a comma and a few
    // lower-case words (a participle's phrase, a genitive) between; -1 when there is none.
    private int DocumentBefore(IReadOnlyList<Token> sentence, int relative)
    {
        const int MaxCommas = 2;
        var words = 0;
        var commas = 0;
        for (var k = relative - 1; k > 0 && words <= MaxWordsAfterDocument; k--)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                if (++commas > MaxCommas)
                {
                    return -1;
                }

                continue;
            }

            if (!token.IsWord)
            {
                return -1;
            }

            // German capitalises the noun: "eine Mitteilung, in der".
            if (_cues.Words.DocumentNouns.Contains(token.Span))
            {
                var article = sentence[k - 1];
                return article.IsWord && (_cues.Is(article, WordClass.Article) || _cues.Words.ContractedArticles.Contains(article.Span)) ? k : -1;
            }

            if (!token.IsLower)
            {
                return -1;
            }

            words++;
        }

        return -1;
    }
}
