using System;
using System.Collections.Generic;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// A quote whose own sentence names no speaker: the sentences around it may. Each rule here reads
// the discourse state, so none is a sieve.
internal sealed partial class SpeakerFinder
{
    // "„…“ Das sagte X": a quote standing alone as its sentence, reported by the next one; or
    // "«…». È il commento di X": a next sentence that says whose reply or verdict it was.
    private Subject ReportedByNextSentence(IReadOnlyList<Token> sentence, int quote, TokenRange? next)
        => quote == 0 && next is not null && !HasWordAfter(sentence, quote)
            ? _backReference.Find(next) is { IsFound: true } reported ? reported : _adjacent.ResponseOpening(next)
            : Subject.None;

    // S9: a quote that opens a sentence with no reporting verb of its own goes on with the last
    // speaker's words; one whose verb has a subject we cannot name does not.
    private bool GoesOnWithWordsBefore(IReadOnlyList<Token> sentence, int quote, QuoteSpan span, ReadOnlySpan<char> inner)
        => quote == 0 && ((_state.ParagraphsSinceQuoted <= ContinuationReach && !_state.OtherSubjectSinceQuoted) || _state.ReporterJustBefore || _state.SubjectJustBefore)
        && !_cues.HasReportingVerb(sentence) && (!HasWordAfter(sentence, quote) || EndsOwnSentence(sentence, quote) || RelativeClauseAfter(sentence, quote))
        && (Text.Words.Count(inner, MinContinuationWords) >= MinContinuationWords || IsSentenceRightAfterQuote(sentence, quote))
        && (span.IsOpen || !IsQuotedHeading(sentence, quote) || (QuotedJustBefore() && sentence[quote].First != ','));

    // "«…», ha detto. «Lo prometto».", "'…,' she said. 'I promise.'": words too few to tell speech
    // from a title or a scare quote go on with the last speaker only as a sentence of their own,
    // right after that speaker's quote in the same paragraph.
    private bool IsSentenceRightAfterQuote(IReadOnlyList<Token> sentence, int quote)
        => !HasWordAfter(sentence, quote) && _state.ParagraphsSinceQuoted == 0 && _state.LastQuotedSentence == _state.Sentence - 1
        && !_state.OtherSubjectSinceQuoted;

    // "Mr Dunn warned that … . '…'": someone named as reporting since the last quote is whose
    // words these are. "Baker was asked about the vote. '…'": or whoever was the subject just
    // before. Otherwise the last speaker goes on.
    private string? SpeakerOfWordsBefore()
        => _state.ReporterJustBefore ? _state.LastReporter : _state.SubjectJustBefore ? _state.LastSubject : _state.LastQuoted;

    // "He will say the Greens "stand for the same things". And that he wants a "fairer
    // harbour"": a sentence opened by a conjunction and a complementiser goes on with the report
    // of the sentence before, whose speaker says this too.
    // "Avant d'ajouter : « … »": so does an infinitive that reports, whatever a sieve read into
    // its opening word ("Prima" as a name); and "Poi, rivolta al marito: «…»", a lead of turning
    // to a listener with no subject of its own.
    private string? GoesOnWithReportBefore(IReadOnlyList<Token> sentence, int quote, Subject subject)
        => _state.LastQuoted is { } reported
        && (_state.LastQuotedSentence == _state.Sentence - 1 || _state.LastQuotedSentence == _state.Sentence)
        && ((!subject.IsFound && OpensWithReportedClause(sentence))
            || (_state.LastQuotedSentence == _state.Sentence - 1 && (_continuation.Opens(sentence, quote) || _turn.Opens(sentence, quote))))
            ? reported
            : null;

    // S10: "Liberal Democrat leader Jane Moss has set off on a bus tour to convince voters they
    // are the "only real choice"", under "Moss begins tour": a quote of the standfirst with no
    // cue belongs to its sentence's subject when the headline names the same person first, and
    // a title or role says the subject is a person ("Three Labour councillors were caught
    // running a "factory"" quotes no one).
    private string? StandfirstOfHeadlineSubject(IReadOnlyList<Token> sentence, int quote, Subject subject)
        => !subject.IsFound && _state.Paragraph == 0 && _headlineSubject is not null
        && OpeningSubject(sentence) is { Kind: SubjectKind.Name } opening && EndsWithWord(opening.Text, _headlineSubject)
        && HasTitleBefore(sentence, quote)
            ? Resolve(opening)
            : null;

    // "Grève des médecins : « … »" in an interview: a topic before a colon labels the guest's answer.
    private string? InterviewAnswer(IReadOnlyList<Token> sentence, int quote)
        => _state.Interviewee is { } guest && IsTopicLabel(sentence, quote) ? guest : null;

    // "…," the newspaper quotes a source: words after the quote say whose it is, even when
    // they cannot be read, so the quote does not simply go on with the last speaker.
    private static bool HasWordAfter(IReadOnlyList<Token> sentence, int quote) => Cues.HasWordFrom(sentence, quote + 1);

    // "« Nous ouvrirons trois classes », qui accueilleront les enfants du quartier.": a relative clause after
    // the quote's comma that ends the sentence says more of what the words are about and names no
    // one who said them (the sentence holds no reporting verb). One that a comma closes makes the
    // quote the subject of a later verb ("« Le Long Hiver », qui sort en mai, est son troisième
    // film"): a title or a slogan, no continuation.
    private bool RelativeClauseAfter(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote + 2 >= sentence.Count || sentence[quote + 1].Kind != TokenKind.Comma || !sentence[quote + 2].IsLower
            || !_cues.Words.RelativePronouns.Contains(sentence[quote + 2].Span))
        {
            return false;
        }

        for (var k = quote + 3; k < sentence.Count; k++)
        {
            if (sentence[k].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon)
            {
                return false;
            }
        }

        return true;
    }

    // "… on some distant planet?" Despite the film's poor run, …: a quote that ends with its own
    // question or exclamation before a capitalised word, in a sentence with no reporting verb,
    // ends its sentence too.
    // A short clause after it ("Mr Hartwell pressed.") is a cue whose verb was not known.
    private static bool EndsOwnSentence(IReadOnlyList<Token> sentence, int quote)
    {
        const int MinClauseWords = 5;
        if (sentence[quote].Span.Length != 1 || !Structure.Punctuation.IsTerminal(sentence[quote].First)
            || quote + 1 >= sentence.Count || !sentence[quote + 1].IsCapitalized)
        {
            return false;
        }

        var words = 0;
        for (var i = quote + 1; i < sentence.Count && sentence[i].Kind != TokenKind.Quote && words < MinClauseWords; i++)
        {
            words += sentence[i].IsWord ? 1 : 0;
        }

        return words >= MinClauseWords;
    }

    // "On navigue à vue" standing alone, without a full stop: a heading that quotes, not more words.
    private static bool IsQuotedHeading(IReadOnlyList<Token> sentence, int quote)
    {
        var last = sentence[quote].Span;
        return sentence.Count == quote + 1 && (last.Length == 0 || !Structure.Punctuation.IsTerminal(last[0]));
    }

    // Whether the sentence before, in this paragraph, gave someone a quote: "« … », a déclaré X.
    // « … »" goes on with X's words even with no full stop (a heading stands on its own line, and
    // this quote follows a sentence of its paragraph), unless a comma inside its marks says its cue
    // is still to come; a slogan, a title or someone else's words after a sentence of narrative
    // ("Leur mot d'ordre ? « … »") do not go on.
    private bool QuotedJustBefore() => _state.LastQuotedSentence == _state.Sentence - 1 && _state.ParagraphsSinceQuoted == 0;

    // Whether a title or role word stands among the words before `end`, the quote: "Tottenham
    // manager Jacques Morin", "Paul Girard, ministre de l'Intérieur,".
    private bool HasTitleBefore(IReadOnlyList<Token> sentence, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (_cues.Is(sentence[i], WordClass.TitleOrRole))
            {
                return true;
            }
        }

        return false;
    }

    // A few words with no verb before a colon and the quote, opening the sentence: a topic.
    private bool IsTopicLabel(IReadOnlyList<Token> sentence, int quote)
    {
        const int MaxTopicWords = 8;
        if (quote < 2 || quote > MaxTopicWords + 1 || sentence[quote - 1].Kind != TokenKind.Colon)
        {
            return false;
        }

        for (var k = 0; k < quote - 1; k++)
        {
            if (!sentence[k].IsWord || _cues.IsReportingVerb(sentence[k]) || _cues.Is(sentence[k], WordClass.Pronoun))
            {
                return false;
            }
        }

        return true;
    }
}
