using System;
using System.Collections.Generic;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// A quote whose speaker is only carried (a pronoun, a dropped subject, an age noun, or no cue at
// all) in a paragraph that has turned to someone else before it: "Vorne traf vor allem Sofie
// Mikkelsen. Die Dänin studiert … „…“, sagte die 23-jährige Dänin", "Terug in de bus pakt Bosman
// haar agenda. Vrijdag is de laatste dag. “…”, zegt ze.", "Nel pomeriggio Galli non ha cambiato
// idea. … «…», ha insistito". The person carried from an earlier paragraph is not named in this
// one, up to the quote, while another person is: the writer has moved on, and the carried person
// is no safe guess. The quote is the one newcomer's when the paragraph names one of the pronoun's
// gender, no one's when it names several. SpeakerFinder.NewcomerBefore.cs reads the sentence right
// before; this reads every sentence of the paragraph before the quote's own, in the same subject
// shapes and a few more (StandsAsParagraphSubject), when the speaker kept is absent from the
// paragraph up to the quote's end. Not when a sentence of the paragraph opens on a pronoun ("Sie
// hat …", "He told Smith …"), which goes on about someone already in the story; not for an
// organisation, which no pronoun of a person means.
internal sealed partial class SpeakerFinder
{
    // The indices of the current paragraph's sentences read so far that hold two tokens or more and
    // no quote, the only ones the carried-quote rules read: noted once per sentence, so that each
    // carried quote walks these alone and a paragraph of many quotes is not walked again per quote.
    private readonly List<int> _paragraphPlain = new();

    // The paragraph, the name and the end before which NamesAnyWordOfSoFar last found none of the
    // name's words: a later quote of the same paragraph, asking of the same name, reads on from there.
    private string? _unnamedParagraph;
    private string? _unnamedName;
    private int _unnamedBefore;

    // A carried quote reads at most this many of the paragraph's plain sentences, the nearest before it.
    // A paragraph of prose holds far fewer; a run-on one (a page glued into one paragraph, hostile
    // input) would otherwise cost each of its quotes a walk over every sentence before it.
    private const int MaxPlainSentencesRead = 40;

    // Where in _paragraphPlain a carried quote in sentence `count` starts reading: the plain sentences
    // before it are a prefix of the list, and only its last MaxPlainSentencesRead are read.
    private int FirstPlainSentenceRead(int count)
    {
        var end = _paragraphPlain.Count;
        while (end > 0 && _paragraphPlain[end - 1] >= count)
        {
            end--;
        }

        return Math.Max(0, end - MaxPlainSentencesRead);
    }

    // Called once per sentence, after it is read: see _paragraphPlain.
    private void NotePlainSentence(TokenRange sentence, int index)
    {
        if (index == 0)
        {
            _paragraphPlain.Clear();
        }

        if (sentence.Count >= 2 && !HoldsQuote(sentence, 0, sentence.Count))
        {
            _paragraphPlain.Add(index);
        }
    }

    // NamesAnyWordOf, read on from where the last quote of the paragraph left off. A word found
    // nowhere before the last end can only be found ending past it, so the search starts a word's
    // length before it; the answer is the same as a search from the paragraph's start.
    private bool NamesAnyWordOfSoFar(string paragraph, int end, string name)
    {
        var from = ReferenceEquals(paragraph, _unnamedParagraph) && string.Equals(name, _unnamedName, StringComparison.Ordinal)
            && end >= _unnamedBefore ? _unnamedBefore : 0;
        if (NamesAnyWordOf(paragraph, from, end, name))
        {
            _unnamedParagraph = null;
            return true;
        }

        (_unnamedParagraph, _unnamedName, _unnamedBefore) = (paragraph, name, end);
        return false;
    }

    // The speaker of a carried quote: as carried, the one newcomer of the paragraph, or no one.
    private string? PastParagraphNewcomer(string speaker, Subject subject, string paragraph, QuoteSpan quote)
    {
        if (_paragraphSentences is not { } sentences || _paragraphSentence == 0 || !IsCarried(subject)
            || !IsPersonNamed(speaker) || NamesAnyWordOfSoFar(paragraph, quote.IsOpen ? paragraph.Length : quote.Close, speaker))
        {
            return speaker;
        }

        string? newcomer = null;
        var newcomers = 0;
        var reportedSince = false;
        // A sentence of quoted words has its own speaker, whom the discourse already holds: only
        // the plain sentences are read (NotePlainSentence).
        for (var k = FirstPlainSentenceRead(_paragraphSentence); k < _paragraphPlain.Count && _paragraphPlain[k] < _paragraphSentence; k++)
        {
            var before = sentences[_paragraphPlain[k]];

            var found = newcomers;
            if (OpensOnPronoun(before) || !NewcomersIn(before, speaker, subject, ref newcomer, ref newcomers, wholeParagraph: true))
            {
                return speaker;
            }

            // "X held a meeting. Our correspondent said that …": someone else reports after the
            // newcomer, most often the speaker kept under a role noun; the words stay theirs.
            reportedSince |= found > 0 && newcomers == found && _cues.HasReportingVerb(before);
        }

        if (reportedSince)
        {
            return speaker;
        }

        if (newcomers == 0 && subject.Kind is SubjectKind.None or SubjectKind.Pronoun && NamesOnlyOthersBefore(sentences, _paragraphSentence, speaker, subject))
        {
            // "Secondo i conti di Marina Colombo, … . «…»": see SpeakerFinder.MentionedNewcomer.cs.
            return null;
        }

        return newcomers == 0 ? speaker : newcomers == 1 ? newcomer : null;
    }

    // A subject that names no one in the quote's own sentence: none, a pronoun or a dropped
    // subject, or an age noun ("sagte die 23-jährige Dänin", "sagt der 31-Jährige"), which the
    // discourse gives to whoever it holds.
    private static bool IsCarried(Subject subject)
        => subject.Kind is SubjectKind.None or SubjectKind.Pronoun
        || (subject.Kind == SubjectKind.Role && subject.Text.Length > 0 && char.IsDigit(subject.Text[0]));

    // Whether the paragraph, up to `end`, writes any capitalised word of `name` as a whole word:
    // its surname, its first name ("Jannie kijkt haar na"), in a cue or inside the marks; none ends
    // at or before `from` (see NamesAnyWordOfSoFar).
    private static bool NamesAnyWordOf(string paragraph, int from, int end, string name)
    {
        var start = 0;
        while (start < name.Length)
        {
            var space = name.IndexOf(' ', start);
            var stop = space < 0 ? name.Length : space;
            if (stop - start >= 2 && char.IsUpper(name[start]) && HoldsWord(paragraph, from, end, name.AsSpan(start, stop - start)))
            {
                return true;
            }

            start = stop + 1;
        }

        return false;
    }

    private static bool HoldsWord(string text, int after, int end, ReadOnlySpan<char> word)
    {
        var within = text.AsSpan(0, Math.Min(end, text.Length));
        var from = Math.Max(0, after - word.Length + 1);
        while (from < within.Length)
        {
            var at = within.Slice(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var stop = at + word.Length;
            if ((at == 0 || !char.IsLetter(within[at - 1])) && (stop >= within.Length || !char.IsLetter(within[stop])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // Whether the name over first..last is the subject of a sentence earlier in the paragraph: in
    // the shapes the sentence right before may have (SpeakerFinder.NewcomerBefore.cs), with an
    // appositive set off after it, or closing the sentence, where the verb stands second
    // ("Zurückhaltender gab sich X, Präsident des …, der …", "Vorne traf vor allem X."); opening
    // the sentence before a lower-case word ("Lenz selbst hat …", "Galli non ha arretrato"); or
    // after a short opening phrase with no comma that a preposition begins ("Nel pomeriggio Galli
    // non ha cambiato idea"). Never one of several joined.
    private bool StandsAsParagraphSubject(IReadOnlyList<Token> sentence, int first, int last, Subject subject)
    {
        const int MaxOpeningPhrase = 4;
        var after = last + 1 < sentence.Count ? sentence[last + 1] : default;
        if (_cues.Is(after, WordClass.Coordinator)
            || (after.Kind == TokenKind.Comma && last + 2 < sentence.Count && _cues.Is(sentence[last + 2], WordClass.Coordinator))
            || JoinedBefore(sentence, first))
        {
            return false;
        }

        if (StandsAsSubject(sentence, first, last, subject))
        {
            return true;
        }

        var lowerAfter = after.IsLower && !_cues.Is(after, WordClass.Preposition | WordClass.Article);
        if (first == 0)
        {
            return lowerAfter;
        }

        if (first >= 2 && first - 1 <= MaxOpeningPhrase + 1 && _cues.Words.VerbSecond && after.Kind is TokenKind.Comma or TokenKind.Terminal
            && AllWordsBefore(sentence, first) && sentence[first - 1].IsLower && !IsRoleLike(sentence[first - 1])
            && !_cues.Is(sentence[first - 1], WordClass.Article | WordClass.TitleOrRole | WordClass.Preposition)
            && !_cues.Is(sentence[first - 1], WordClass.Possessive) && !SubjectNamedBeforeName(sentence, first))
        {
            return true;
        }

        return !_cues.Words.VerbSecond && first >= 2 && first <= MaxOpeningPhrase && lowerAfter && _cues.Is(sentence[0], WordClass.Preposition)
            && AllWordsBefore(sentence, first) && sentence[first - 1].IsLower
            && !_cues.Is(sentence[first - 1], WordClass.Preposition | WordClass.Article);
    }

    private static bool AllWordsBefore(IReadOnlyList<Token> sentence, int first)
    {
        for (var k = 0; k < first; k++)
        {
            if (sentence[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }
}
