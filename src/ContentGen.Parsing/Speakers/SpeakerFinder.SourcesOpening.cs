using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Unnamed sources of an organisation opening the sentence: asked by the opening subject's sieve
// (SpeakerFinder.OpeningSubjectGoverns.cs).
internal sealed partial class SpeakerFinder
{
    // "Fuentes de la Guardia Civil señalaron que «…»", "Fonte do ministério disse que …", "Fuentes de
    // la empresa constructora, Obras Levante, aseguraron que …": unnamed sources of an organisation,
    // opening the sentence, speak for it, as a spokesman does. The organisation is named in capitals
    // (set off after its noun, or after its article), or by its noun alone, which the cast resolves
    // ("Fuentes de la compañía" is the company named before). `verb` is the first word after the
    // phrase, past a participle's short phrase ("consultadas por este periódico"); -1 with none.
    private Subject SourcesOpening(IReadOnlyList<Token> sentence, out int verb)
    {
        verb = -1;
        if (_cues.Phrase.OriginBody(sentence) is { IsFound: true } body)
        {
            return BodyOpening(sentence, body, out verb);
        }

        // "Des sources de l'entreprise assurent que …": the sources' article opens the sentence.
        if (_cues.Phrase.BodySourcesAfterOpeningArticle(sentence) is { IsFound: true } sourced)
        {
            return ReportedBySources(sentence, sourced, sourced.End, out verb);
        }

        if (sentence.Count < 5 || !sentence[0].IsCapitalized || !_cues.Words.SourceNouns.Contains(sentence[0].Span) || !sentence[1].IsLower)
        {
            return Subject.None;
        }

        Subject organisation;
        int end;
        // "Fonti dell'azienda": the body's noun elided into the link.
        if (_cues.Phrase.ElidedBodyNoun(sentence[1], _cues.Words.ElidedLinks) is { IsFound: true } elided)
        {
            return ReportedBySources(sentence, new Subject(SubjectKind.Organisation, elided.Text, 2), 2, out verb);
        }

        if (!(_cues.Words.OrganisationLinks.Contains(sentence[1].Span) || _cues.Is(sentence[1], WordClass.EmployerLink)
            || _cues.Words.WorkplaceLinks.Contains(sentence[1].Span)))
        {
            return Subject.None;
        }

        var at = _cues.Is(sentence[2], WordClass.Definite) && sentence[2].IsLower ? 3 : 2;
        end = at;
        // "Fuentes del ministerio", "Fonte da empresa": the article is in the link.
        var withArticle = at > 2 || _cues.Words.ContractedArticles.Contains(sentence[1].Span);
        if (sentence[at].IsCapitalized)
        {
            end = _cues.Phrase.OrganisationNameEnd(sentence, at);
            organisation = new Subject(SubjectKind.Name, Phrase.Join(sentence, at, end), end, isOrganisation: true);
        }
        else if (withArticle && sentence[at].IsLower && _cues.Is(sentence[at], WordClass.OrganisationNoun))
        {
            organisation = new Subject(SubjectKind.Organisation, sentence[at].Text, at + 1);
            end = at + 1;
            while (end < sentence.Count && end - at <= 2 && sentence[end].IsLower && !_cues.IsReportingVerb(sentence[end]))
            {
                end++;
            }

            // "la empresa constructora, Obras Levante,": its name set off after the noun.
            if (end + 1 < sentence.Count && sentence[end].Kind == TokenKind.Comma && sentence[end + 1].IsCapitalized)
            {
                var name = end + 1;
                var close = name;
                while (close < sentence.Count && close - name < Phrase.MaxNameWords && sentence[close].IsCapitalized)
                {
                    close++;
                }

                if (close < sentence.Count && sentence[close].Kind == TokenKind.Comma)
                {
                    organisation = new Subject(SubjectKind.Name, Phrase.Join(sentence, name, close), close, isOrganisation: true);
                    end = close + 1;
                }
            }
        }
        else
        {
            return Subject.None;
        }

        return ReportedBySources(sentence, organisation, end, out verb);
    }

    // The organisation whose sources the phrase up to `end` gives, when its reporting verb
    // follows, past a participle's short phrase; `verb` is where.
    private Subject ReportedBySources(IReadOnlyList<Token> sentence, Subject organisation, int end, out int verb)
    {
        const int MaxParticiplePhraseTokens = 5;
        verb = -1;
        for (var k = end; k < sentence.Count && k <= end + MaxParticiplePhraseTokens; k++)
        {
            if (!sentence[k].IsWord)
            {
                return Subject.None;
            }

            if (_cues.IsReportingVerb(sentence[k]))
            {
                verb = k;
                return organisation;
            }
        }

        return Subject.None;
    }

    // "Desde la Consejería de Sanidad insisten en que …", "Da Câmara Municipal garantem que …",
    // "Aus der Behörde hieß es, …": a body given as where the words come from, its verb right
    // after it with no subject of its own, plural ("insisten", "garantem") or impersonal ("hieß
    // es"). A comma after the body sets off who speaks from it ("Desde la empresa, su gerente,
    // …"), and a singular verb has a subject dropped or after it: neither is the body's.
    // "Du côté de la mairie, on assure que …", "Na câmara, garante-se que …", "Dal Comune si
    // precisa che …": an impersonal verb has no one as its subject, so its comma sets off no one.
    private Subject BodyOpening(IReadOnlyList<Token> sentence, Subject body, out int verb)
    {
        verb = -1;
        if (ImpersonalVerbAfter(sentence, body.End) is var impersonal and >= 0)
        {
            verb = impersonal;
            return body;
        }

        var k = _cues.Phrase.SkipFillers(sentence, body.End);
        if (k >= sentence.Count || !sentence[k].IsLower || !_cues.IsReportingVerb(sentence[k]) || !SpeaksImpersonally(sentence, k))
        {
            return Subject.None;
        }

        verb = k;
        return body;
    }

    // The impersonal verb of saying right after `at`, past a comma and its clitic or pronoun; -1 with none.
    private int ImpersonalVerbAfter(IReadOnlyList<Token> sentence, int at)
    {
        var k = at < sentence.Count && sentence[at].Kind == TokenKind.Comma ? at + 1 : at;
        if (k < sentence.Count && sentence[k].IsLower
            && (_cues.Words.ReadingClitics.Contains(sentence[k].Span) || _cues.Words.ImpersonalPronouns.Contains(sentence[k].Span)))
        {
            k++;
        }

        return _cues.IsImpersonalReport(sentence, k) ? k : -1;
    }

    // Whether the verb at `k` has no one as its subject: it ends as a plural does, or an
    // impersonal subject follows it ("hieß es").
    private bool SpeaksImpersonally(IReadOnlyList<Token> sentence, int k)
        => _cues.HasPluralEnding(sentence[k].Span)
        || _cues.IsImpersonalSubjectAt(sentence, k + 1);
}
