namespace ContentGen.Evaluation.Speakers;

/// <summary>The counts behind one row of the report.</summary>
public sealed class SpeakerTally
{
    /// <summary>Labelled quotes, speech or not.</summary>
    public int Labels { get; private set; }

    /// <summary>Labelled quotes the reader found as quotes: recall of quote finding.</summary>
    public int Found { get; private set; }

    /// <summary>Labelled marks found as reopenings joined into the quote before them (counted in <see cref="Found"/>).</summary>
    public int Merged { get; private set; }

    /// <summary>Labelled speech quotes.</summary>
    public int Speech { get; private set; }

    /// <summary>Labelled speech quotes the reader found.</summary>
    public int SpeechFound { get; private set; }

    /// <summary>Speech quotes with the right speaker (or none, where the text names none); a quote not found is wrong.</summary>
    public int SpeechRight { get; private set; }

    /// <summary>Found quotes the reader gave a speaker, speech or not.</summary>
    public int Attributed { get; private set; }

    /// <summary>Attributed quotes whose speaker is right.</summary>
    public int AttributedRight { get; private set; }

    /// <summary>Counts one outcome.</summary>
    public void Add(SpeakerOutcome outcome)
    {
        Labels++;
        Found += outcome.Found ? 1 : 0;
        Merged += outcome.Merged ? 1 : 0;
        if (outcome.Label.IsSpeech)
        {
            Speech++;
            SpeechFound += outcome.Found ? 1 : 0;
            SpeechRight += outcome.Right ? 1 : 0;
        }

        if (outcome.Attributed)
        {
            Attributed++;
            AttributedRight += outcome.Right ? 1 : 0;
        }
    }
}
