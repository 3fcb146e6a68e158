using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Attributes quotes to speakers the way a reader does: a reporting verb in the quote's
/// sentence names who spoke ("…," said X; X said: "…"; X stressed that … « … »; according to X;
/// selon X; dit-elle), and pronouns and role nouns ("she", "the negotiator") refer back to the
/// last named speaker. Quotes with no such link, such as terms or titles, get no speaker.
/// </summary>
internal sealed class SpeakerFinder
{
    // A quote opening a sentence with no attribution of its own continues the last quoted
    // speaker's words ("…," she said. "More words."), if that speaker was quoted just before.
    private const int ContinuationReach = 1;

    // Attribution sits near its quote; a bounded reach keeps a sentence of many quotes linear.
    private const int MaxReach = 60;
    private const int MinContinuationWords = 3;
    private const int MaxNameReach = 10;

    // A pronoun or role noun refers back to a speaker named in its paragraph or the two before;
    // further back, another person has usually come into the story, so no guess is made.
    private const int ReferenceReach = 2;

    // "Titre 42", "Saving Private Ryan": a short quote of capitalised words names a work or a
    // law; nobody says it.
    private const int MaxTitleWords = 5;

    private readonly List<string> _knownNames = new();

    // Each name is listed once: a speaker quoted again and again must not grow the list that
    // every later name is checked against (quadratic on long articles).
    private readonly HashSet<string> _listedNames = new(StringComparer.Ordinal);
    private readonly NamePlausibility _plausibility;

    // The current paragraph's tokens, one list for the whole article.
    private readonly List<Token> _tokens = new();
    private string? _lastSpeaker;
    private int _paragraph = -1;
    private int _lastSpeakerParagraph;
    private string? _lastQuoted;
    private int _paragraphsSinceQuoted = int.MaxValue;

    // Sentence counters: whether someone was named as reporting after the last quote.
    private int _sentence;
    private int _lastQuotedSentence;
    private int _lastReporterSentence = -1;
    private string? _lastReporter;

    /// <summary>Starts reading an article whose body paragraphs and quotes are given.</summary>
    public SpeakerFinder(NamePlausibility plausibility)
    {
        _plausibility = plausibility;
    }

    /// <summary>
    /// Finds the speaker of each quote in one paragraph. Paragraphs must be given in document
    /// order, since references reach back to earlier ones.
    /// </summary>
    public string?[] Attribute(string paragraph, IReadOnlyList<QuoteSpan> quotes)
    {
        var speakers = new string?[quotes.Count];
        _paragraph++;
        if (_paragraphsSinceQuoted != int.MaxValue)
        {
            _paragraphsSinceQuoted++;
        }

        foreach (var sentence in Sentences.Split(Token.Read(paragraph, quotes, _tokens)))
        {
            string? sentenceSpeaker = null;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (sentence[i].Kind != TokenKind.Quote)
                {
                    continue;
                }

                var quote = sentence[i].QuoteIndex;
                var inner = quotes[quote].Inner(paragraph);
                if (LooksLikeTitle(inner))
                {
                    continue;
                }

                var subject = FindSubject(sentence, i);
                var speaker = Resolve(subject);

                // A quote that opens a sentence with no reporting verb of its own goes on with the
                // last speaker's words; one whose verb has a subject we cannot name does not.
                if (!subject.IsFound && i == 0 && _paragraphsSinceQuoted <= ContinuationReach
                    && !HasReportingVerb(sentence) && !HasWordAfter(sentence, i) && Text.Words.Count(inner.AsSpan(), MinContinuationWords) >= MinContinuationWords
                    && (quotes[quote].IsOpen || !IsQuotedHeading(sentence, i)))
                {
                    // "Mr Dunn warned that … . '…'": someone named as reporting since the last
                    // quote is whose words these are.
                    speaker = _lastReporterSentence > _lastQuotedSentence && _lastReporterSentence == _sentence - 1 ? _lastReporter : _lastQuoted;
                }

                speakers[quote] = speaker;
                sentenceSpeaker ??= speaker;

                // An unattributed quote in between means the next one cannot simply go on with the speaker before it.
                _lastQuoted = speaker;
                _lastQuotedSentence = _sentence;
                _paragraphsSinceQuoted = 0;
            }

            var main = FindMainReportingSubject(sentence, out var coordinated);
            if (sentenceSpeaker is not null && !coordinated)
            {
                main = Subject.None;
            }

            var named = (coordinated ? Resolve(main) : null) ?? sentenceSpeaker ?? Resolve(main) ?? Resolve(SentenceSubject(sentence));
            if (main.Kind == SubjectKind.Unnamed)
            {
                // "A spokesman for the Home Office said …": a later "the spokesman" is this
                // unnamed person, not whoever was named before.
                _lastSpeaker = null;
                _lastSpeakerParagraph = _paragraph;
            }
            else if (named is not null)
            {
                _lastSpeaker = named;
                _lastSpeakerParagraph = _paragraph;
                if ((sentenceSpeaker is null || coordinated) && main.Kind == SubjectKind.Name)
                {
                    _lastReporter = named;
                    _lastReporterSentence = _sentence;
                }
            }
            else if (IntroducedBySurname(sentence) is { } surname)
            {
                // "Federer dropped a set. '…,' he said.": he is Federer now, if the article names
                // one Federer in full; if not, no guess is made.
                _lastSpeaker = _plausibility.FullNameOf(surname);
                _lastSpeakerParagraph = _paragraph;
            }

            _sentence++;
        }

        return speakers;
    }

    // The subject a quote at `quote` is attributed to: after the quote first ("…", she said),
    // then "according to", then the nearest reporting verb before it.
    private static Subject FindSubject(IReadOnlyList<Token> sentence, int quote)
    {
        var after = SubjectAfter(sentence, quote + 1);
        if (after.Kind is SubjectKind.Pronoun or SubjectKind.Role)
        {
            // X said: "…," he added: the pronoun means X, named in this very sentence.
            var earlier = FindReportingSubject(sentence, quote);
            return earlier.Kind == SubjectKind.Name ? earlier : after;
        }

        if (after.IsFound)
        {
            return after;
        }

        var according = AccordingTo(sentence, quote);
        if (according.IsFound)
        {
            return according;
        }

        var before = FindReportingSubject(sentence, quote);
        if (before.IsFound)
        {
            return before;
        }

        var colon = ColonIntroduction(sentence, quote);
        return colon.IsFound ? colon : PourIntroduction(sentence, quote);
    }

    // Pour X, « … »: the French way of giving a view.
    private static Subject PourIntroduction(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || sentence[quote - 1].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        for (var i = quote - 2; i >= 0 && i >= quote - 2 - MaxNameReach; i--)
        {
            if (sentence[i].Is("pour"))
            {
                var subject = Phrase.ReadForward(sentence, i + 1);
                return subject.Kind == SubjectKind.Name && subject.End == quote - 1 ? subject : Subject.None;
            }
        }

        return Subject.None;
    }

    // "…," the newspaper quotes a source: words after the quote say whose it is, even when
    // they cannot be read, so the quote does not simply go on with the last speaker.
    private static bool HasWordAfter(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = quote + 1; i < sentence.Count; i++)
        {
            if (sentence[i].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasReportingVerb(IReadOnlyList<Token> sentence)
    {
        for (var i = 0; i < sentence.Count && i < MaxReach; i++)
        {
            if (IsReportingVerb(sentence[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Two to five words, each capitalised or a number, with no closing punctuation.
    private static bool LooksLikeTitle(string inner)
    {
        var text = Text.Whitespace.Trim(inner);
        if (text.Length == 0 || !char.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var reader = new Text.WordReader(text.AsSpan());
        while (reader.Read())
        {
            var first = reader.Word[0];
            if (++words > MaxTitleWords || (!char.IsUpper(first) && !char.IsDigit(first)))
            {
                return false;
            }
        }

        return words >= 2;
    }

    // "…", she insisted / "…," said X / "…", dit-elle / "…", a-t-il ajouté
    private static Subject SubjectAfter(IReadOnlyList<Token> sentence, int start)
    {
        var i = start;
        while (i < sentence.Count && sentence[i].Kind is TokenKind.Comma or TokenKind.Other)
        {
            i++;
        }

        if (i >= sentence.Count || !sentence[i].IsWord)
        {
            return Subject.None;
        }

        // "…", dit-elle; "…", craint-il: any verb with its pronoun inverted after a quote reports it.
        if (sentence[i].IsLower && InvertedPronoun(sentence[i].Span))
        {
            return Subject.Pronoun;
        }

        if (IsReportingVerb(sentence[i]))
        {
            return Phrase.ReadForward(sentence, i + 1);
        }

        // "…", a déclaré X: an auxiliary before the verb
        var verbAfterAuxiliary = Phrase.SkipFillers(sentence, i);
        if (verbAfterAuxiliary > i && verbAfterAuxiliary < sentence.Count && IsReportingVerb(sentence[verbAfterAuxiliary]))
        {
            return Phrase.ReadForward(sentence, verbAfterAuxiliary + 1);
        }

        var subject = Phrase.ReadForward(sentence, i);
        var verb = Phrase.SkipFillers(sentence, subject.End);

        // "…," Joseph Dias, general secretary of the forum, said
        if (subject.Kind == SubjectKind.Name && verb < sentence.Count && sentence[verb].Kind == TokenKind.Comma)
        {
            var after = Phrase.AfterAppositive(sentence, verb);
            verb = after >= 0 ? Phrase.SkipFillers(sentence, after) : verb;
        }

        return subject.IsFound && verb < sentence.Count && IsReportingVerb(sentence[verb]) ? subject : Subject.None;
    }

    // The subject of the last reporting verb before `end`, skipping a relative clause
    // ("X, who … with Y, stressed": X spoke, not Y).
    private static Subject FindReportingSubject(IReadOnlyList<Token> sentence, int end)
    {
        for (var verb = end - 1; verb >= 0 && verb >= end - MaxReach; verb--)
        {
            if (IsReportingVerb(sentence[verb]))
            {
                var subject = SubjectOf(sentence, verb);
                if (subject.IsFound)
                {
                    return subject;
                }
            }
        }

        return Subject.None;
    }

    // The subject of the reporting verb at `verb`: before it, before a relative clause left
    // open, or after it when the verb inverts.
    private static Subject SubjectOf(IReadOnlyList<Token> sentence, int verb)
    {
        var subject = Phrase.ReadBackward(sentence, verb);
        if (subject.IsFound)
        {
            return subject;
        }

        var relative = Phrase.BeforeUnclosedRelativeClause(sentence, verb);
        if (relative.IsFound)
        {
            return relative;
        }

        // "said Mr X" inverts, and so does any verb after a comma (", thinks Dr X");
        // otherwise "told the BBC", "blamed Boeing" name a listener or a target.
        if (!LexiconTables.InvertingVerbs.Contains(sentence[verb].Span) && !(verb > 0 && sentence[verb - 1].Kind == TokenKind.Comma))
        {
            return Subject.None;
        }

        var inverted = Phrase.ReadForward(sentence, verb + 1);
        return inverted.Kind == SubjectKind.Name ? inverted : Subject.None;
    }

    // "Mr Clarke said he had backed the plans when Mr Blunkett argued for them": the first
    // reporting verb is the main clause's, and its subject is who a later "he" means.
    private static Subject FindMainReportingSubject(IReadOnlyList<Token> sentence, out bool coordinated)
    {
        coordinated = false;
        // "Hewitt said he had had enough, but Geoff Pollard rejected his comments": a clause
        // after "but" has the last word, and its subject is who a later "he" means.
        var found = Subject.None;
        var afterBut = false;
        for (var i = 0; i < sentence.Count && i < MaxReach; i++)
        {
            if (sentence[i].IsWord && LexiconTables.Contrasts.Contains(sentence[i].Span))
            {
                afterBut = true;
            }
            else if ((!found.IsFound || afterBut) && IsReportingVerb(sentence[i]))
            {
                var subject = SubjectOf(sentence, i);
                if (subject.IsFound)
                {
                    coordinated = found.IsFound;
                    found = subject;
                    afterBut = false;
                }
            }
        }

        return found;
    }

    // "Maria Lopez presented the plan.": a full name opening a sentence, followed by its verb,
    // is who a later "she said" most likely means.
    // The surname opening a sentence, followed by its verb, when it ends a full name of the article.
    private string? IntroducedBySurname(IReadOnlyList<Token> sentence)
    {
        var subject = Phrase.ReadForward(sentence, 0);
        var isSurname = subject.Kind == SubjectKind.Name && subject.End < sentence.Count && sentence[subject.End].IsLower
            && _plausibility.IsKnownSurname(subject.Text);
        return isSurname ? subject.Text : null;
    }

    private static Subject SentenceSubject(IReadOnlyList<Token> sentence)
    {
        var subject = Phrase.ReadForward(sentence, 0);
        var isFullName = subject.Kind == SubjectKind.Name && subject.Text.IndexOf(' ') > 0;
        return isFullName && subject.End < sentence.Count && sentence[subject.End].IsLower ? subject : Subject.None;
    }

    private static Subject AccordingTo(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = Math.Max(0, quote - MaxReach); i < sentence.Count && i <= quote + MaxReach; i++)
        {
            if (sentence[i].Is("selon") || (sentence[i].Is("according") && i + 1 < sentence.Count && sentence[i + 1].Is("to")))
            {
                var subject = Phrase.ReadForward(sentence, sentence[i].Is("selon") ? i + 1 : i + 2);
                if (subject.IsFound)
                {
                    return subject;
                }
            }
        }

        return Subject.None;
    }

    // X: « … »; but in "X told the BBC: '…'" the name before the colon is the listener.
    private static Subject ColonIntroduction(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 2 || sentence[quote - 1].Kind != TokenKind.Colon)
        {
            return Subject.None;
        }

        for (var i = quote - 2; i >= 0 && i >= quote - 2 - MaxNameReach; i--)
        {
            if (sentence[i].IsLower && LexiconTables.ListenerVerbs.Contains(sentence[i].Span))
            {
                return SubjectOf(sentence, i);
            }

            if (!sentence[i].IsWord || (sentence[i].IsLower && !LexiconTables.Definites.Contains(sentence[i].Span)))
            {
                break;
            }
        }

        return Phrase.ReadBackward(sentence, quote - 1);
    }

    // "On navigue à vue" standing alone, without a full stop: a heading that quotes, not more words.
    private static bool IsQuotedHeading(IReadOnlyList<Token> sentence, int quote)
    {
        var last = sentence[quote].Span;
        return sentence.Count == quote + 1 && (last.Length == 0 || !Structure.Punctuation.IsTerminal(last[0]));
    }

    private static bool IsReportingVerb(Token token)
        => token.IsLower && (LexiconTables.ReportingVerbs.Contains(token.Span) || IsFrenchInversion(token.Span));

    private static bool InvertedPronoun(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && LexiconTables.Pronouns.Contains(word.Slice(dash + 1));
    }

    // "dit-elle", "ajoute-t-il", "a-t-elle": a reporting verb (or the auxiliary "a") with its
    // pronoun inverted after it.
    private static bool IsFrenchInversion(ReadOnlySpan<char> word)
    {
        var last = word.LastIndexOf('-');
        if (last < 0 || !LexiconTables.Pronouns.Contains(word.Slice(last + 1)))
        {
            return false;
        }

        var verb = word.Slice(0, word.IndexOf('-'));
        return LexiconTables.ReportingVerbs.Contains(verb) || (verb.Length == 1 && verb[0] == 'a');
    }

    private string? Resolve(Subject subject)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Name:
                var name = CompleteName(subject.Text);
                return _plausibility.IsPlausible(name) ? name : null;
            case SubjectKind.Pronoun:
            case SubjectKind.Role:
                return _paragraph - _lastSpeakerParagraph <= ReferenceReach ? _lastSpeaker : null;
            default:
                return null;
        }
    }

    // "Sherman" after "Wendy Sherman" is the same person: keep the fullest form seen.
    private string CompleteName(string name)
    {
        var surname = " " + name;
        foreach (var known in _knownNames)
        {
            if (known.EndsWith(surname, StringComparison.Ordinal))
            {
                return known;
            }
        }

        if (name.IndexOf(' ') < 0 && _plausibility.FullNameOf(name) is { } full)
        {
            return Listed(full);
        }

        return Listed(name);
    }

    private string Listed(string name)
    {
        if (_listedNames.Add(name))
        {
            _knownNames.Add(name);
        }

        return name;
    }
}
