using System.Collections.Generic;
using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Speakers;

// S3 read from the clause's start: "Der Wahlleiter der Stadt, Thomas Engel, sprach von einem „…“
// Ablauf", "Zijn advocaat, mr. Ruud Verhagen, noemde de straf "…"", "Ortlepp, sichtlich um
// Sachlichkeit bemüht, sagte zu, den Vorschlag „…“ … zu besprechen". The quote stands in the
// predicate of the verb that follows the sentence's opening subject; that subject, read forward
// past its description, insert or appositive (SpeakerFinder.Subjects.cs), is who spoke. Reading
// back from the verb stops at the insert's last words, or reads them as the subject ("Die
// Opposition im Kreistag nannte" is not the Kreistag's).
internal sealed partial class SpeakerFinder
{
    // A partial quote is the object or complement of its verb: a few words after it, inside its clause.
    private const int MaxPredicateTokens = 16;

    /// <summary>The finder's own sieve for the rule above: it reads the opening subject the finder keeps for the sentence.</summary>
    private sealed class OpeningSubjectGoverns : ISieve
    {
        private readonly SpeakerFinder _finder;

        public OpeningSubjectGoverns(SpeakerFinder finder)
        {
            _finder = finder;
        }

        public Subject Find(IReadOnlyList<Token> sentence, int quote) => _finder.GoverningOpeningSubject(sentence, quote);
    }

    // The sentence's opening subject, when its verb reports and governs the quote: the quote
    // follows the verb within its clause, with no other verb of saying, no other quote, colon or
    // clause with a subject of its own between.
    private Subject GoverningOpeningSubject(IReadOnlyList<Token> sentence, int quote)
    {
        if (NamesTerm(sentence, quote))
        {
            return Subject.None;
        }

        var opening = SourcesOpening(sentence, out var first);
        if (!opening.IsFound)
        {
            opening = OpeningSubject(sentence);
            first = _openingVerb;
        }

        if (!opening.IsFound)
        {
            opening = LeadingPhrase(sentence);
            first = SetOffNameVerb(sentence, opening);
        }

        if (!(opening.Kind == SubjectKind.Name || (opening.Kind == SubjectKind.Organisation && opening.Text.Length > 0)) || first < 0 || first >= quote
            || (opening.Kind == SubjectKind.Name && !IsSomeoneNamed(opening)))
        {
            return Subject.None;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, first);
        if (verb >= quote || quote - verb > MaxPredicateTokens || !_cues.IsReportingVerb(sentence[verb]) || IsPassive(sentence, first, verb))
        {
            return Subject.None;
        }

        for (var k = verb + 1; k < quote; k++)
        {
            if (EndsPredicate(sentence, k))
            {
                return Subject.None;
            }
        }

        return new Subject(opening.Kind, opening.Text, verb, opening.Employer, opening.IsOrganisation, opening.IsDocumentOwner, opening.IsEpithet, opening.IsBody);
    }

    // "Der Wahlleiter der Stadt, Thomas Engel, sprach": the leading phrase is a name set off by
    // commas after its description, and the word after its closing comma is its verb. Returns
    // that word's index, or -1.
    private static int SetOffNameVerb(IReadOnlyList<Token> sentence, Subject lead)
    {
        // The phrase read forward ends past the name's closing comma, at the verb.
        var comma = lead.End - 1;
        if (lead.Kind != SubjectKind.Name || comma < 3 || lead.End >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || !sentence[lead.End].IsLower)
        {
            return -1;
        }

        var start = comma - 1;
        while (start > 0 && comma - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        return start > 1 && start < comma && sentence[start - 1].Kind == TokenKind.Comma ? lead.End : -1;
    }

    // "Tom Vale is accused of "hiding" losses", "è stato definito «…» dal comitato": a passive's
    // subject is whom the words are about; its agent, if any, spoke.
    private bool IsPassive(IReadOnlyList<Token> sentence, int first, int verb)
    {
        for (var k = first; k < verb; k++)
        {
            if (_cues.Words.PassiveAuxiliaries.Contains(sentence[k].Span))
            {
                return true;
            }
        }

        return false;
    }

    // "visitó el «Museo del Mar»", "sprach im „Haus am See“": a quote right after an article names
    // a thing as often as it gives words. Reading back from a verb of saying, as before, may still
    // give it a speaker ("denounced the "reckless" plan"); read from the clause's start, it takes none.
    private bool NamesTerm(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote == 0 || !sentence[quote - 1].IsWord)
        {
            return false;
        }

        var before = sentence[quote - 1];
        return _cues.Is(before, WordClass.Definite) || _cues.Words.PluralDefinites.Contains(before.Span)
            || _cues.Words.ContractedArticles.Contains(before.Span) || _cues.Words.TermMarkers.Contains(before.Span);
    }

    // "Fuentes de la Guardia Civil señalaron que «…»", "Fonte do ministério disse que …", "Fuentes de
    // la empresa constructora, Obras Levante, aseguraron que …": unnamed sources of an organisation,
    // opening the sentence, speak for it, as a spokesman does. The organisation is named in capitals
    // (set off after its noun, or after its article), or by its noun alone, which the cast resolves
    // ("Fuentes de la compañía" is the company named before). `verb` is the first word after the
    // phrase, past a participle's short phrase ("consultadas por este periódico"); -1 with none.
    private Subject SourcesOpening(IReadOnlyList<Token> sentence, out int verb)
    {
        const int MaxParticiplePhraseTokens = 5;
        verb = -1;
        if (sentence.Count < 5 || !sentence[0].IsCapitalized || !_cues.Words.SourceNouns.Contains(sentence[0].Span) || !sentence[1].IsLower
            || !(_cues.Words.OrganisationLinks.Contains(sentence[1].Span) || _cues.Words.EmployerLinks.Contains(sentence[1].Span)))
        {
            return Subject.None;
        }

        var at = _cues.Is(sentence[2], WordClass.Definite) && sentence[2].IsLower ? 3 : 2;
        Subject organisation;
        var end = at;
        if (sentence[at].IsCapitalized)
        {
            while (end < sentence.Count && end - at < Phrase.MaxNameWords && (sentence[end].IsCapitalized || (sentence[end].IsLower
                && _cues.Words.OrganisationLinks.Contains(sentence[end].Span) && end + 1 < sentence.Count && sentence[end + 1].IsCapitalized)))
            {
                end++;
            }

            organisation = new Subject(SubjectKind.Name, Phrase.Join(sentence, at, end), end, isOrganisation: true);
        }
        else if (at > 2 && sentence[at].IsLower && _cues.Is(sentence[at], WordClass.OrganisationNoun))
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

    // A person's name or an organisation's, not a capitalised word opening the sentence ("Ha
    // prometido «…»" drops its subject, which the governing verb's own reading finds).
    private bool IsSomeoneNamed(Subject opening)
        => opening.IsOrganisation || _cast.IsOrganisation(opening.Text) || IsPersonNamed(_names.Complete(opening.Text) ?? opening.Text);

    // Whether the token at `k` ends the reporting verb's hold on what follows: a quote, a colon or
    // a semicolon; another reporting verb, which has its own subject ("…, sagte, Roe nenne es
    // „…“"); a subordinator, or a conjunction before a new subject ("and the mayor called it").
    private bool EndsPredicate(IReadOnlyList<Token> sentence, int k)
    {
        var token = sentence[k];
        if (token.Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Terminal || (token.Kind == TokenKind.Other && token.First == ';'))
        {
            return true;
        }

        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        if (_cues.IsReportingVerb(token) || _cues.Words.Subordinators.Contains(token.Span))
        {
            return true;
        }

        if (!(_cues.Words.Coordinators.Contains(token.Span) || _cues.Words.Contrasts.Contains(token.Span)) || k + 1 >= sentence.Count)
        {
            return false;
        }

        var next = sentence[k + 1];
        return next.IsWord && (next.IsCapitalized || _cues.Words.Pronouns.Contains(next.Span)
            || _cues.Is(next, WordClass.Definite | WordClass.Indefinite));
    }
}
