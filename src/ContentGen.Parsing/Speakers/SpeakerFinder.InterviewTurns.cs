using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

// An interview written up as questions and answers: "Vous parlez d'un « abandon ». Le mot
// n'est-il pas trop fort ?" on its own line, then the guest's answer as a paragraph that is all
// quote and names no one who says it. Whatever names the answer holds ("Je l'ai dit à Bernard
// Coste") are people the guest speaks of; the last person quoted before the question is no one
// the answer goes on with.
internal sealed partial class SpeakerFinder
{
    // A question is a paragraph or two of the interviewer's, never a long one.
    private const int MaxQuestionLength = 400;

    // What the paragraph before this one was: a question ending outside any quote, or a one-sentence
    // prompt that does not open with a quote ("Le préfet assure pourtant que l'État « … ».").
    private bool _questionBefore;
    private bool _promptBefore;
    private bool _questionJustRead;
    private bool _promptJustRead;

    // How many answers the interview has given its guest: a prompt with no question mark is read
    // as the interviewer's only once the article has gone from question to answer.
    private int _interviewAnswers;

    // The discourse's number of the paragraph's first sentence.
    private int _paragraphFirstSentence;

    private void ClearInterviewTurns()
    {
        _questionBefore = false;
        _promptBefore = false;
        _questionJustRead = false;
        _promptJustRead = false;
        _interviewAnswers = 0;
        _paragraphFirstSentence = 0;
        ClearAskedGuest();
    }

    // Called as each paragraph starts, then as it ends with its text and its count of sentences.
    private void StartInterviewTurn()
    {
        _questionBefore = _questionJustRead;
        _promptBefore = _promptJustRead;
        _paragraphFirstSentence = _state.Sentence;
    }

    private void EndInterviewTurn(string paragraph, int sentenceCount)
    {
        var end = paragraph.Length;
        while (end > 0 && char.IsWhiteSpace(paragraph[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && char.IsWhiteSpace(paragraph[start]))
        {
            start++;
        }

        var opensWithQuote = start < end && QuoteMarks.OpensQuotation(paragraph[start]);
        _questionJustRead = end > 0 && end <= MaxQuestionLength && paragraph[end - 1] == '?' && !opensWithQuote;
        _promptJustRead = sentenceCount == 1 && end <= MaxQuestionLength && !opensWithQuote;
        EndAskedGuestTurn(_questionJustRead);
    }

    // The guest's answer: the paragraph's opening quote runs to its end, no cue names its
    // speaker, and the paragraph before asked a question (or, once an answer has been read, put a
    // one-sentence prompt).
    private string? InterviewTurnAnswer(string paragraph, int quote, QuoteSpan span, Subject subject)
    {
        // "We asked Dr Ann Lowe …": a guest brought in with no interview phrase (SpeakerFinder.AskedGuest.cs).
        var asked = _state.Interviewee is null ? AskedGuest() : null;
        if ((_state.Interviewee ?? asked) is not { } guest || subject.IsFound || quote != 0 || _state.Sentence != _paragraphFirstSentence
            || !(_questionBefore || (_promptBefore && _interviewAnswers > 0)) || !IsWholeParagraph(paragraph, span))
        {
            return null;
        }

        _interviewAnswers++;
        _askedGuestAnswered |= asked is not null;
        return guest;
    }

    private static bool IsWholeParagraph(string paragraph, QuoteSpan span)
    {
        if (span.IsOpen || span.IsAbandoned || span.IsHeadless)
        {
            return false;
        }

        for (var k = 0; k < span.Open; k++)
        {
            if (!char.IsWhiteSpace(paragraph[k]))
            {
                return false;
            }
        }

        for (var k = span.Close + 1; k < paragraph.Length; k++)
        {
            if (!char.IsWhiteSpace(paragraph[k]))
            {
                return false;
            }
        }

        return true;
    }
}
