using System;
using System.Collections.Generic;
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

    private readonly List<string> _knownNames = new();
    private string? _lastSpeaker;
    private string? _lastQuoted;
    private int _paragraphsSinceQuoted = int.MaxValue;

    /// <summary>
    /// Finds the speaker of each quote in one paragraph. Paragraphs must be given in document
    /// order, since references reach back to earlier ones.
    /// </summary>
    public string?[] Attribute(string paragraph, IReadOnlyList<QuoteSpan> quotes)
    {
        var speakers = new string?[quotes.Count];
        if (_paragraphsSinceQuoted != int.MaxValue)
        {
            _paragraphsSinceQuoted++;
        }

        foreach (var sentence in Sentences.Split(Token.Read(paragraph, quotes)))
        {
            string? sentenceSpeaker = null;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (sentence[i].Kind != TokenKind.Quote)
                {
                    continue;
                }

                var quote = sentence[i].QuoteIndex;
                var speaker = Resolve(FindSubject(sentence, i));
                if (speaker is null && i == 0 && _paragraphsSinceQuoted <= ContinuationReach
                    && Text.Words.Count(quotes[quote].Inner(paragraph)) >= MinContinuationWords)
                {
                    speaker = _lastQuoted;
                }

                speakers[quote] = speaker;
                sentenceSpeaker ??= speaker;
                if (speaker is not null)
                {
                    _lastQuoted = speaker;
                    _paragraphsSinceQuoted = 0;
                }
            }

            var named = sentenceSpeaker ?? Resolve(FindReportingSubject(sentence, sentence.Count)) ?? Resolve(SentenceSubject(sentence));
            if (named is not null)
            {
                _lastSpeaker = named;
            }
        }

        return speakers;
    }

    // The subject a quote at `quote` is attributed to: after the quote first ("…", she said),
    // then "according to", then the nearest reporting verb before it.
    private static Subject FindSubject(IReadOnlyList<Token> sentence, int quote)
    {
        var after = SubjectAfter(sentence, quote + 1);
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

        return ColonIntroduction(sentence, quote);
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

        var inverted = FrenchInversion(sentence[i].Text);
        if (inverted is not null)
        {
            return Subject.Pronoun;
        }

        if (IsReportingVerb(sentence[i]))
        {
            return Phrase.ReadForward(sentence, i + 1);
        }

        var subject = Phrase.ReadForward(sentence, i);
        var verb = Phrase.SkipFillers(sentence, subject.End);
        return subject.IsFound && verb < sentence.Count && IsReportingVerb(sentence[verb]) ? subject : Subject.None;
    }

    // The subject of the last reporting verb before `end`, skipping a relative clause
    // ("X, who … with Y, stressed": X spoke, not Y).
    private static Subject FindReportingSubject(IReadOnlyList<Token> sentence, int end)
    {
        for (var verb = end - 1; verb >= 0 && verb >= end - MaxReach; verb--)
        {
            if (!IsReportingVerb(sentence[verb]))
            {
                continue;
            }

            var subject = Phrase.ReadBackward(sentence, verb);
            if (subject.IsFound)
            {
                return subject;
            }

            var inverted = Phrase.ReadForward(sentence, verb + 1);
            if (inverted.IsFound && inverted.Kind == SubjectKind.Name)
            {
                return inverted;
            }
        }

        return Subject.None;
    }

    // "Maria Lopez presented the plan.": a full name opening a sentence, followed by its verb,
    // is who a later "she said" most likely means.
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

    // X: « … »
    private static Subject ColonIntroduction(IReadOnlyList<Token> sentence, int quote)
        => quote >= 2 && sentence[quote - 1].Kind == TokenKind.Colon
            ? Phrase.ReadBackward(sentence, quote - 1)
            : Subject.None;

    private static bool IsReportingVerb(Token token)
        => token.IsLower && (ReportingVerbs.Contains(token.Text) || FrenchInversion(token.Text) is not null);

    // "dit-elle", "ajoute-t-il", "a-t-elle": a verb with its pronoun inverted after it.
    private static string? FrenchInversion(string word)
    {
        var parts = word.Split('-');
        if (parts.Length < 2 || !SpeakerWords.Pronouns.Contains(parts[parts.Length - 1]))
        {
            return null;
        }

        return ReportingVerbs.Contains(parts[0]) || parts[0] == "a" ? parts[parts.Length - 1] : null;
    }

    private string? Resolve(Subject subject)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Name:
                var name = CompleteName(subject.Text);
                return name;
            case SubjectKind.Pronoun:
            case SubjectKind.Role:
                return _lastSpeaker;
            default:
                return null;
        }
    }

    // "Sherman" after "Wendy Sherman" is the same person: keep the fullest form seen.
    private string CompleteName(string name)
    {
        foreach (var known in _knownNames)
        {
            if (known.EndsWith(" " + name, StringComparison.Ordinal))
            {
                return known;
            }
        }

        _knownNames.Add(name);
        return name;
    }
}
