using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// What the sieves ask of a sentence's words: is this a reporting verb, and who is its subject.
/// Over the speech tables of a language (or of every language); immutable, so shared by articles.
/// </summary>
internal sealed partial class Cues
{
    // Attribution sits near its quote; a bounded reach keeps a sentence of many quotes linear.
    public const int MaxReach = 60;

    // "dans un long entretien accordé", "devant les députés": the lower-case words of a medium.
    private const int MaxMediumWords = 3;

    // Cues hold nothing of an article: one per speech tables serves every article read with them.
    private static readonly ConditionalWeakTable<SpeechTables, Cues> s_byTables = new();

    public Cues(SpeechTables words)
    {
        Words = words;
        Phrase = new Phrase(words);
        IsDescriptor = word => words.NationalityNouns.Contains(word.AsSpan()) || words.Demonyms.Contains(word.AsSpan()) || words.Affiliations.Contains(word.AsSpan());
    }

    /// <summary>
    /// Whether a word before a surname describes the person rather than names them: a nationality,
    /// a demonym or a party ("American Hollis"). One delegate, made with the cues, serves every article.
    /// </summary>
    public Func<string, bool> IsDescriptor { get; }

    /// <summary>The cues over <paramref name="words"/>, made once.</summary>
    public static Cues For(SpeechTables words) => s_byTables.GetValue(words, tables => new Cues(tables));

    public SpeechTables Words { get; }

    public Phrase Phrase { get; }

    public bool IsReportingVerb(Token token) => token.IsLower && Is(token, WordClass.Reporting);

    /// <summary>
    /// Whether <paramref name="token"/> is a word of any list that <paramref name="classes"/> names:
    /// a bit test for a token read with the speech tables, a lookup for one read without.
    /// </summary>
    public bool Is(Token token, WordClass classes) => WordClasses.Has(Words, token, classes);

    /// <summary>
    /// Whether an indefinite article after <paramref name="before"/> brings someone in ("met a nurse", "'…,' said a
    /// nurse") rather than saying what someone named is: a word in lower case that is no predicate's link, copula,
    /// passive auxiliary or note's copula ("Lee is a nurse", "Lee, who works as a nurse").
    /// </summary>
    public bool IntroducesAfter(Token before)
        => before.IsLower && !Words.PredicateLinks.Contains(before.Span) && !Is(before, WordClass.Copula)
            && !Words.PassiveAuxiliaries.Contains(before.Span) && !Lexicons.LexiconTables.NoteCopulas.Contains(before.Span);

    /// <summary>Whether <paramref name="token"/> is a personal pronoun of one person ("he", "elle", "sie", "lui").</summary>
    public bool IsPronounOfOne(Token token) => Words.MalePronouns.Contains(token.Span) || Words.FemalePronouns.Contains(token.Span);

    /// <summary>Whether the sentence has a reporting verb within reach of its start.</summary>
    public bool HasReportingVerb(IReadOnlyList<Token> sentence) => HasReportingVerb(sentence, MaxReach);

    /// <summary>Whether one of the sentence's first <paramref name="reach"/> words is a reporting verb.</summary>
    /// <remarks>
    /// By index: an enumerator through the interface would be allocated for every sentence asked. A sentence whose
    /// summary lacks the class has no such word at all, whatever the reach, and is not read.
    /// </remarks>
    public bool HasReportingVerb(IReadOnlyList<Token> sentence, int reach)
    {
        if (SentenceSummary.Of(sentence).Lacks(WordClass.Reporting))
        {
            return false;
        }

        for (var i = 0; i < sentence.Count && i < reach; i++)
        {
            if (IsReportingVerb(sentence[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last word of a verb phrase that reports and starts at <paramref name="first"/>: "fait
    /// savoir", or a verb of will and a reporting infinitive ("tenu à rappeler", "voulu
    /// préciser"); -1 when none starts there.
    /// </summary>
    public int ReportingPhraseEnd(IReadOnlyList<Token> sentence, int first)
    {
        if (first + 1 >= sentence.Count || !sentence[first].IsLower || !sentence[first + 1].IsLower)
        {
            return -1;
        }

        if (Words.ReportingPhrases.Contains(sentence[first].Through(sentence[first + 1])))
        {
            return first + 1;
        }

        // "», a mis en garde X": a phrase of three words.
        if (first + 2 < sentence.Count && sentence[first + 2].IsLower && Words.ReportingPhrases.Contains(sentence[first].Through(sentence[first + 2])))
        {
            return first + 2;
        }

        // "», è arrivato a dire X", "», est allé jusqu'à dire X": the perfect of a verb of motion takes "to be".
        first = Is(sentence[first], WordClass.Copula) && first + 2 < sentence.Count && sentence[first + 1].IsLower ? first + 1 : first;
        var infinitive = Words.WillVerbs.Contains(sentence[first].Span) ? first + 1
            : first + 2 < sentence.Count && Words.WillVerbs.Contains(sentence[first].Through(sentence[first + 1])) ? first + 2
            : -1;
        return infinitive > 0 && sentence[infinitive].IsLower && Words.ReportingInfinitives.Contains(sentence[infinitive].Span) ? infinitive : -1;
    }

    /// <summary>
    /// How many words the longest of <paramref name="phrases"/> that starts at <paramref name="start"/>
    /// holds, up to <paramref name="maxWords"/>; 0 when none starts there. The longest wins: "selon les
    /// mots de" is one phrase, not "selon" and its object.
    /// </summary>
    public static int LongestPhrase(IReadOnlyList<Token> sentence, int start, WordTable phrases, int maxWords)
    {
        var longest = 0;
        for (var words = 1; words <= maxWords && start + words <= sentence.Count && sentence[start + words - 1].IsWord; words++)
        {
            if (phrases.Contains(sentence[start].Through(sentence[start + words - 1])))
            {
                longest = words;
            }
        }

        return longest;
    }

    /// <summary>
    /// Where a split reporting verb's cue ends: the stem at <paramref name="verb"/> ("fügte",
    /// "voegde"), its subject up to <paramref name="afterSubject"/>, then a word or two ("eraan",
    /// "am Montag") and the particle that closes the clause ("hinzu", "toe"). -1 when no particle
    /// of that stem closes it.
    /// </summary>
    public int SplitReportEnd(IReadOnlyList<Token> sentence, int verb, int afterSubject)
    {
        const int MaxWordsBeforeParticle = 2;
        const int MaxPairLength = 32;
        var stem = sentence[verb].Span;
        if (!Words.SplitStems.Contains(stem))
        {
            return -1;
        }

        Span<char> pair = stackalloc char[MaxPairLength];
        for (var k = afterSubject; k < sentence.Count && k <= afterSubject + MaxWordsBeforeParticle && sentence[k].IsWord; k++)
        {
            var particle = sentence[k].Span;
            var closes = k + 1 == sentence.Count || !sentence[k + 1].IsWord;
            if (!closes || !sentence[k].IsLower || stem.Length + 1 + particle.Length > MaxPairLength)
            {
                continue;
            }

            stem.CopyTo(pair);
            pair[stem.Length] = ' ';
            particle.CopyTo(pair.Slice(stem.Length + 1));
            return Words.SplitReports.Contains(pair.Slice(0, stem.Length + 1 + particle.Length)) ? k : -1;
        }

        return -1;
    }

    /// <summary>"explique-t-on", "a-t-on": a word with an impersonal pronoun joined after it by a hyphen.</summary>
    public bool HasImpersonalPronoun(ReadOnlySpan<char> word) => Words.ImpersonalPronouns.Contains(JoinedAfterDash(word));

    /// <summary>"craint-il", "dit-elle": any word with a pronoun joined after it by a hyphen.</summary>
    public bool HasInvertedPronoun(ReadOnlySpan<char> word) => Words.Pronouns.Contains(JoinedAfterDash(word));

    // The word joined after the last hyphen of `word` ("il" in "a-t-il", "se" in "garante-se"); empty when none is.
    private static ReadOnlySpan<char> JoinedAfterDash(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 ? word.Slice(dash + 1) : ReadOnlySpan<char>.Empty;
    }

    /// <summary>
    /// The subject of the last reporting verb before <paramref name="end"/>, skipping a relative
    /// clause ("X, who … with Y, stressed": X spoke, not Y).
    /// </summary>
    public Subject FindReportingSubject(IReadOnlyList<Token> sentence, int end)
    {
        if (OpensWithLimitingDroppedSubject(sentence, end))
        {
            return Subject.Pronoun;
        }

        for (var verb = end - 1; verb >= 0 && verb >= end - MaxReach; verb--)
        {
            if (IsImpersonalReport(sentence, verb))
            {
                // "Se asegura que «…»", "Garante-se que «…»": see Cues.ImpersonalReport.cs. Someone
                // unnamed, not a dropped subject.
                return new Subject(SubjectKind.Unnamed, string.Empty, verb);
            }

            if (IsReportingVerb(sentence[verb]) || GovernsAsPhrase(sentence, verb, end) || GovernsAsSplitVerb(sentence, verb, end) || GovernsAsLimitingPhrase(sentence, verb, end)
                || GovernsAsSpeakingOf(sentence, verb, end))
            {
                var subject = SubjectOf(sentence, verb);
                if (subject.Kind == SubjectKind.Pronoun && ReporterOfPronoun(sentence, verb) is { Kind: SubjectKind.Name } reporter)
                {
                    // "Ms Dunn said she hoped "…"": the pronoun reports through the one who
                    // says it, whose words these are whoever "she" is.
                    return reporter;
                }

                if (subject.IsFound)
                {
                    return subject;
                }
            }
        }

        return OpensWithDroppedSubject(sentence, end) || OpensWithDroppedSubjectBeforeColon(sentence, end) || DropsSubjectPastOpeningPhrase(sentence, end) || DropsSubjectBeforeThatClause(sentence, end)
            ? Subject.Pronoun
            : Subject.None;
    }

    // "L'azienda Acque Tirrene fa sapere che «…»", "X a fait savoir que « … »": a verb phrase the
    // lexicons list as reporting (ReportingPhrases) governs the quote as one verb does, when a
    // complementiser opens its clause right after it, before the quote: "che", "que", "dat" are
    // listed as relative pronouns, but right after the phrase they can only open its clause. "fa"
    // alone, "fa sapere" before an object ("fa sapere la data"), and a verb of will before an
    // infinitive ("veut dire que", which means "means that") govern nothing.
    private bool GovernsAsPhrase(IReadOnlyList<Token> sentence, int first, int end)
        => first + 2 < sentence.Count && first + 3 <= end && sentence[first].IsLower && sentence[first + 1].IsLower && sentence[first + 2].IsLower
        && Words.ReportingPhrases.Contains(sentence[first].Through(sentence[first + 1]))
        && (Is(sentence[first + 2], WordClass.Complementiser) || Words.RelativePronouns.Contains(sentence[first + 2].Span));

    // "Dice di essere «…»", "Racconta di aver temuto «…»", "Afirma que «…»": in a language that
    // drops its subjects, a reporting verb that opens the sentence (so written with a capital)
    // governs the quote, and its subject is whoever a pronoun would mean. Only before "che", "que",
    // or "di", "de" and an infinitive, which say the verb governs a clause: an article or name after
    // it may be its own subject ("Dice il sindaco che …"), and a noun may be written like a verb,
    // with "de" and its own complement after it (Portuguese "Conta", a bill).
    private bool OpensWithDroppedSubject(IReadOnlyList<Token> sentence, int end)
        => Words.DropsSubjects && end > 1 && end <= MaxReach && sentence[0].IsCapitalized && Is(sentence[0], WordClass.Reporting)
        && sentence[1].IsLower && (Is(sentence[1], WordClass.Complementiser) || OpensThatClause(sentence, 1) || (end > 2 && OpensInfinitive(sentence, 1)));

    // "di essere", "de ter", "di raccontare": a link, then an infinitive the lexicons know.
    private bool OpensInfinitive(IReadOnlyList<Token> sentence, int link)
        => (Is(sentence[link], WordClass.EmployerLink) || Words.OrganisationLinks.Contains(sentence[link].Span))
        && sentence[link + 1].IsLower && (Words.ClauseAuxiliaries.Contains(sentence[link + 1].Span) || Words.ReportingInfinitives.Contains(sentence[link + 1].Span));

    // The named subject of a reporting verb just before the pronoun that is the subject of
    // `verb` ("Ms Dunn said (that) she hoped"), or None.
    private Subject ReporterOfPronoun(IReadOnlyList<Token> sentence, int verb)
    {
        var pronoun = verb - 1;
        while (pronoun >= 0 && sentence[pronoun].IsLower && Is(sentence[pronoun], WordClass.Filler))
        {
            pronoun--;
        }

        var reporting = pronoun - 1;
        if (reporting >= 0 && sentence[reporting].IsLower && Is(sentence[reporting], WordClass.Complementiser))
        {
            reporting--;
        }

        return pronoun >= 0 && sentence[pronoun].IsWord && Is(sentence[pronoun], WordClass.Pronoun)
            && reporting >= 0 && IsReportingVerb(sentence[reporting]) && !IsListenerOnly(sentence[reporting])
            ? SubjectOf(sentence, reporting)
            : Subject.None;
    }

    /// <summary>
    /// The subject of the reporting verb at <paramref name="verb"/>: before it, before a relative
    /// clause left open, or after it when the verb inverts.
    /// </summary>
    public Subject SubjectOf(IReadOnlyList<Token> sentence, int verb)
    {
        if (IsNounUse(sentence, verb))
        {
            return Subject.None;
        }

        // "Baker was called "…" by the judge": a passive with its agent says who spoke; its
        // subject is whom the words are about. ("was speaking" is no passive; "was asked by
        // reporters" names a listener, whose answer follows.)
        if (verb > 0 && sentence[verb - 1].IsLower && Words.PassiveAuxiliaries.Contains(sentence[verb - 1].Span)
            && !sentence[verb].Span.EndsWith("ing".AsSpan(), StringComparison.Ordinal) && !Words.ListenerVerbs.Contains(sentence[verb].Span)
            && HasAgentAfter(sentence, verb))
        {
            return Subject.None;
        }

        // "Tom Lake is accused of "hiding" the losses", "Jane Roe was criticised for her "reckless"
        // handling": a passive of a verb whose object is a person makes its subject whom the words
        // are about, agent or none.
        if (verb > 0 && sentence[verb - 1].IsLower && Words.PassiveAuxiliaries.Contains(sentence[verb - 1].Span)
            && Words.PersonObjectVerbs.Contains(sentence[verb].Span) && !sentence[verb].Span.EndsWith("ing".AsSpan(), StringComparison.Ordinal))
        {
            return Subject.None;
        }

        // "Le texte de l'ARS précise que", "the Lund report said": a document speaks for its owner.
        if (DocumentBefore(sentence, verb, out var owner))
        {
            return owner;
        }

        // "In einem Brief an Bürgermeister X schrieb die Opposition, …": with the finite verb second,
        // a phrase opened by a preposition stands before the verb, and the subject after it.
        if (VerbAfterOpeningPhrase(sentence, verb))
        {
            return ReadInverted(sentence, verb + 1);
        }

        // "Sie hat um Hilfe gebeten": see Cues.VerbFinalParticiple.cs.
        if (VerbFinalParticipleSubject(sentence, verb) is { } participleSubject)
        {
            return participleSubject;
        }

        var subject = Phrase.ReadBackward(sentence, verb);
        if (subject.Kind == SubjectKind.Name && !subject.IsOrganisation && IsInIndefiniteComplement(sentence, verb, out var noun))
        {
            return new Subject(SubjectKind.Unnamed, sentence[noun].Text, verb);
        }

        if (subject.IsFound)
        {
            return subject;
        }

        var relative = Phrase.BeforeUnclosedRelativeClause(sentence, verb);
        if (relative.Kind == SubjectKind.Name && !relative.IsOrganisation && IsInIndefiniteComplement(sentence, verb, out noun))
        {
            return new Subject(SubjectKind.Unnamed, sentence[noun].Text, verb);
        }

        if (relative.IsFound)
        {
            return relative;
        }

        // "Tom Baker welcomed the ruling but warned that "…"": a verb joined by a conjunction to
        // the clause before shares its subject, the one opening the sentence.
        if (SharedOpeningSubject(sentence, verb) is { IsFound: true } shared)
        {
            return shared;
        }

        // "said Mr X" inverts, and so does any verb after a comma (", thinks Dr X");
        // otherwise "told the BBC", "blamed Boeing" name a listener or a target.
        // A listener verb that does not invert ("told", unlike "asked") never has its subject
        // after it: in ", told Associated Press" the name after it listened.
        // "« … », affirme-t-il, avant d'ajouter que … « … »", "«…», afirmó, antes de añadir que …
        // «…»", "», a défendu le ministre, réaffirmant vouloir « … »": a cue right after a quote
        // may go on to govern a later one, as "he said, before adding that" does, when the words
        // up to that quote go on with the report; its subject is the one after its verb, the
        // pronoun joined to it or, where subjects drop, the one a pronoun would mean.
        var listenerOnly = IsListenerOnly(sentence[verb]);
        var inverts = !listenerOnly && (Words.InvertingVerbs.Contains(sentence[verb].Span) || (verb > 0 && sentence[verb - 1].Kind == TokenKind.Comma));
        var cue = listenerOnly ? -1 : CueStartRightAfterQuote(sentence, verb);
        if ((!inverts && cue < 0) || HasPersonObjectAfter(sentence, verb, cue))
        {
            return Subject.None;
        }

        var inverted = ReadInverted(sentence, verb + 1);
        if (inverted.Kind is SubjectKind.Name or SubjectKind.Role && inverted.End > verb && cue >= 0 && GoesOnToReportAfter(sentence, inverted.End - 1))
        {
            return inverted;
        }

        if (inverts && inverted.Kind == SubjectKind.Name)
        {
            return inverted;
        }

        if (cue >= 0 && GoesOnToReportAfter(sentence, verb))
        {
            if (HasInvertedPronoun(sentence[cue].Span) && !HasImpersonalPronoun(sentence[cue].Span))
            {
                return new Subject(SubjectKind.Pronoun, sentence[cue].Text, verb + 1);
            }

            if (Words.DropsSubjects && verb + 1 < sentence.Count && sentence[verb + 1].Kind == TokenKind.Comma)
            {
                return Subject.Pronoun;
            }
        }

        return inverts && DroppedSubject(sentence, verb) ? Subject.Pronoun : Subject.None;
    }

    // "», affirme-t-il,", "», afirmó,", "», a-t-il ajouté,", "», ha affermato,": where the cue
    // whose verb is at `verb` starts, its perfect auxiliary included, when it stands right after a
    // quote and its comma; or -1.
    private int CueStartRightAfterQuote(IReadOnlyList<Token> sentence, int verb)
    {
        var first = verb;
        if (first > 0 && sentence[first - 1].IsWord && sentence[first - 1].IsLower
            && (Words.PerfectAuxiliaries.Contains(sentence[first - 1].Span) || HasInvertedPronoun(sentence[first - 1].Span)))
        {
            first--;
        }

        return first >= 2 && sentence[first - 1].Kind == TokenKind.Comma && sentence[first - 2].Kind == TokenKind.Quote ? first : -1;
    }

    // ", avant d'ajouter que la ville consacrera « … »", ", ajoutant que …", ", antes de añadir que
    // …": the words from the cue at `verb` to the next quote go on with its report (a reporting
    // infinitive or gerund) and name no one else ("alors que le préfet X évoque « … »" is X's
    // clause, whatever its verb).
    private bool GoesOnToReportAfter(IReadOnlyList<Token> sentence, int verb)
    {
        var reports = false;
        for (var k = verb + 1; k < sentence.Count && k <= verb + MaxReach; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote)
            {
                return reports;
            }

            if (token.IsCapitalized)
            {
                return false;
            }

            reports |= token.IsWord && token.IsLower && (IsReportingVerb(token) || Words.Participles.Contains(token.Span) || Words.ReportingInfinitives.Contains(token.Span)
                || (Elision.TrySplit(token.Span, out _, out var infinitive) && Words.ReportingInfinitives.Contains(infinitive)));
        }

        return false;
    }

    /// <summary>
    /// Whether, in a language whose finite verb stands second, the reporting verb at <paramref name="verb"/> follows a
    /// phrase that a preposition opens at the sentence's start ("In einem Brief an die Mitglieder
    /// schrieb", "In een brief aan de raad schrijft"; Cues.VerbSecondOpening.cs): its subject comes after it.
    /// </summary>
    public bool VerbAfterOpeningPhrase(IReadOnlyList<Token> sentence, int verb)
        => verb < sentence.Count && IsReportingVerb(sentence[verb]) && OpensBeforeSecondVerb(sentence, verb);

    // The subject opening the sentence, when a conjunction stands right before `verb` (past its
    // fillers) and the opening subject is followed by its own verb, or None.
    private Subject SharedOpeningSubject(IReadOnlyList<Token> sentence, int verb)
    {
        var joint = verb - 1;
        while (joint > 0 && sentence[joint].IsLower && Is(sentence[joint], WordClass.Filler))
        {
            joint--;
        }

        if (joint < 2 || !sentence[joint].IsLower || !Is(sentence[joint], WordClass.Contrast | WordClass.Coordinator))
        {
            return Subject.None;
        }

        // A name read from an article or a possessive ("The Harbour Party's leader, Ann Lee,")
        // may be cut short, and a role means whoever is salient: only a plain name or a group.
        if (Is(sentence[0], WordClass.Definite) && !Phrase.OpensGroup(sentence, 0))
        {
            return Subject.None;
        }

        if (Is(sentence[0], WordClass.NotName) && !Phrase.OpensGroup(sentence, 0))
        {
            // "If Mr Vale …, the club could … and explain": no subject opens the sentence.
            return Subject.None;
        }

        var opening = Phrase.ReadForward(sentence, 0);
        if (opening.Kind is not (SubjectKind.Name or SubjectKind.Group) || opening.End >= joint - 1
            || !sentence[opening.End].IsLower || !sentence[opening.End].IsWord)
        {
            return Subject.None;
        }

        // Another clause's subject in between, a quote or a clause's conjunction may be what the
        // conjunction goes on with: "…, he said "…", but stressed", "… when the commodore stood up and
        // announced".
        // "Jane Roe opened the meeting, the mayor spoke and warned": a comma or a semicolon before
        // an article opens another clause with its own subject.
        for (var k = opening.End + 1; k < joint; k++)
        {
            var token = sentence[k];
            if ((IsClauseBreak(token) && k + 1 < joint && sentence[k + 1].IsWord
                    && Is(sentence[k + 1], WordClass.Article))
                || token.Kind == TokenKind.Quote || token.IsCapitalized || (token.IsWord && (Is(token, WordClass.Pronoun)
                || (Is(token, WordClass.NotName) && !Is(token, WordClass.Definite) && !Is(token, WordClass.Indefinite) && !Is(token, WordClass.Preposition)))))
            {
                return Subject.None;
            }
        }

        return new Subject(opening.Kind, opening.Text, verb, opening.Employer, opening.IsOrganisation, opening.IsDocumentOwner);
    }

    private static bool IsClauseBreak(Token token) => token.Kind == TokenKind.Comma || (token.Kind == TokenKind.Other && token.First == ';');

    // Whether a document with its owner is the subject of `verb`: after a link ("Le texte de
    // l'ARS précise", "Un communiqué de la préfecture de la Somme indique") or a name between an
    // article and the noun ("The Lund report said"), whose owner is given; never one whose verb
    // inverts ("The Lund report said the EU would …" is not the EU's).
    private bool DocumentBefore(IReadOnlyList<Token> sentence, int verb, out Subject owner)
    {
        owner = Subject.None;
        var last = verb - 1;
        while (last >= 0 && sentence[last].IsLower && Is(sentence[last], WordClass.Filler))
        {
            last--;
        }

        if (last < 1 || !sentence[last].IsWord)
        {
            return false;
        }

        if (sentence[last].IsLower && Words.DocumentNouns.Contains(sentence[last].Span))
        {
            // "Mr Crosby's statement said", "Acme's report reads": the owner in the possessive.
            if (ClauseStartBefore(sentence, last) is var clause and >= 0
                && Phrase.PossessedDocumentAt(sentence, clause) is { IsFound: true } possessor && possessor.End == last + 1)
            {
                owner = possessor;
                return true;
            }

            var start = last;
            while (start > 0 && last - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized && !Is(sentence[start - 1], WordClass.Definite))
            {
                start--;
            }

            if (start == last || start == 0 || !sentence[start - 1].IsWord || !Is(sentence[start - 1], WordClass.Definite))
            {
                return false;
            }

            owner = new Subject(SubjectKind.Name, Phrase.Join(sentence, start, last), last + 1, isDocumentOwner: true);
            return true;
        }

        for (var noun = last - 2; noun >= 0 && noun >= last - Phrase.MaxNameWords - 2; noun--)
        {
            if (!sentence[noun].IsWord)
            {
                return false;
            }

            if (sentence[noun].IsLower && Words.DocumentNouns.Contains(sentence[noun].Span))
            {
                if (!sentence[noun + 1].IsLower || !Is(sentence[noun + 1], WordClass.EmployerLink)
                    || Phrase.ReadForward(sentence, noun + 2) is not { Kind: SubjectKind.Name } named || named.End != last + 1)
                {
                    return false;
                }

                owner = named;
                return true;
            }
        }

        return false;
    }

    // Where the run of capitalised words ending before `noun` starts, when the clause starts
    // there (the sentence's start, or after a quote or a comma); -1 otherwise.
    private static int ClauseStartBefore(IReadOnlyList<Token> sentence, int noun)
    {
        var start = noun;
        while (start > 0 && noun - start < Phrase.MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        return start < noun && (start == 0 || !sentence[start - 1].IsWord) ? start : -1;
    }

    private bool HasAgentAfter(IReadOnlyList<Token> sentence, int verb)
    {
        for (var i = verb + 1; i < sentence.Count && i <= verb + MaxReach; i++)
        {
            if (sentence[i].IsLower && Words.PassiveAgents.Contains(sentence[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the verb names its listener after it and never its subject: "told", not "asked".</summary>
    public bool IsListenerOnly(Token verb) => Words.ListenerVerbs.Contains(verb.Span) && !Words.InvertingVerbs.Contains(verb.Span);

    // "the PPI report was", "Acme's report": a word that is a reporting verb and a document's
    // noun is the noun after an article, past any capitalised words, or after a possessive.
    private bool IsNounUse(IReadOnlyList<Token> sentence, int verb)
    {
        if (!Words.OrganisationNouns.Contains(sentence[verb].Span))
        {
            return false;
        }

        var before = verb - 1;
        while (before >= 0 && before >= verb - Phrase.MaxNameWords && sentence[before].IsCapitalized
            && !NamePlausibility.IsPossessive(sentence[before].Span))
        {
            before--;
        }

        if (before < 0 || !sentence[before].IsWord)
        {
            return false;
        }

        var word = sentence[before].Span;
        return NamePlausibility.IsPossessive(word)
            || (sentence[before].IsLower && (Words.Definites.Contains(word) || Words.Indefinites.Contains(word)));
    }

    /// <summary>
    /// The subject after an inverted reporting verb that ends at <paramref name="start"/>: "said
    /// Mr X", "a précisé jeudi la ministre X", "zei bestuursvoorzitter X". In a language that drops
    /// subjects, a verb with nothing after it ("», ha assicurato.") has the last one's.
    /// </summary>
    public Subject ReadInverted(IReadOnlyList<Token> sentence, int start, bool mayDrop = false)
    {
        var at = SkipToInvertedSubject(sentence, start);
        var subject = Phrase.ReadForward(sentence, at);

        // "ha contado el dueño, Esteban Guijarro": a full name set off after the noun is who
        // speaks, whether or not the noun is a role the lexicons know (Phrase.HolderSetOff.cs).
        if (subject.Kind is not (SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Group) && Phrase.HolderSetOff(sentence, at) is { IsFound: true } holder)
        {
            return holder;
        }

        if (!subject.IsFound)
        {
            subject = Phrase.ReadDescribedName(sentence, at);
        }

        if (!subject.IsFound && Words.CapitalisesNouns)
        {
            subject = Phrase.ReadNounAndName(sentence, at);
        }

        if (!subject.IsFound && mayDrop && Words.DropsSubjects && (at >= sentence.Count || !sentence[at].IsWord))
        {
            return Subject.Pronoun;
        }

        return subject;
    }

    /// <summary>
    /// Whether <paramref name="verb"/> reports with its subject dropped, as Spanish, Italian and
    /// Portuguese drop it ("Ha dicho:", "Ha poi aggiunto:"): only fillers stand before it.
    /// </summary>
    public bool ReportsWithDroppedSubject(IReadOnlyList<Token> sentence, int verb)
        => verb >= 0 && IsReportingVerb(sentence[verb]) && DroppedSubject(sentence, verb);

    // "Y agregó:", "Ha poi aggiunto che": a verb that opens its sentence, past conjunctions and
    // adverbs, in a language that drops subjects.
    private bool DroppedSubject(IReadOnlyList<Token> sentence, int verb)
    {
        if (!Words.DropsSubjects)
        {
            return false;
        }

        for (var i = 0; i < verb; i++)
        {
            var word = sentence[i];
            if (i + 1 < verb && word.IsWord && Words.Fillers.Contains(word.Through(sentence[i + 1])))
            {
                // "Por eso insiste:", "Por isso diz:": a filler of two words.
                i++;
                continue;
            }

            if (!word.IsWord || !Is(word, WordClass.NotName | WordClass.Filler | WordClass.Contrast))
            {
                return false;
            }
        }

        return true;
    }

    // "», a lancé, visiblement ému, le maire": a few lower-case words set off by commas right
    // after an inverted verb describe how it was said; the subject follows them. Returns where the
    // insert ends, or `start` when there is none.
    private int SkipLowerCaseInsert(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxInsertWords = 8;
        return Words.VerbsInvert ? Phrase.PastLowerCaseInsert(sentence, start, MaxInsertWords) : start;
    }

    // "de la salle", "de la sala": a link and a definite article, then a lower-case noun.
    private bool OpensNounComplement(IReadOnlyList<Token> sentence, int link)
        => link + 2 < sentence.Count && Words.OrganisationLinks.Contains(sentence[link].Span)
        && sentence[link + 1].IsLower && Is(sentence[link + 1], WordClass.Definite) && sentence[link + 2].IsWord && sentence[link + 2].IsLower;

    /// <summary>
    /// Where the subject of an inverted verb starts: past adverbs, time words and where it was said
    /// ("a précisé jeudi sur France Bleu la directrice", "declaró ayer en la radio el consejero").
    /// </summary>
    public int SkipToInvertedSubject(IReadOnlyList<Token> sentence, int start)
    {
        var i = SkipLowerCaseInsert(sentence, start);
        while (i < sentence.Count && sentence[i].IsWord)
        {
            var word = sentence[i];
            // An article is never skipped: French "a" (has) is English "a", which opens the subject.
            if (word.IsLower && (Is(word, WordClass.Filler) || Lexicons.LexiconTables.Calendar.Contains(word.Span))
                && !Is(word, WordClass.Indefinite) && !Is(word, WordClass.Definite))
            {
                i++;
                continue;
            }

            // "said Friday Ana Ruiz", "sagte am Montag Max Brandt": a day, and the word bringing it in.
            if (Phrase.WeekdayEnd(sentence, i) is var dayEnd && dayEnd > i)
            {
                i = dayEnd;
                continue;
            }

            // "juge de son côté la députée", "estime pour sa part X".
            if (word.IsLower && Phrase.FillerPhraseEnd(sentence, i) is var end && end > i)
            {
                i = end;
                continue;
            }

            // "ha commentato con un sorriso amaro X", "sagte mit einem bitteren Lächeln X": a manner phrase.
            if (word.IsLower && Phrase.MannerPhraseEnd(sentence, i) is var manner && manner > i)
            {
                i = manner;
                continue;
            }

            // "a estimé mardi 6 décembre Luc Moreau": a day's number belongs to the date around it.
            if (Digits.Only(word.Span) && IsCalendarNeighbour(sentence, i))
            {
                i++;
                continue;
            }

            // "a expliqué le 3 mars X": so does the article before that number.
            if (word.IsLower && Is(word, WordClass.Definite) && i + 1 < sentence.Count && sentence[i + 1].IsWord
                && Digits.Only(sentence[i + 1].Span) && IsCalendarNeighbour(sentence, i + 1))
            {
                i++;
                continue;
            }

            // "ha detto a Luca Neri", "dijo a Radio Norte el alcalde", "disse à Rádio Sul": where
            // subjects drop, a name after a listener's preposition is whom the words were told to;
            // the subject follows it or was dropped. Stop: languages that keep their subjects,
            // where such a run may be a medium and then the subject ("au Parisien Jean Morel").
            // A phrase skipped above may end on the preposition ("en una entrevista a Radio Norte").
            if (Words.DropsSubjects && Math.Max(ListenerNameEnd(sentence, i), i > start ? ListenerNameEnd(sentence, i - 1) : -1) is var listened && listened > i)
            {
                i = listened;
                continue;
            }

            // "ha detto all'ANSA il sindaco", "», ha raccontato all'ANSA.": a medium elided into
            // its name is one word; the subject follows it, or was dropped.
            if (Elision.TrySplit(word.Span, out var head, out var tail) && Words.Media.Contains(head) && char.IsUpper(tail[0]))
            {
                i = PastElidedMedium(sentence, i);
                continue;
            }

            // "sur France Bleu Valmont", "on Radio 4": a medium, then the subject.
            // Read in every language at once, Spanish "a" (to) is English "a", which opens the subject.
            if (word.IsLower && Is(word, WordClass.Medium) && !Is(word, WordClass.Indefinite) && i + 1 < sentence.Count && sentence[i + 1].IsWord)
            {
                // "auprès de l'AFP": the preposition's own link.
                var j = i + 1;
                if (sentence[j].IsLower && Words.OrganisationLinks.Contains(sentence[j].Span) && j + 1 < sentence.Count && sentence[j + 1].IsWord)
                {
                    j++;
                }

                // "devant les députés le ministre", "dans un communiqué Claire Vasseur", "depuis la
                // tribune une habitante": an article opens the medium, whose lower-case words end at
                // the subject's article or name.
                if (sentence[j].IsLower && Is(sentence[j], WordClass.Article)
                    && j + 1 < sentence.Count && sentence[j + 1].IsLower)
                {
                    j++;
                    var first = j;
                    var reach = MaxMediumWords;

                    // An indefinite article opens the subject: "depuis la tribune un ancien bénévole".
                    while (j < sentence.Count && j - first < reach && sentence[j].IsLower && !Is(sentence[j], WordClass.Definite)
                        && !Is(sentence[j], WordClass.Indefinite)
                        && !Is(sentence[j], WordClass.Title) && !IsRoleNoun(sentence[j]) && !IsReportingVerb(sentence[j]))
                    {
                        // "depuis le fond de la salle", "desde el fondo de la sala": the noun's own
                        // complement, its link and article, belongs to the medium, not to the subject.
                        if (OpensNounComplement(sentence, j))
                        {
                            j += 2;
                            reach += 2;
                            continue;
                        }

                        j++;
                    }

                    // "said on a trip to Valmont there was": a name after the medium that does not
                    // end the clause is the medium's; an inverted subject ends it.
                    if (!(j < sentence.Count && sentence[j].IsCapitalized && !EndsClause(sentence, j)))
                    {
                        i = j;
                        continue;
                    }

                    j = i + 1;
                }

                // "rapportait en octobre une militante", "déclarait en 2019 X": a time, not a medium.
                if (Lexicons.LexiconTables.Calendar.Contains(sentence[j].Span) || Digits.Only(sentence[j].Span))
                {
                    i = j + 1;
                    continue;
                }

                // "dans le Journal du dimanche X": a medium named with its article.
                if (sentence[j].IsLower && Is(sentence[j], WordClass.Definite) && j + 1 < sentence.Count && sentence[j + 1].IsCapitalized)
                {
                    j++;
                }

                // "sur franceinfo Luc Moreau", "à l'AFP Claire Vasseur": a medium in lower case is
                // one word; the name after it is the subject.
                else if (sentence[j].IsLower && j + 1 < sentence.Count && sentence[j + 1].IsCapitalized)
                {
                    i = PastElidedMedium(sentence, j);
                    continue;
                }

                // "ha detto a fine gara l'allenatore": an article elided into its noun opens the subject too.
                var medium = j;
                while (j < sentence.Count && j - i <= Phrase.MaxNameWords && sentence[j].IsWord
                    && (sentence[j].IsCapitalized || !Is(sentence[j], WordClass.Definite)) && !Is(sentence[j], WordClass.Title)
                    && !IsRoleNoun(sentence[j]) && Phrase.ElidedArticleNoun(sentence[j]).IsEmpty
                    && !(Words.DropsSubjects && ListenerNameEnd(sentence, j) > j))
                {
                    j++;
                }

                // "em entrevista à Rádio Sul": the medium's words end at a listener's name, read next.
                i = j < sentence.Count && Words.DropsSubjects && ListenerNameEnd(sentence, j) > j ? j : NameAfterMedium(sentence, medium, j);
                continue;
            }

            break;
        }

        return i;
    }

    private bool IsRoleNoun(Token token) => Is(token, WordClass.RoleNoun);

    // "sur Twitter Jean Morel", "au Parisien Jean Morel", "sur France Inter Jean Morel": in a
    // language whose verbs invert, a medium named in capitals runs into the subject's name; the
    // subject is the last two capitalised words, when a word of the medium stands before them
    // and nothing but the clause's end follows. `end` is where the medium's words stop; the
    // index returned is where the subject starts (`end` when there is none).
    private int NameAfterMedium(IReadOnlyList<Token> sentence, int medium, int end)
    {
        if (!Words.VerbsInvert || end - medium < 3 || (end < sentence.Count && sentence[end].IsWord))
        {
            return end;
        }

        var first = end - 2;
        return sentence[first].IsCapitalized && sentence[end - 1].IsCapitalized && IsLetters(sentence[first].Span) && IsLetters(sentence[end - 1].Span)
            ? first
            : end;
    }

    // A word of letters and hyphens with a lower-case letter in it: a name's word, not "BFMTV" or "2".
    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        var lower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    // Whether the capitalised words from `name` run to the clause's end: a comma, a mark or the sentence's end.
    private static bool EndsClause(IReadOnlyList<Token> sentence, int name)
    {
        var k = name;
        while (k < sentence.Count && sentence[k].IsCapitalized)
        {
            k++;
        }

        return k >= sentence.Count || !sentence[k].IsWord;
    }

    // A number with a weekday or month word next to it: "mardi 6 décembre", "on 6 December".
    private static bool IsCalendarNeighbour(IReadOnlyList<Token> sentence, int i)
        => (i > 0 && sentence[i - 1].IsWord && Lexicons.LexiconTables.Calendar.Contains(sentence[i - 1].Span))
        || (i + 1 < sentence.Count && sentence[i + 1].IsWord && Lexicons.LexiconTables.Calendar.Contains(sentence[i + 1].Span));

    /// <summary>
    /// Whether the token at <paramref name="at"/> is an impersonal subject in lower case ("es" in
    /// "heißt es"), which says that a verb of saying right before it has no one as its subject.
    /// </summary>
    public bool IsImpersonalSubjectAt(IReadOnlyList<Token> sentence, int at)
        => at < sentence.Count && sentence[at].IsLower && Words.ImpersonalSubjects.Contains(sentence[at].Span);

    /// <summary>Whether <paramref name="word"/> ends in one of the PluralVerbEndings (<see cref="PluralVerbs"/>).</summary>
    public bool HasPluralEnding(ReadOnlySpan<char> word) => PluralVerbs.HasPluralEnding(Words, word);
}
