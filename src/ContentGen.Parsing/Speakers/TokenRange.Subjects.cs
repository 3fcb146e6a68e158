namespace ContentGen.Parsing.Speakers;

// The subjects Phrase.ReadForward has read in this sentence, kept so that a rule asking again
// is answered without reading again. A subject depends on the sentence's tokens and where it
// starts, nothing else, so it stays true until the range is set to another sentence (Reset).
// Two places are kept: the opening (start 0), which the opening check, the leading phrase and
// half a dozen cues each ask, and the place asked last, where the rules after a verb ask in turn.
internal sealed partial class TokenRange
{
    private bool _openingRead;
    private Subject _opening;
    private int _laterStart = -1;
    private Subject _later;

    /// <summary>The subject read at <paramref name="start"/> since the range was set, when one was kept.</summary>
    public bool TryGetSubject(int start, out Subject subject)
    {
        if (start == 0 ? _openingRead : start == _laterStart)
        {
            subject = start == 0 ? _opening : _later;
            return true;
        }

        subject = default;
        return false;
    }

    /// <summary>Keeps <paramref name="subject"/>, read at <paramref name="start"/>, until the range is set again.</summary>
    public void KeepSubject(int start, Subject subject)
    {
        if (start == 0)
        {
            _opening = subject;
            _openingRead = true;
        }
        else
        {
            _later = subject;
            _laterStart = start;
        }
    }

    // A spare range lets go of its subjects' strings too.
    private void ForgetSubjects()
    {
        _openingRead = false;
        _opening = default;
        _laterStart = -1;
        _later = default;
    }
}
