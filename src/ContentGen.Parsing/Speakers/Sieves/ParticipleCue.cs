using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S4: a reporting participle before the quote: <c>Baker backed the plan, saying: "…"</c> gives
/// the sentence's subject; <c>with Roe praising the "bold" reforms</c> the name before it.
/// </summary>
internal sealed partial class ParticipleCue : ISieve
{
    private const int MaxReach = 12;

    // An office's words, auxiliaries and adverbs between a main clause's subject and its verb
    // ("du Logement a également rappelé").
    private const int MaxFillers = 5;
    private readonly Cues _cues;

    public ParticipleCue(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        if (OpeningParticiple(sentence, quote) is { IsFound: true } main)
        {
            return main;
        }

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
            while (start < i && sentence[start].IsWord && _cues.Is(sentence[start], WordClass.Contrast))
            {
                start++;
            }

            var opening = OpensClause(sentence, start) ? SubjectPastOpeningClause(sentence, start, i) : _cues.Phrase.ReadForward(sentence, start);
            if (opening.Kind == SubjectKind.Role && _cues.Words.NationalityNouns.Contains(opening.Text.AsSpan()))
            {
                // "The Spaniard stoked up the row, saying": a nationality says too little to point back here.
                return Subject.None;
            }

            // A group speaks through the gerund as through its verb: "Les syndicats ont quitté la
            // séance, dénonçant « … »"; so does a body, by its name or by the common noun the cast
            // resolves to a body named before ("The council closed the bridge, citing "…""). Only
            // the subject opening the sentence: a body as the verb's object is not read here.
            if (i > 0 && sentence[i - 1].Kind == TokenKind.Comma)
            {
                if (opening.Kind == SubjectKind.Organisation)
                {
                    return BodyGovernsGerund(sentence, opening.End, i) ? opening : Subject.None;
                }

                return opening.Kind is SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Role or SubjectKind.Group ? opening : Subject.None;
            }

            return Subject.None;
        }

        return Subject.None;
    }

    // The longest main clause read between a body's noun and the gerund after it.
    private const int MaxBodyClause = 2 * MaxReach;

    // "The council closed the bridge, citing "…"": the body's noun runs straight on into its clause,
    // with no relative clause or apposition after it that may name another body ("L'association qui
    // organise le festival, Les Amis du Pont, l'a annoncé, évoquant …" is not read here), and the
    // clause runs on to the gerund with no clause of its own subject between ("The club's website
    // reported that Roe, …, insisting "…"" gives Roe's words, not the club's), within one main
    // clause's length.
    private bool BodyGovernsGerund(IReadOnlyList<Token> sentence, int from, int gerund)
    {
        if (gerund - from > MaxBodyClause || from >= gerund || sentence[from].Kind == TokenKind.Comma
            || (sentence[from].IsLower && _cues.Words.RelativePronouns.Contains(sentence[from].Span)))
        {
            return false;
        }

        for (var k = from; k < gerund; k++)
        {
            var token = sentence[k];
            if (token.IsLower && (_cues.Is(token, WordClass.Complementiser)
                || (Elision.TrySplit(token.Span, out var head, out _) && _cues.Words.ElidedComplementisers.Contains(head))))
            {
                return false;
            }
        }

        return true;
    }

    // "l'Intérieur": an elided article and a capitalised word, written as one.
    private bool IsElidedName(Token token)
        => Elision.TrySplit(token.Span, out var head, out var tail) && char.IsUpper(tail[0]) && _cues.Words.Definites.Contains(head);

    // "Insistant sur un chapitre « rénovation » du plan, la ministre a rappelé que …",
    // "Stressing that the plan was "sound", Jane Roe said …": a reporting participle opens the
    // sentence and its clause holds the quote, with no comma before it; the subject of the main
    // clause after the clause's comma, followed by its verb, says the words. A quote after that
    // comma stands in the main clause, which the other sieves read.
    private Subject OpeningParticiple(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 1 || quote > 2 * MaxReach || !sentence[0].IsCapitalized || !_cues.Words.Participles.Contains(sentence[0].Span))
        {
            return Subject.None;
        }

        for (var j = 1; j < quote; j++)
        {
            if (sentence[j].Kind is not (TokenKind.Word or TokenKind.Other))
            {
                return Subject.None;
            }
        }

        for (var comma = quote + 1; comma < sentence.Count && comma <= quote + MaxReach; comma++)
        {
            if (sentence[comma].Kind is TokenKind.Terminal or TokenKind.Quote or TokenKind.Colon)
            {
                return Subject.None;
            }

            if (sentence[comma].Kind != TokenKind.Comma)
            {
                continue;
            }

            // A name followed by its verb; a role or a pronoun, which may mean whoever is
            // salient, only before a verb that reports ("le ministre a rappelé que"), not before
            // one that does something else ("Praising the "bold" design, the mayor cut the ribbon").
            var subject = _cues.Phrase.ReadForward(sentence, comma + 1);
            if (subject.End >= sentence.Count || !sentence[subject.End].IsLower)
            {
                return Subject.None;
            }

            // Past the role's office ("du Logement") and the auxiliary and adverbs.
            var verb = subject.End;
            while (verb < sentence.Count && verb < subject.End + MaxFillers && sentence[verb].IsWord
                && (sentence[verb].IsCapitalized || _cues.Is(sentence[verb], WordClass.Filler | WordClass.Definite)
                    || _cues.Words.OrganisationLinks.Contains(sentence[verb].Span) || IsElidedName(sentence[verb])))
            {
                verb++;
            }

            // A name too stands before a verb: a reporting one, or an auxiliary ("a promis");
            // "Harbourton residents marched" reads a place before a noun.
            var reports = verb < sentence.Count && _cues.IsReportingVerb(sentence[verb]);
            var auxiliary = _cues.Is(sentence[subject.End], WordClass.Filler);
            return (subject.Kind == SubjectKind.Name && (reports || auxiliary)) || (reports && subject.Kind is SubjectKind.Role or SubjectKind.Pronoun)
                ? subject
                : Subject.None;
        }

        return Subject.None;
    }
}
