using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "We asked Dr Ann Lowe, an economist at …, whether the rises were justified." or "Drei Fragen an
// Jonas Keller, Agrarökonom …:", then a question on a line of its own and an answer that is all
// quote: a short interview inside a report. The paragraph that brings the guest in names no
// interview phrase (SpeakerFinder.InterviewTurns.cs reads those), so the answers went to no one.
// A paragraph whose last sentence is the writer's and names one person (as
// SpeakerFinder.WritersInterlocutor.cs reads it), or ends on a colon, holds no quote and names one
// person in full, makes that person the guest of the questions that follow at once. The guest
// answers only while the article goes from question to answer: a paragraph that is neither ends
// the interview, so a rhetorical question pages later is never given to them.
internal sealed partial class SpeakerFinder
{
    private enum AskedStage
    {
        None,
        Introduced,
        Asked,
        Answered,
    }

    private string? _askedGuest;
    private AskedStage _askedStage;

    // Set while the paragraph is read: the guest its last sentence brings in, and whether an
    // answer was given to the guest.
    private string? _guestBroughtIn;
    private bool _askedGuestAnswered;

    private void ClearAskedGuest()
    {
        _askedGuest = null;
        _askedStage = AskedStage.None;
        _guestBroughtIn = null;
        _askedGuestAnswered = false;
    }

    // After each sentence: whether the paragraph's last sentence brings a guest in.
    private void NoteAskedGuest(IReadOnlyList<Token> sentence, string? sentenceSpeaker, bool lastOfParagraph)
    {
        if (!lastOfParagraph || sentence.Count < 3)
        {
            _guestBroughtIn = null;
            return;
        }

        // "We asked Ann Lowe whether …" may read as Ann Lowe's reported words; the writer asked,
        // and the sentence holds no quote (WritersInterlocutor reads none), so it brings her in all the same.
        _guestBroughtIn = sentence[sentence.Count - 1].IsMark(':') ? (sentenceSpeaker is null ? OnlyPersonNamed(sentence) : null)
            : WritersInterlocutor(sentence, out var interlocutor) ? interlocutor
            : null;
    }

    // Called as the paragraph ends, once the interview turns have read it.
    private void EndAskedGuestTurn(bool question)
    {
        if (_guestBroughtIn is { } guest)
        {
            (_askedGuest, _askedStage) = (guest, AskedStage.Introduced);
        }
        else if (question && _askedStage is AskedStage.Introduced or AskedStage.Answered)
        {
            _askedStage = AskedStage.Asked;
        }
        else if (_askedStage == AskedStage.Asked && _askedGuestAnswered)
        {
            _askedStage = AskedStage.Answered;
        }
        else
        {
            (_askedGuest, _askedStage) = (null, AskedStage.None);
        }

        _guestBroughtIn = null;
        _askedGuestAnswered = false;
    }

    /// <summary>
    /// Tells the finder that a question set apart as a heading ("Are supermarkets profiteering?") stands
    /// before the next paragraph: it is read as a question of the interviewer's on a line of its own.
    /// </summary>
    public void QuestionSetApart()
    {
        _questionJustRead = true;
        _promptJustRead = false;
        EndAskedGuestTurn(question: true);
    }

    // The guest an answer after a question goes to, when no interview phrase named one.
    private string? AskedGuest() => _askedStage == AskedStage.Asked && _questionBefore ? _askedGuest : null;

    // The one person a sentence with no quote names in full, or null for none or several.
    private string? OnlyPersonNamed(IReadOnlyList<Token> sentence)
        => PeopleNamedInFull(sentence, 0, out var person) == PeopleNamed.One ? person : null;
}
