using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Un vecino de la calle Mayor, que prefirió no dar su nombre, resumió el ambiente: «…»", "Ein
// älterer Herr mit Hut, seit Jahren Gast, zuckt mit den Schultern: „…“", "Un commerciante di via
// Dante era di tutt'altra opinione: «…»": as the colon reading takes a named subject's clause
// whatever its verb, an indefinite article and a person's noun opening the sentence make the
// quote after its colon that unnamed person's, given by the noun. The name of a street in the
// noun's complement is no speaker (the colon reading took "Mayor" for one). The clause after
// the insert must bring in no one and nothing else: no name of two words, no title or role in
// any case, no document and no verb of reading or quoting, no capitalised word away from a
// preposition (where nouns have no capital), no indefinite article (a sign, a note), no pronoun,
// no verb of telling, no passive agent, and one insert between commas at most; and the noun goes
// on with a complement or an insert.
internal sealed partial class SpeakerFinder
{
    private const int MaxColonLeadInsertTokens = 16;

    // "di via Dante", "de la calle Mayor": a place's name stands this close after its preposition.
    private const int MaxWordsFromPrepositionToPlace = 3;

    private string? UnnamedColonLead(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || quote > Cues.MaxReach || sentence[quote - 1].Kind != TokenKind.Colon || !sentence[0].IsCapitalized || !_cues.Is(sentence[0], WordClass.Indefinite))
        {
            return null;
        }

        if (PersonNounAfterArticle(sentence, 0, quote - 1, out var end) is not { } noun || !IsWitnessNoun(sentence[end - 1]))
        {
            return null;
        }

        // "A fisherman:", "Una jubilada, 68 años:": a vox pop's answer (SpeakerFinder.VoxPopNounLead.cs).
        if (VoxPopLeadEnds(sentence, end, quote - 1))
        {
            return noun;
        }

        // "Un pensionato scuote la testa:": see SpeakerFinder.UnnamedColonLeadPredicate.cs.
        if (PredicateRightAfterNoun(sentence, end, quote))
        {
            return noun;
        }

        // "An executive spokesman said:", "Another correspondent wrote:": a noun that another noun
        // or a verb follows is left to the readings of spokesmen and reporting verbs; only a
        // complement ("de la calle", "mit Hut") or an insert after the noun brings in a witness.
        if (end >= quote - 1 || !(sentence[end].Kind == TokenKind.Comma || (sentence[end].IsLower && (_cues.Is(sentence[end], WordClass.Preposition) || IsComplementLink(sentence[end])
            || _cues.Words.Locatives.Contains(sentence[end].Span) || _cues.Words.MannerPrepositions.Contains(sentence[end].Span)
            || _cues.Words.SourcePrepositions.Contains(sentence[end].Span)))))
        {
            return null;
        }

        // The noun's complement, then one insert between commas ("que prefirió no dar su nombre",
        // "enfermera jubilada"), then the clause up to the colon.
        var clause = end;
        var open = -1;
        for (var k = end; k < quote - 1; k++)
        {
            if (sentence[k].Kind != TokenKind.Comma)
            {
                if (!sentence[k].IsWord)
                {
                    return null;
                }

                continue;
            }

            if (open >= 0 || k + 1 >= quote - 1 || !sentence[k + 1].IsWord || sentence[k + 1].IsCapitalized && !_cues.Words.CapitalisesNouns)
            {
                return null;
            }

            open = k;
            var close = k + 1;
            while (close < quote - 1 && close - k <= MaxColonLeadInsertTokens && sentence[close].IsWord)
            {
                close++;
            }

            if (close >= quote - 2 || sentence[close].Kind != TokenKind.Comma)
            {
                return null;
            }

            clause = close + 1;
            k = close;
        }

        return ClauseBringsInNoOne(sentence, clause, quote - 1) ? noun : null;
    }

    private bool ClauseBringsInNoOne(IReadOnlyList<Token> sentence, int from, int colon)
    {
        for (var k = from; k < colon; k++)
        {
            var token = sentence[k];
            // "… says she was told:": a pronoun brings in the clause's own subject, and a verb of
            // telling someone else's words.
            if (token.IsLower && (_cues.Is(token, WordClass.Indefinite | WordClass.Pronoun) || _cues.Words.PassiveAgents.Contains(token.Span) || _cues.IsListenerOnly(token)))
            {
                return false;
            }

            // "leyó la carta del alcalde:", "a lu le message du maire :": a role in any case (Romance
            // roles are lower case), a document, or a verb of reading or quoting hands the words to
            // someone or something else.
            if (token.IsWord && (_cues.Is(token, WordClass.TitleOrRole) || IsUnlistedTradeAfterArticle(token) || _cues.Words.DocumentNouns.Contains(token.Span)
                || _cues.Words.DocumentVerbs.Contains(token.Span) || _cues.Words.QuotingVerbs.Contains(token.Span)))
            {
                return false;
            }

            if (!token.IsCapitalized)
            {
                continue;
            }

            // "aus dem Nachbarort Kietzow", "de una gestora de Madrid": a place a preposition or an article
            // governs (SpeakerFinder.UnnamedPlaceAfterPreposition.cs).
            if (PlaceAfterPrepositionEnd(sentence, k) is > 0 and var place && place < colon)
            {
                k = place;
                continue;
            }

            if ((k > from && sentence[k - 1].IsCapitalized) || (k + 1 < colon && sentence[k + 1].IsCapitalized)
                || (!_cues.Words.CapitalisesNouns && !FollowsPreposition(sentence, k, from)))
            {
                return false;
            }
        }

        return true;
    }

    private bool FollowsPreposition(IReadOnlyList<Token> sentence, int place, int from)
    {
        for (var k = place - 1; k >= from && k >= place - MaxWordsFromPrepositionToPlace; k--)
        {
            if (!sentence[k].IsLower)
            {
                return false;
            }

            if (_cues.Is(sentence[k], WordClass.Preposition) || IsComplementLink(sentence[k]))
            {
                return true;
            }
        }

        return false;
    }
}
