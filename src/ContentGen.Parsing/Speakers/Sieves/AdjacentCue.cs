using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S1: a cue right after the quote, in either order, with room for adverbs and time phrases:
/// <c>"…," said Acme press officer Jane Roe</c>, <c>"…", she insisted</c>, <c>« … », a précisé
/// jeudi sur franceinfo le ministre X</c>, <c>„…“, sagte er</c>, <c>„…“, so Vogt</c>.
/// </summary>
internal sealed partial class AdjacentCue : ISieve
{
    private readonly Cues _cues;

    public AdjacentCue(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        var after = After(sentence, quote + 1);
        if (after.Kind == SubjectKind.Pronoun)
        {
            // X said: "…," he added: the pronoun means X, named in this very sentence. A role
            // is left to the cast: "said Jane Roe, but '…,' the minister replied" sets another
            // beside her, unless the article made her minister.
            var earlier = _cues.FindReportingSubject(sentence, quote);
            return earlier.Kind == SubjectKind.Name ? earlier : after;
        }

        return after;
    }

    /// <summary>The subject of a cue that starts at <paramref name="start"/>, after a quote or a comma.</summary>
    public Subject After(IReadOnlyList<Token> sentence, int start)
    {
        var phrase = _cues.Phrase;
        var i = start;

        // "», ha assicurato.": with a comma between, a verb after the quote may have dropped its subject.
        var mayDrop = start < sentence.Count && sentence[start].Kind == TokenKind.Comma;
        while (i < sentence.Count && sentence[i].Kind is TokenKind.Comma or TokenKind.Other)
        {
            i++;
        }

        // "«…»: è il commento del sindaco X": past a colon, only a response's noun says whose words they were.
        if (i + 1 < sentence.Count && sentence[i].Kind == TokenKind.Colon)
        {
            return ResponseAfterQuote(sentence, i + 1);
        }

        if (i >= sentence.Count || !sentence[i].IsWord)
        {
            return Subject.None;
        }

        // "…", dit-elle; "…", craint-il: any verb with its pronoun inverted after a quote reports it.
        // The pronoun's gender is in the word ("a-t-elle").
        if (sentence[i].IsLower && _cues.HasInvertedPronoun(sentence[i].Span))
        {
            return new Subject(SubjectKind.Pronoun, sentence[i].Text, 0);
        }

        // "…," came the reply from X; « … », fut la réponse de X: a response's noun after a verb that brings it on.
        if (ResponseAfterQuote(sentence, i) is { IsFound: true } reply)
        {
            return reply;
        }

        // "«…», si legge nella nota", "« … », peut-on lire dans le communiqué": a document's words.
        if (ImpersonalReading(sentence, i) is { IsFound: true } read)
        {
            return read;
        }

        // "», explique-t-on à l'ARS": no one in particular, at the organisation named after it.
        if (sentence[i].IsLower && _cues.HasImpersonalPronoun(sentence[i].Span))
        {
            return ImpersonalSource(sentence, i + 1);
        }

        // "…", so Vogt; "…", aldus de woordvoerder
        // An auxiliary or a copula after the name makes it a clause's subject: "«…», così X è
        // stato accolto" tells how X was greeted.
        if (sentence[i].IsLower && _cues.Words.InvertedCues.Contains(sentence[i].Span))
        {
            var named = phrase.ReadForward(sentence, i + 1);
            return named.End < sentence.Count && sentence[named.End].IsLower
                && _cues.Is(sentence[named.End], WordClass.Filler | WordClass.Copula)
                ? Subject.None
                : named;
        }

        // "„…“, zeigte sich X zuversichtlich", "«…», se mostró optimista X": a reflexive verb of stance (Cues.Stance.cs).
        if (_cues.ReflexiveStanceSubject(sentence, i, phrase.SkipFillers(sentence, i), mayDrop) is { IsFound: true } stance)
        {
            return stance;
        }

        // "„…“, heißt es in dem Bericht": a report with no subject speaks with the document's words.
        if (_cues.IsReportingVerb(sentence[i]) && _cues.IsImpersonalSubjectAt(sentence, i + 1)
            && DocumentSource(sentence, i + 2) is { IsFound: true } document)
        {
            return document;
        }

        // "„…“, heißt es aus der Behörde", "«…», spiegano dall'azienda": a body the words come
        // from; "hieß es aus Berlin", a place, is no one.
        if (SpokenFrom(sentence, i, out var body))
        {
            return body;
        }

        // "„…“, sagen die Anwohner", "‘…’, benadrukken de bewoners": the present plural, spelt as
        // the lemma, reports only a group in the plural after it (Phrase.OpensGroup checks both).
        if (_cues.Phrase.IsPresentPluralAfterQuote(sentence, i) && _cues.ReadInverted(sentence, i + 1) is { Kind: SubjectKind.Group } group)
        {
            return group;
        }

        // "'…', luidt de verklaring van X": a document's words (AdjacentCue.DocumentReads.cs).
        if (DocumentAfterItsVerb(sentence, i) is { IsFound: true } inverted)
        {
            return inverted;
        }

        // "…," shop owner X, told Associated Press: who follows a listener verb listened.
        if (_cues.ReportsBesideQuote(sentence[i]))
        {
            return _cues.IsListenerOnly(sentence[i]) ? Subject.None : _cues.ReadInverted(sentence, i + 1, mayDrop);
        }

        // "„…“, fügte sie hinzu", "„…“, voegde hij eraan toe": a split verb reports when its particle closes the cue.
        if (_cues.Words.SplitStems.Contains(sentence[i].Span) && _cues.ReadInverted(sentence, i + 1) is { IsFound: true } split
            && _cues.SplitReportEnd(sentence, i, split.End) >= 0)
        {
            return split;
        }

        // "…", a déclaré X; "…", ha poi aggiunto: an auxiliary and adverbs before the verb
        var verbAfterAuxiliary = phrase.SkipFillers(sentence, PastListenersClitic(sentence, i));
        if (verbAfterAuxiliary > i && verbAfterAuxiliary < sentence.Count && _cues.ReportsBesideQuote(sentence[verbAfterAuxiliary]))
        {
            return _cues.ReadInverted(sentence, verbAfterAuxiliary + 1, mayDrop);
        }

        // "», a fait savoir X", "», a tenu à rappeler X": a verb phrase that reports.
        if (verbAfterAuxiliary < sentence.Count && _cues.ReportingPhraseEnd(sentence, verbAfterAuxiliary) is var last and >= 0)
        {
            return _cues.ReadInverted(sentence, last + 1, mayDrop);
        }

        // "…," Mr Lomax's statement said: the document's owner (AdjacentCue.DocumentReads.cs).
        if (PossessedDocumentBeforeVerb(sentence, i) is { IsFound: true } possessed)
        {
            return possessed;
        }

        // "« … », grince Jean Roux.": a verb no list holds (AdjacentCue.UnlistedVerb.cs).
        if (mayDrop && OpensSentence(sentence, start - 1) && UnlistedVerbBeforeName(sentence, i) is { IsFound: true } unlisted)
        {
            return unlisted;
        }

        var subject = phrase.ReadForward(sentence, PastOwnersArticle(sentence, i));
        var verb = phrase.SkipFillers(sentence, subject.End);

        // "…," David Marsh from Intervoice said: where the person works, before the verb.
        if (subject.Kind == SubjectKind.Name && phrase.AfterEmployer(sentence, verb) is var employed and > 0)
        {
            verb = phrase.SkipFillers(sentence, employed);
        }

        // "…," Joseph Varga, general secretary of the forum, said
        if (subject.Kind == SubjectKind.Name && verb < sentence.Count && sentence[verb].Kind == TokenKind.Comma)
        {
            if (VerbAfterStrayComma(sentence, verb) is var stray and >= 0)
            {
                verb = stray;
            }
            else if (phrase.AfterAppositive(sentence, verb) is var after and >= 0)
            {
                verb = phrase.SkipFillers(sentence, after);
            }
            else if (VerbAfterOpenAppositive(sentence, verb) is var open and >= 0)
            {
                verb = open;
            }
            else if (VerbAfterUnclosedEmployer(sentence, verb) is var employerEnd and >= 0)
            {
                verb = employerEnd;
            }
        }

        // "…," she went on: a split verb reports when its particle closes the cue right after it.
        // "…?" Tory MP Peter Daws said that the law was "…": after a quote that ends its own
        // sentence, a verb that goes on with "that" reports words of its own, not the quote.
        var reports = verb < sentence.Count && (_cues.ReportsBesideQuote(sentence[verb]) || (IsDocumentVerb(sentence[verb]) && OpensDocument(sentence, i))
            || _cues.SplitReportEnd(sentence, verb, verb + 1) >= 0);
        return subject.IsFound && reports && !(EndsSentence(sentence[start - 1]) && OpensClause(sentence, verb + 1))
            ? subject
            : Subject.None;
    }

    // "…," Ann Marlow from the traders' guild, told the Gazette; "«…», Marco Bassi, ha detto": a
    // comma the writer put between the name and its verb, with nothing else between them. The
    // verb's index, or -1.
    private int VerbAfterStrayComma(IReadOnlyList<Token> sentence, int comma)
    {
        var verb = _cues.Phrase.SkipFillers(sentence, comma + 1);
        return verb < sentence.Count && sentence[comma + 1].IsLower && sentence[verb].IsLower && _cues.ReportsBesideQuote(sentence[verb]) ? verb : -1;
    }

    // "…," Paul Grant, the union's general secretary told reporters: an appositive the writer
    // never closed runs up to the verb, and the name before it speaks. Only a run of words that
    // holds a role or title, with no pronoun, conjunction or "that" among them, is such an
    // appositive; the verb's index, or -1. A capitalised word right after a role or title names
    // someone else ("…," Jane Roe, the minister Ann Lee said), so the run is no appositive of hers.
    private int VerbAfterOpenAppositive(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxAppositiveWords = 8;
        var words = _cues.Words;
        var role = false;
        var afterRole = false;
        for (var k = comma + 1; k < sentence.Count && k <= comma + MaxAppositiveWords && sentence[k].IsWord; k++)
        {
            var word = sentence[k];
            if (role && _cues.IsReportingVerb(word))
            {
                return k;
            }

            var isRole = WordClasses.Has(words, word, WordClass.TitleOrRole) || words.SpokesNouns.Contains(word.Span);
            if (afterRole && word.IsCapitalized && !isRole)
            {
                return -1;
            }

            if (word.IsLower && (WordClasses.Has(words, word, WordClass.Pronoun | WordClass.Coordinator | WordClass.Complementiser)
                || words.RelativePronouns.Contains(word.Span)))
            {
                return -1;
            }

            afterRole = isRole;
            role |= isRole;
        }

        return -1;
    }

    // "à l'ARS", "appris auprès de la préfecture de la Somme": after a verb or two, a medium's
    // word and the organisation it names. A place or a circle of people ("dans l'entourage du
    // ministre", "à Saint-Aubin") is no organisation, and no one.
    private Subject ImpersonalSource(IReadOnlyList<Token> sentence, int from)
    {
        const int MaxVerbWords = 2;
        for (var k = from; k < sentence.Count && k <= from + MaxVerbWords && sentence[k].IsLower; k++)
        {
            if (!_cues.Is(sentence[k], WordClass.Medium))
            {
                continue;
            }

            var start = k + 1;
            if (start < sentence.Count && sentence[start].IsLower && _cues.Is(sentence[start], WordClass.EmployerLink))
            {
                start++;
            }

            var source = _cues.Phrase.ReadForward(sentence, start);
            return source.Kind == SubjectKind.Name && source.IsOrganisation ? source : Subject.None;
        }

        return Subject.None;
    }

    // "in dem Bericht", "in einer Mitteilung der Gewerkschaft": past adverbs, a preposition of
    // place, an article and a document's noun. The document's issuer when the words name one,
    // else the noun, which the cast resolves to the latest document's issuer; none otherwise.
    private Subject DocumentSource(IReadOnlyList<Token> sentence, int from)
    {
        var words = _cues.Words;
        var k = SkipReadingGoingOn(sentence, _cues.Phrase.SkipFillers(sentence, from));
        // "im Bericht", "num breve comunicado": a document's noun, or one described (Phrase.DescribedDocument.cs).
        if (k + 1 < sentence.Count && sentence[k].IsLower && words.LocativeArticles.Contains(sentence[k].Span)
            && _cues.Phrase.DescribedDocumentNoun(sentence, k + 1) is var fused and >= 0)
        {
            return DocumentNamedAt(sentence, fused);
        }

        if (k + 2 >= sentence.Count || !sentence[k].IsLower || !words.Locatives.Contains(sentence[k].Span)
            || !sentence[k + 1].IsLower || !WordClasses.Has(words, sentence[k + 1], WordClass.Article)
            || !sentence[k + 2].IsWord)
        {
            return Subject.None;
        }

        var noun = _cues.Phrase.DescribedDocumentNoun(sentence, k + 2);
        return noun < 0 ? OwnerJoinedToDocument(sentence, k + 2) : DocumentNamedAt(sentence, noun);
    }

    // The issuer the words after a document's noun name, or the noun when none follow.
    private Subject DocumentNamedAt(IReadOnlyList<Token> sentence, int noun)
    {
        if (noun + 1 >= sentence.Count || !sentence[noun + 1].IsWord)
        {
            return new Subject(SubjectKind.Organisation, sentence[noun].Text, noun + 1);
        }

        if (_cues.Phrase.IssuerAfterParticiple(sentence, noun) is { IsFound: true } issued)
        {
            return issued;
        }

        var issuer = _cues.Phrase.DocumentIssuer(sentence, noun);
        return issuer.Kind is SubjectKind.Name or SubjectKind.Organisation && !Phrase.GoesOn(sentence, issuer.End) ? issuer : Subject.None;
    }

    private static bool EndsSentence(Token quote)
        => quote.Kind == TokenKind.Quote && quote.Span.Length == 1 && Structure.Punctuation.IsTerminal(quote.First);

    private bool OpensClause(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && sentence[next].IsLower && _cues.Is(sentence[next], WordClass.Complementiser);
}
