namespace ContentGen.Parsing.Speakers;

// The subjects Phrase.ReadForward has read in this sentence, kept so that a rule asking again
// is answered without reading again. A subject depends on the sentence's tokens and where it
// starts, nothing else, so it stays true until the range is set to another sentence (Reset).
// The opening (start 0), which the opening check, the leading phrase and half a dozen cues each
// ask, is kept apart; so are the last few later places asked. One later place was kept until
// session 72, and a sentence's rules go back and forth between the places after its verbs (the
// inverted subject, the phrase after an opening phrase, the noun phrase's own second reading):
// a place asked again after another was read afresh.
internal sealed partial class TokenRange
{
    // Few enough to look through at every question; more than the places a sentence's rules take turns at.
    private const int KeptLaterPlaces = 4;

    private bool _openingRead;
    private Subject _opening;

    // The later places kept, -1 where none is, and their subjects; the oldest is overwritten first.
    private readonly int[] _laterStarts = { -1, -1, -1, -1 };
    private readonly Subject[] _laters = new Subject[KeptLaterPlaces];
    private int _nextLater;

    /// <summary>The subject read at <paramref name="start"/> since the range was set, when one was kept.</summary>
    public bool TryGetSubject(int start, out Subject subject)
    {
        if (start == 0)
        {
            subject = _opening;
            return _openingRead;
        }

        for (var k = 0; k < KeptLaterPlaces; k++)
        {
            if (_laterStarts[k] == start)
            {
                subject = _laters[k];
                return true;
            }
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
            return;
        }

        _laterStarts[_nextLater] = start;
        _laters[_nextLater] = subject;
        _nextLater = (_nextLater + 1) % KeptLaterPlaces;
    }

    // A spare range lets go of its subjects' strings too.
    private void ForgetSubjects()
    {
        _openingRead = false;
        _opening = default;
        for (var k = 0; k < KeptLaterPlaces; k++)
        {
            _laterStarts[k] = -1;
            _laters[k] = default;
        }

        _nextLater = 0;
    }
}
