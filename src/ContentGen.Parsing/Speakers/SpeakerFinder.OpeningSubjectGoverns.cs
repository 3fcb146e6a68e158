using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// S3 read from the clause's start: "Der Wahlleiter der Stadt, Thomas Engel, sprach von einem „…“
// Ablauf", "Zijn advocaat, mr. Ruud Verhagen, noemde de straf "…"", "Ortlepp, sichtlich um
// Sachlichkeit bemüht, sagte zu, den Vorschlag „…“ … zu besprechen". The quote stands in the
// predicate of the verb that follows the sentence's opening subject; that subject, read forward
// past its description, insert or appositive (SpeakerFinder.Subjects.cs), is who spoke. Reading
// back from the verb stops at the insert's last words, or reads them as the subject ("Die
// Opposition im Kreistag nannte" is not the Kreistag's). The clause's start may also be unnamed
// sources of an organisation (SpeakerFinder.SourcesOpening.cs) or, where the verb stands second,
// a phrase after which the subject follows the verb (SpeakerFinder.VerbSecondOpening.cs).
internal sealed partial class SpeakerFinder
{
    // A partial quote is the object or complement of its verb: a few words after it, inside its clause.
    private const int MaxPredicateTokens = 16;

    // The sentence's opening subject, when its verb reports and governs the quote: the quote
    // follows the verb within its clause, with no other verb of saying, no other quote, colon or
    // clause with a subject of its own between.
    private Subject GoverningOpeningSubject(IReadOnlyList<Token> sentence, int quote)
    {
        if (NamesTerm(sentence, quote) || OpeningSubjectCannotGovern(sentence, _cues.Words))
        {
            return Subject.None;
        }

        // Read from its sources, the organisation is known: "de Sanidad" in its name is no place
        // it is in. "Aus der Behörde hieß es" is read so before its verb-second reading, whose
        // subject "es" is no one.
        var opening = SourcesOpening(sentence, out var first);
        var sourced = opening.IsFound;
        if (!sourced && SubjectAfterOpeningPhrase(sentence, quote) is { IsFound: true } inverted)
        {
            return inverted;
        }

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
            || (opening.Kind == SubjectKind.Name && !sourced && !IsSomeoneNamed(sentence, opening)))
        {
            return Subject.None;
        }

        var verb = _cues.Phrase.SkipFillers(sentence, first);
        if (verb >= quote || quote - verb > MaxPredicateTokens || !(_cues.IsReportingVerb(sentence[verb]) || _cues.GovernsAsLimitingPhrase(sentence, verb, quote)) || IsPassive(sentence, first, verb))
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

    // A person's name or an organisation's, not a capitalised word opening the sentence ("Ha
    // prometido «…»" drops its subject, which the governing verb's own reading finds).
    // "Two pensioners near Ashcombe Green told …": a name after a preposition is a place or whom
    // someone speaks for, not the subject.
    private bool IsSomeoneNamed(IReadOnlyList<Token> sentence, Subject opening)
        => (opening.IsOrganisation || _cast.IsOrganisation(opening.Text) || IsPersonNamed(_names.Complete(opening.Text) ?? opening.Text))
        && !AfterPreposition(sentence, opening.End);

    // Whether the capitalised run that ends before `end` (or before the comma there) stands right
    // after a lower-case link or preposition.
    private bool AfterPreposition(IReadOnlyList<Token> sentence, int end)
    {
        var last = end - 1;
        if (last > 0 && last < sentence.Count && sentence[last].Kind == TokenKind.Comma)
        {
            last--;
        }

        var start = last;
        while (start > 0 && last - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        if (start <= 0 || start > last || !sentence[start - 1].IsLower)
        {
            return false;
        }

        var word = sentence[start - 1];
        return _cues.Is(word, WordClass.Preposition | WordClass.EmployerLink) || _cues.Words.Locatives.Contains(word.Span)
            || _cues.Words.OrganisationLinks.Contains(word.Span) || _cues.Words.PassiveAgents.Contains(word.Span);
    }

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

        if (_cues.IsReportingVerb(token) || _cues.IsSubordinator(sentence, k))
        {
            return true;
        }

        if (!_cues.Is(token, WordClass.Coordinator | WordClass.Contrast) || k + 1 >= sentence.Count)
        {
            return false;
        }

        var next = sentence[k + 1];
        return next.IsWord && (next.IsCapitalized || _cues.Is(next, WordClass.Pronoun)
            || _cues.Is(next, WordClass.Article));
    }
}
