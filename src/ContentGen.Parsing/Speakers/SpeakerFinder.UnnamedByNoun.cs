using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Someone unnamed, brought in by an indefinite article and the noun of a person, as the speaker
// of a quote the sieves left to no one: "«…», sospira una mamma all'uscita", "„…“, seufzt eine
// Rentnerin vor dem Laden", "A pensioner in a red coat said: "…"". The speaker is the noun
// (kind Description), as "said one trader" has been.
internal sealed partial class SpeakerFinder
{
    // "ha comentado a EFE", "diceva all'uscita": the words between an inverted verb and its
    // subject, and the auxiliaries before the verb.
    private const int MaxWordsBeforeUnnamed = 3;
    private const int MaxAuxiliariesBeforeVerb = 2;

    // "an elderly man", "eine ältere Dame", "een gepensioneerde visser": one word may describe
    // the person before the noun.
    private const int MaxModifiersBeforeNoun = 1;

    // The noun of the unnamed speaker of the quote at `quote`, or null. Two shapes: the quote, a
    // comma, a reporting verb, a few words and the indefinite subject ("«…», ha comentado a EFE un
    // pescador jubilado"); or the indefinite subject opening the sentence, then its clause up to a
    // colon right before the quote, reporting ("Eine Rentnerin vor dem Laden sagt: „…“").
    private string? UnnamedByNoun(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote > 1 && sentence[quote - 1].Kind == TokenKind.Colon && sentence[0].IsCapitalized && _cues.Is(sentence[0], WordClass.Indefinite))
        {
            return PersonNounAfterArticle(sentence, 0, quote - 1, out var end) is { } opening && ClauseRunsTo(sentence, end, quote - 1) ? opening : null;
        }

        // `"…," a neighbour said.`: see SpeakerFinder.UnnamedSubjectFirst.cs.
        if (UnnamedSubjectFirst(sentence, quote) is { } subjectFirst)
        {
            return subjectFirst;
        }

        var verb = quote + 1 < sentence.Count && sentence[quote + 1].Kind == TokenKind.Comma ? quote + 2 : quote + 1;
        var auxiliaries = 0;
        while (verb < sentence.Count && sentence[verb].IsLower && !_cues.IsReportingVerb(sentence[verb]) && auxiliaries < MaxAuxiliariesBeforeVerb)
        {
            // "», ha comentado", "», a confié": only an auxiliary or a filler stands before the verb;
            // "», he said to a neighbour", "», one mother told a neighbour" have their subject there.
            if (!IsAuxiliaryOrFiller(sentence[verb]))
            {
                return null;
            }

            verb++;
            auxiliaries++;
        }

        // "», dit-elle à une voisine": a pronoun joined to the verb is its subject.
        if (verb >= sentence.Count || !_cues.IsReportingVerb(sentence[verb]) || HasJoinedPronoun(sentence[verb]))
        {
            return null;
        }

        // "», a lancé depuis le fond de la salle un ancien bénévole", "», regrette, sous couvert
        // d'anonymat, un cadre": past where and how it was said, as a named subject is reached.
        var subject = _cues.SkipToInvertedSubject(sentence, verb + 1);
        if (subject > verb + 1 && subject < sentence.Count && sentence[subject].IsLower && _cues.Is(sentence[subject], WordClass.Indefinite))
        {
            return PersonNounAfterArticle(sentence, subject, sentence.Count, out _);
        }

        for (var k = verb + 1; k < sentence.Count && k <= verb + 1 + MaxWordsBeforeUnnamed; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || _cues.Is(token, WordClass.Pronoun | WordClass.Definite | WordClass.TitleOrRole))
            {
                // "», dit-elle à une voisine", "said the mayor to a resident": the subject is another.
                return null;
            }

            // "ha detto a una cliente", "dijo en una entrevista": after a preposition, whom the
            // words were said to or where; the subject may come after.
            if (token.IsLower && _cues.Is(token, WordClass.Indefinite) && !IsPlaceOrMediumLink(sentence[k - 1]))
            {
                return PersonNounAfterArticle(sentence, k, sentence.Count, out _);
            }

            // "a EFE": a capitalised word only after a preposition, a medium or a place.
            if (token.IsCapitalized && !IsPlaceOrMediumLink(sentence[k - 1]))
            {
                return null;
            }
        }

        return null;
    }

    // The person's noun right after the indefinite article at `article` (past one word that
    // describes), before `limit`; null when the noun is no person's, speaks for someone (a
    // spokesman), or is followed by a name ("un vecino, Juan Pérez", who is named).
    private string? PersonNounAfterArticle(IReadOnlyList<Token> sentence, int article, int limit, out int end)
    {
        end = -1;
        for (var k = article + 1; k < limit && k <= article + 1 + MaxModifiersBeforeNoun; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                // "un « retenu »": see SpeakerFinder.ScareQuotedNoun.cs.
                return ScareQuotedPersonNoun(sentence, article, k, out end);
            }

            if (!token.IsWord || !(token.IsLower || _cues.Words.CapitalisesNouns))
            {
                return null;
            }

            if (!IsPersonNoun(token) && !IsUnlistedTradeAfterArticle(token))
            {
                continue;
            }

            // "un rapport détenu par la préfecture": past another word, a participle describes it.
            if (k > article + 1 && _cues.Words.ParticiplePeopleNouns.Contains(token.Span))
            {
                return null;
            }

            var next = k + 1 < sentence.Count ? sentence[k + 1] : default;
            var after = k + 2 < sentence.Count ? sentence[k + 2] : default;
            if (next.IsCapitalized || (next.Kind == TokenKind.Comma && after.IsCapitalized))
            {
                return null;
            }

            end = k + 1;
            return token.Text;
        }

        return null;
    }

    private bool IsAuxiliaryOrFiller(Token token)
        => token.IsLower && (_cues.Words.PerfectAuxiliaries.Contains(token.Span) || _cues.Is(token, WordClass.Filler)) && !_cues.Is(token, WordClass.Pronoun);

    private bool IsPlaceOrMediumLink(Token token)
        => token.IsLower && (_cues.Is(token, WordClass.Preposition | WordClass.Medium) || _cues.Words.Locatives.Contains(token.Span)
            || _cues.Words.ListenerPrepositions.Contains(token.Span));

    private bool HasJoinedPronoun(Token verb)
    {
        var hyphen = verb.Span.LastIndexOf('-');
        return hyphen > 0 && _cues.Words.Pronouns.Contains(verb.Span.Slice(hyphen + 1));
    }

    // A person's noun: someone ordinary ("mamma", "Rentnerin"), a role, a profession or a title
    // ("ein Herr"); not a spokesman or an official, who speak for an organisation.
    private bool IsPersonNoun(Token token)
        => (_cues.Words.PeopleNouns.Contains(token.Span) || _cues.Is(token, WordClass.TitleOrRole)
            || _cues.Words.ProfessionEpithets.Contains(token.Span) || _cues.Is(token, WordClass.MaleTitle | WordClass.FemaleTitle))
        && !_cues.Words.SpokesNouns.Contains(token.Span) && !_cues.Words.OfficialNouns.Contains(token.Span);

    // The subject's clause runs from `from` to the colon at `colon` as words alone, no comma or
    // other quote, and reports: "A pensioner in a red coat said:". A clause that does anything else
    // may bring in what the quote reads ("A woman found a note on the door: …", "was told by the
    // doctor: …"), whose words are not hers.
    private bool ClauseRunsTo(IReadOnlyList<Token> sentence, int from, int colon)
    {
        if (from < 0 || colon - from > Cues.MaxReach)
        {
            return false;
        }

        var reports = false;
        for (var k = from; k < colon; k++)
        {
            if (!sentence[k].IsWord || (sentence[k].IsLower && _cues.Words.PassiveAgents.Contains(sentence[k].Span)))
            {
                return false;
            }

            // "found a note on the door": a reporting verb's form after an article is a noun.
            reports |= _cues.IsReportingVerb(sentence[k]) && !(k > from && _cues.Is(sentence[k - 1], WordClass.Article));
        }

        return reports;
    }
}
