using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S6: <c>according to X</c>, <c>selon X</c>, <c>laut X</c>, <c>según X</c> and the like, and the
/// French view <c>Pour X, « … »</c>. It runs after the verb sieves, so a nested verb's own subject
/// wins: <c>According to aides, the minister said: "…"</c> is the minister's.
/// </summary>
internal sealed partial class AccordingTo : ISieve
{
    // How far before a quote's comma "Pour" may stand: a name, and the appositive or relative
    // clause that describes its holder ("Pour Hélène Garnier, qui dirige le foyer depuis 2019, « … »").
    private const int MaxHolderReach = 20;
    private const int MaxPhraseWords = 4;
    private readonly Cues _cues;

    public AccordingTo(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        // "D'après Marie Leroy, « … », tandis que selon le préfet, « … »": a source given before
        // an earlier quote of the sentence is that quote's, not this one's.
        var from = Math.Max(0, quote - Cues.MaxReach);
        for (var k = quote - 1; k > from; k--)
        {
            if (sentence[k].Kind == TokenKind.Quote)
            {
                // "… fue «un desastre» y costó «demasiado»": AccordingTo.CoordinatedFragment.cs.
                if (IsCoordinatedFragment(sentence, k, quote))
                {
                    return Find(sentence, k);
                }

                from = k + 1;
                break;
            }
        }

        for (var i = from; i < sentence.Count && i <= quote + Cues.MaxReach; i++)
        {
            var words = PhraseLength(sentence, i);
            if (words > 0)
            {
                var subject = ReadView(sentence, i + words, accordingTo: true);
                if (subject.IsFound)
                {
                    return i < quote && ReportsThroughSomeoneElse(sentence, subject.End, quote) ? Subject.None : subject;
                }
            }
            else if (PossessiveView(sentence, i) is { IsFound: true } own)
            {
                return i < quote && ReportsThroughSomeoneElse(sentence, own.End, quote) ? Subject.None : own;
            }

            if (SourceBefore(sentence, i) is { IsFound: true } source)
            {
                return source;
            }

            if (InsertSource(sentence, i) is { IsFound: true } inserted)
            {
                return inserted;
            }
        }

        var view = View(sentence, quote);
        return view.IsFound ? view : OpeningView(sentence, quote) is { IsFound: true } opening ? opening : OpeningViewVerbSecond(sentence, quote);
    }

    // "Pour elle, ce règlement ne sert qu'à « compliquer la vie des familles »." A view that opens its
    // sentence covers the words the sentence ends on in quotes, when nobody else reports between:
    // the one clause after the comma says what the view holder thinks.
    private Subject OpeningView(IReadOnlyList<Token> sentence, int quote)
    {
        if (sentence.Count < 4 || !sentence[0].IsCapitalized || !_cues.Words.ViewPrepositions.Contains(sentence[0].Span))
        {
            return Subject.None;
        }

        var endsClause = EndsSentence(sentence, quote) || (EndsViewClause(sentence, quote) && !NamesTheNounBefore(sentence, quote));
        if (!endsClause && !(OpensLower(sentence, quote) && NoCueAfter(sentence, quote)))
        {
            return Subject.None;
        }

        var subject = ReadView(sentence, 1);
        if (subject.Kind is not (SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun) || subject.End >= quote - 1 || sentence[subject.End].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        // "Para o ambientalista Caio Nunes, da ONG Cerrado Vivo, a tragédia era “anunciada”": past
        // an appositive set off by commas (where the holder works, a role), the clause is the view's.
        var clause = subject.End + 1;
        if (subject.Kind == SubjectKind.Name && _cues.Phrase.AfterAppositive(sentence, subject.End) is var past and > 0 && past < quote)
        {
            clause = past;
        }
        else if (subject.Kind == SubjectKind.Name && _cues.Phrase.AfterRelativeClause(sentence, subject.End) is var pastRelative and > 0 && pastRelative < quote)
        {
            // "Pour Hélène Garnier, dont le foyer accueille trente jeunes, la fermeture est « … »":
            // a relative clause describes the holder as an appositive does.
            clause = pastRelative;
        }
        else if (subject.Kind == SubjectKind.Name && AfterDescribingInsert(sentence, subject.End, quote) is var pastInsert and > 0)
        {
            // "Para a agricultora Ana Rocha, instalada aqui há dez anos, o projeto é «…»": AccordingTo.DescribedViewHolder.cs.
            clause = pastInsert;
        }

        // "Pour la maire, X, la commune « ne pourra pas porter seule » les frais de la roue et du bief.":
        // see AccordingTo.PredicateQuote.cs.
        if (!endsClause && !(subject.Kind == SubjectKind.Name && QuoteIsClausePredicate(sentence, clause) && clause + MaxSubjectWords + 1 >= quote))
        {
            return Subject.None;
        }

        for (var k = clause; k < quote; k++)
        {
            // "… de déclarer que le centre était « … »", "le maire juge « … »", "Jean Roe a « … »":
            // a reported clause, a role or a name brings in someone else whose words they may be.
            var token = sentence[k];
            // A second clause after a comma ("Pour X, la réforme a échoué, « … »") may be anyone's.
            if (token.Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Comma || token.IsCapitalized || _cues.IsReportingVerb(token)
                || (token.IsWord && _cues.Is(token, WordClass.Complementiser | WordClass.TitleOrRole)))
            {
                return Subject.None;
            }
        }

        return NamedInFull(subject);
    }

    // "Per Natale, «…»", "Para Lisboa, “…”": one capitalised word after a view's preposition is
    // a feast or a place as often as a surname, so it holds a view only as the surname of someone
    // the article names in full, as a described name does.
    private static Subject NamedInFull(Subject subject)
        => subject.Kind == SubjectKind.Name && subject.Text.IndexOf(' ') < 0 && !subject.IsEpithet
            ? subject.AsDescribedName()
            : subject;

    // "Para a coordenadora Helena Martins, a empresa teve lucros “recorde” em 2025.", "Pour le maire,
    // c'est « un coup de massue » pour les commerces.": the quote stands in the view's one clause
    // when the words after it, to the sentence's end, only finish that clause: no comma, quote or
    // colon, no verb of saying, no conjunction that opens another clause.
    private bool EndsViewClause(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = quote + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.Comma || _cues.IsReportingVerb(token)
                || (token.IsWord && (_cues.Is(token, WordClass.Coordinator | WordClass.Contrast) || _cues.IsSubordinator(sentence, k)
                    || _cues.Is(token, WordClass.Complementiser))))
            {
                return false;
            }
        }

        return true;
    }

    // "Pour elle, le projet « Habiter Valmont autrement » devra être revu": inside the clause, a
    // quote right after an article and its noun is that noun's name, no one's words.
    private bool NamesTheNounBefore(IReadOnlyList<Token> sentence, int quote)
        => quote >= 2 && sentence[quote - 1].IsLower && !OpensLower(sentence, quote) && sentence[quote - 2].IsWord
        && (_cues.Is(sentence[quote - 2], WordClass.Definite) || _cues.Words.PluralDefinites.Contains(sentence[quote - 2].Span) || _cues.Words.Demonstratives.Contains(sentence[quote - 2].Span));

    // Whether nothing but punctuation follows the quote in its sentence.
    private static bool EndsSentence(IReadOnlyList<Token> sentence, int quote)
    {
        for (var k = quote + 1; k < sentence.Count; k++)
        {
            if (sentence[k].IsWord || sentence[k].Kind == TokenKind.Quote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The source an <c>according to</c> phrase gives anywhere within reach of a sentence's start,
    /// quote or none: "Cable firms, according to an ntl spokesman, are better placed" reports the
    /// spokesman's view, so the last speaker's turn is over.
    /// </summary>
    public Subject FindSource(IReadOnlyList<Token> sentence)
    {
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
        {
            var words = PhraseLength(sentence, i);
            if (words > 0 && ReadView(sentence, i + words, accordingTo: true) is { IsFound: true } subject)
            {
                return subject;
            }

            if (words == 0 && PossessiveView(sentence, i) is { IsFound: true } own)
            {
                return own;
            }
        }

        return Subject.None;
    }

    /// <summary>
    /// The named holder of a view that opens a sentence with no quote, the name closed by a comma:
    /// "Pour la conseillère Sophie Marin, une famille paiera plus cher." gives Sophie Marin, whom a
    /// later pronoun may mean as it may mean an "according to" source. Whether the name is a
    /// person's is the caller's to show.
    /// </summary>
    public Subject OpeningViewHolder(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 4 || !sentence[0].IsCapitalized || !_cues.Words.ViewPrepositions.Contains(sentence[0].Span))
        {
            return Subject.None;
        }

        var subject = ReadView(sentence, 1);
        return subject.Kind == SubjectKind.Name && subject.End < sentence.Count && sentence[subject.End].Kind == TokenKind.Comma ? subject
            : VerbSecondViewHolder(sentence) is { Kind: SubjectKind.Name } holder && holder.Text.IndexOf(' ') > 0 ? holder : Subject.None;
    }

    // "Das Geld ist Katrin Vogel zufolge „…“": a name or a role right before a word that gives its
    // source after it. German writes its nouns with a capital, so capitalised words after an
    // article ("Dem Bericht zufolge", "Einer Umfrage zufolge") are a noun, and a sentence's first
    // word may be an adjective ("Ersten Schätzungen zufolge"): words that open the sentence give
    // no source but a role's holder, and one word only the surname of someone named in full.
    private Subject SourceBefore(IReadOnlyList<Token> sentence, int i)
    {
        if (i == 0 || !sentence[i].IsLower || !_cues.Is(sentence[i], WordClass.AccordingToStart) || !_cues.Words.AccordingToAfter.Contains(sentence[i].Span))
        {
            return Subject.None;
        }

        // "Ihm zufolge ist die Brücke „…“": see AccordingTo.ObjectPronounView.cs.
        if (ObjectPronounBefore(sentence, i) is { IsFound: true } pronoun)
        {
            return pronoun;
        }

        var first = i;
        while (first > 0 && sentence[first - 1].IsCapitalized && !IsArticle(sentence[first - 1]))
        {
            first--;
        }

        if (first == i || (first > 0 && sentence[first - 1].IsWord && IsArticle(sentence[first - 1])))
        {
            // "Dem Gutachter Thomas Brenner zufolge": AccordingTo.ArticleNounName.cs.
            return first == i ? Subject.None : NameAfterPersonsNoun(sentence, first, i);
        }

        var source = _cues.Phrase.ReadBackward(sentence, i);
        if (source.Kind == SubjectKind.Role)
        {
            return source;
        }

        if (source.Kind != SubjectKind.Name || (first == 0 && i - first > 1))
        {
            return Subject.None;
        }

        return i - first == 1 ? source.AsDescribedName() : source;
    }

    private bool IsArticle(Token word) => _cues.Is(word, WordClass.Article);

    // "Ohne die Mühle, so Brandt, verliere das Dorf „…“", "De rondweg is, aldus burgemeester X,
    // „…“": a word that gives its source after a quote (the lexicons' InvertedCues) also gives it
    // set off by commas inside the sentence, over the sentence's quotes. The source must close
    // the insert with its comma: "so klein, so eng" names no one.
    private Subject InsertSource(IReadOnlyList<Token> sentence, int i)
    {
        if (i == 0 || sentence[i - 1].Kind != TokenKind.Comma || !sentence[i].IsLower || !_cues.Words.InvertedCues.Contains(sentence[i].Span))
        {
            return Subject.None;
        }

        var source = _cues.Phrase.ReadForward(sentence, i + 1);
        return source.Kind is SubjectKind.Name or SubjectKind.Role && source.End < sentence.Count && sentence[source.End].Kind == TokenKind.Comma
            ? source
            : Subject.None;
    }

    // Whose view follows "selon" or "pour": a name or a role, or a pronoun in its stressed form
    // too ("selon lui", "d'après elle", "pour lui").
    private Subject ReadView(IReadOnlyList<Token> sentence, int start, bool accordingTo = false)
    {
        if (Circle(sentence, start) is { IsFound: true } circle)
        {
            return circle;
        }

        if (start < sentence.Count && sentence[start].IsLower && !(accordingTo && OpensNounPhrase(sentence, start))
            && _cues.IsPronounOfOne(sentence[start]))
        {
            return new Subject(SubjectKind.Pronoun, sentence[start].Text, start + 1);
        }

        // "according to him", "volgens hem", "laut ihm": see AccordingTo.ObjectPronounView.cs.
        if (ObjectPronounView(sentence, start) is { IsFound: true } objectPronoun)
        {
            return objectPronoun;
        }

        // "Per il capogruppo di Roccaverde Futura, Paolo Brambati, il cantiere è costato «…»": a
        // role described first, then its holder between commas, holds a view whose clause says what
        // something is (a copula before the quote). "Per" is also "for": "Per il nuovo allenatore,
        // Marco Riva, la società ha preparato «…»" says whom a thing was done for.
        if (_cues.Phrase.ReadNameAfterDescription(sentence, start, out _) is { IsFound: true } described
            && (ClauseSaysWhatSomethingIs(sentence, described.End + 1) || QuoteIsClausePredicate(sentence, described.End + 1)))
        {
            return described;
        }

        // "secondo una nota del Comune", "according to a statement from the council": the body the document speaks for.
        if (_cues.Phrase.BodyOfDocument(sentence, start) is { IsFound: true } issuer)
        {
            return issuer;
        }

        // "Secondo il Comune, …": a body's noun written with a capital after its article is the
        // body, never a one-word name.
        if (start + 1 < sentence.Count && sentence[start + 1].IsCapitalized && _cues.Phrase.BodyAfterArticle(sentence, start) is { Kind: SubjectKind.Organisation } capitalised)
        {
            return capitalised;
        }

        var forward = _cues.Phrase.ReadForward(sentence, start);
        return forward.IsFound ? forward : _cues.Phrase.BodyAfterArticle(sentence, start);
    }

    // "Secondo il Comune", "secondo il comitato": after an according-to phrase, a word that is one
    // language's pronoun and another's definite article ("il" is French "he" and Italian "the")
    // opens a noun phrase when a word follows it; a stressed pronoun ("selon lui") stands alone.
    // After a view's preposition the article is left as it was read: "Per il segretario X, …" may
    // say whom a thing was done for.
    private bool OpensNounPhrase(IReadOnlyList<Token> sentence, int start)
        => start + 1 < sentence.Count && sentence[start + 1].IsWord && _cues.Is(sentence[start], WordClass.Definite);

    // "Según Salinas, la empresa le había asegurado que había «…»", "Selon elle, le maire lui avait
    // assuré que tout serait prêt « … »": the source tells of someone else's words, whose verb
    // stands between the source and the quote with a subject of its own (an article, a name or a
    // pronoun before it). That verb's subject said them, and when no verb sieve could say who it
    // is, no one rather than the source.
    private bool ReportsThroughSomeoneElse(IReadOnlyList<Token> sentence, int from, int quote)
    {
        var subject = false;
        for (var k = from; k < quote && k < from + Cues.MaxReach; k++)
        {
            var token = sentence[k];
            if (token.Kind is TokenKind.Quote or TokenKind.Colon)
            {
                return false;
            }

            if (!token.IsWord)
            {
                continue;
            }

            // "the minister's claim that …": a reporting word after a possessive is a noun.
            if (subject && _cues.IsReportingVerb(token) && !NamePlausibility.IsPossessive(sentence[k - 1].Span)
                && (ComplementiserFollows(sentence, k + 1, quote) || GovernsQuoteDirectly(sentence, from, k, quote)))
            {
                return true;
            }

            subject |= token.IsCapitalized || _cues.Is(token, WordClass.Article) || (token.IsLower && _cues.Is(token, WordClass.Pronoun));
        }

        return false;
    }

    // "le había asegurado en marzo que …": a complementiser opens the reported clause before the
    // quote. A participle ("el plan anunciado en mayo está «…»") opens none, and reports no one's words.
    // "Selon lui, le directeur de la criée avait promis en mai « … »": the clause after the
    // source's comma opens with an article, and its reporting verb takes the quote as its object
    // within a few words, with no copula or passive's auxiliary between ("the plan announced in
    // May was '…'" is a plan's description, and the words the source's).
    private bool GovernsQuoteDirectly(IReadOnlyList<Token> sentence, int from, int verb, int quote)
    {
        const int MaxWordsBeforeQuote = 4;
        // The verb after an auxiliary is finite: "el plan anunciado en mayo está «…»" describes a plan.
        if (from + 1 >= sentence.Count || sentence[from].Kind != TokenKind.Comma || !sentence[from + 1].IsWord
            || !_cues.Is(sentence[from + 1], WordClass.Definite) || quote - verb - 1 > MaxWordsBeforeQuote
            || !sentence[verb - 1].IsLower || !_cues.Words.PerfectAuxiliaries.Contains(sentence[verb - 1].Span))
        {
            return false;
        }

        for (var k = verb + 1; k < quote; k++)
        {
            if (!sentence[k].IsWord || _cues.Is(sentence[k], WordClass.Copula) || _cues.Words.PassiveAuxiliaries.Contains(sentence[k].Span))
            {
                return false;
            }
        }

        return true;
    }

    private bool ComplementiserFollows(IReadOnlyList<Token> sentence, int from, int quote)
    {
        const int MaxWordsBeforeClause = 4;
        for (var k = from; k < quote && k <= from + MaxWordsBeforeClause; k++)
        {
            // Italian "che", Spanish and Portuguese "que" open a reported clause as they open a relative one.
            if (sentence[k].IsLower && (_cues.Is(sentence[k], WordClass.Complementiser) || _cues.Words.RelativePronouns.Contains(sentence[k].Span)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a copula stands between `from` and the next quote, within a short clause.
    private bool ClauseSaysWhatSomethingIs(IReadOnlyList<Token> sentence, int from)
    {
        const int MaxClauseTokens = 12;
        for (var k = from; k < sentence.Count && k < from + MaxClauseTokens && sentence[k].Kind != TokenKind.Quote; k++)
        {
            if (sentence[k].IsWord && _cues.Is(sentence[k], WordClass.Copula))
            {
                return true;
            }
        }

        return false;
    }

    // "selon l'entourage du ministre", "según el entorno del alcalde": the circle around someone
    // (the lexicons' CircleNouns), after its article, and the link to whom it surrounds is a group,
    // given by its words: the link, an article, and one lower-case noun or a name ("entourage du
    // ministre", "proches de Marc Vidal"). Never the person, nor whoever spoke last, whatever
    // follows ("du ministre de la Santé", "du ministre interrogé mardi").
    private Subject Circle(IReadOnlyList<Token> sentence, int start)
    {
        var noun = start;
        if (noun < sentence.Count && sentence[noun].IsLower
            && (_cues.Is(sentence[noun], WordClass.Article) || _cues.Words.PluralDefinites.Contains(sentence[noun].Span)))
        {
            noun++;
        }

        if (noun + 2 >= sentence.Count || !sentence[noun].IsWord || !_cues.Words.CircleNouns.Contains(Elision.Tail(sentence[noun].Span))
            || (noun == start && Elision.Tail(sentence[noun].Span).Length == sentence[noun].Span.Length && !sentence[noun].IsLower)
            || !sentence[noun + 1].IsLower || !IsCircleLink(sentence[noun + 1]))
        {
            return Subject.None;
        }

        // The link's article, written apart ("de la", "del", "du" hold theirs).
        var whom = noun + 2;
        if (whom + 1 < sentence.Count && sentence[whom].IsLower && (_cues.Is(sentence[whom], WordClass.Definite) || _cues.Words.PluralDefinites.Contains(sentence[whom].Span)))
        {
            whom++;
        }

        int end;
        if (sentence[whom].IsWord && sentence[whom].IsLower)
        {
            end = whom + 1;
        }
        else if (sentence[whom].IsCapitalized)
        {
            end = whom + 1;
            while (end < sentence.Count && end - whom < Phrase.MaxNameWords && sentence[end].IsCapitalized)
            {
                end++;
            }
        }
        else
        {
            return Subject.None;
        }

        var text = new System.Text.StringBuilder(Elision.Tail(sentence[noun].Span).ToString());
        for (var k = noun + 1; k < end; k++)
        {
            text.Append(' ').Append(sentence[k].Text);
        }

        return new Subject(SubjectKind.Group, text.ToString(), end);
    }

    private bool IsCircleLink(Token token)
        => _cues.Is(token, WordClass.EmployerLink) || _cues.Words.ContractedArticles.Contains(token.Span) || _cues.Is(token, WordClass.NameJoiner);

    // How many words of an "according to" phrase start at `i`: "selon" is one, "according to" two.
    // Asked of every word within reach of every sentence's start: the phrases are tried only from a
    // word one of them begins with, a bit the word was given when it was read.
    private int PhraseLength(IReadOnlyList<Token> sentence, int i)
    {
        if (!_cues.Is(sentence[i], WordClass.AccordingToStart))
        {
            return 0;
        }

        var whole = Cues.LongestPhrase(sentence, i, _cues.Words.AccordingTo, MaxPhraseWords);
        return whole > 0 ? whole : BeforeFusedLink(sentence, i);
    }

    // "A juicio del portavoz, X, …", "A detta dei tecnici …", "Na opinião do engenheiro X, …": a
    // phrase that ends on its link meets that link fused with the holder's article. The phrase is
    // the words before the fused word, which is read with the holder as an article would be.
    private int BeforeFusedLink(IReadOnlyList<Token> sentence, int i)
    {
        for (var words = MaxPhraseWords - 1; words >= 1; words--)
        {
            var link = i + words;
            if (link < sentence.Count && sentence[link].IsWord && sentence[link].IsLower && _cues.Words.ContractedArticles.Contains(sentence[link].Span)
                && sentence[link - 1].IsWord && _cues.Words.AccordingToBeforeLink.Contains(sentence[i].Through(sentence[link - 1])))
            {
                return words;
            }
        }

        return 0;
    }

    // Pour X, « … »: a view given as a preposition, a name and a comma.
    private Subject View(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || sentence[quote - 1].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        for (var i = quote - 2; i >= 0 && i >= quote - 2 - MaxHolderReach; i--)
        {
            if (sentence[i].IsWord && _cues.Words.ViewPrepositions.Contains(sentence[i].Span))
            {
                // "El dinero será para Andrés Molina, «…»": after a verb or a noun the preposition
                // gives a goal or a beneficiary, and the quote describes them; a view opens its
                // clause, after punctuation or a conjunction ("Mais pour X, « … »", "– Pour X").
                if (i > 0 && sentence[i - 1] is { IsWord: true } before && !_cues.Is(before, WordClass.Contrast) && !_cues.Is(before, WordClass.Coordinator))
                {
                    return Subject.None;
                }

                // "Pour Marc Delorme, « … »"; "Pour le ministre, « … »", "Pour lui, « … »" point back.
                // "Pour le président de l'association, Jean Morel, « … »": a holder named between
                // commas ends past the comma that closes the view.
                var subject = ReadView(sentence, i + 1);
                if (subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun && (subject.End == quote - 1 || subject.End == quote))
                {
                    return NamedInFull(subject);
                }

                // "Pour Marie Leroy, présidente du collectif, « … »", "Pour Hélène Garnier, qui dirige
                // le foyer, « … »": a name described between commas, by an appositive or a relative clause.
                return subject.Kind == SubjectKind.Name && subject.End < quote - 1 && sentence[subject.End].Kind == TokenKind.Comma
                    && (_cues.Phrase.AfterAppositive(sentence, subject.End) == quote || _cues.Phrase.AfterRelativeClause(sentence, subject.End) == quote)
                    ? subject
                    : Subject.None;
            }
        }

        return Subject.None;
    }
}
