using System.Runtime.CompilerServices;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// The sieves that hold nothing but the speech cues: made once per cues (one per language) and
/// shared by every article, instead of once per article. The colon's sieve, which asks the
/// article's names, is the finder's own.
/// </summary>
internal sealed class CueSieves
{
    private static readonly ConditionalWeakTable<Cues, CueSieves> s_byCues = new();

    private CueSieves(Cues cues)
    {
        Adjacent = new AdjacentCue(cues);
        QuotedAsSaying = new QuotedAsSaying(cues);
        Label = new LabelCue(cues);
        GoverningVerb = new GoverningVerb(cues);
        Participle = new ParticipleCue(cues);
        PassiveAgent = new PassiveAgent(cues);
        AccordingTo = new AccordingTo(cues);
        SentenceEnd = new SentenceEndCue(Adjacent, cues);
        Noun = new NounCue(cues);
    }

    public AdjacentCue Adjacent { get; }

    public QuotedAsSaying QuotedAsSaying { get; }

    public LabelCue Label { get; }

    public GoverningVerb GoverningVerb { get; }

    public ParticipleCue Participle { get; }

    public PassiveAgent PassiveAgent { get; }

    public AccordingTo AccordingTo { get; }

    public SentenceEndCue SentenceEnd { get; }

    public NounCue Noun { get; }

    /// <summary>The sieves over <paramref name="cues"/>, made once.</summary>
    public static CueSieves For(Cues cues) => s_byCues.GetValue(cues, c => new CueSieves(c));
}
