namespace ContentGen.Evaluation;

/// <summary>Which half of a label set an evaluation scores.</summary>
public enum LabelHalf
{
    /// <summary>The labels the rules were tuned on: figures here are not evidence.</summary>
    Tune,

    /// <summary>The labels nobody looked at while tuning: the figures to report.</summary>
    Blind,

    /// <summary>A second blind half, drawn later from what the first two left (speakers only), for when the first has been reported on too often to stay blind.</summary>
    Blind2,

    /// <summary>A second tuning half, drawn later from files that hold no blind label (speakers only), for when the first tuning half no longer shows what fails.</summary>
    Tune2,

    /// <summary>A third tuning half, drawn in session 15 when the first two no longer showed what fails, from files that hold no blind label (French: from pages already read for a tuning label).</summary>
    Tune3,

    /// <summary>A third blind half, drawn with <see cref="Tune3"/> from files that hold no tuning label, for figures nobody tuned against.</summary>
    Blind3,

    /// <summary>A fourth blind half, BBC only, drawn in session 17 from files that hold no tuning label: the first three had been reported on in many sessions.</summary>
    Blind4,

    /// <summary>A fifth tuning half, drawn in session 18 when the first three no longer showed what fails: BBC from files that hold no label of any half, French from pages that hold a tuning label.</summary>
    Tune5,

    /// <summary>A sixth tuning half, drawn in session 19 (French-leaning): BBC from files that hold no label of any half, French from the pages <see cref="Tune5"/> drew from.</summary>
    Tune6,

    /// <summary>A seventh tuning half, drawn in session 20 from the same pools as <see cref="Tune6"/>: BBC from files that hold no label of any half, French from the pages that hold a tuning label.</summary>
    Tune7,

    /// <summary>An eighth tuning half, drawn in session 21 from the same pools as <see cref="Tune7"/>: BBC from files that hold no label of any half, French from what is left on the pages that hold a tuning label.</summary>
    Tune8,

    /// <summary>A fifth blind half, BBC only, drawn in session 30 from files that hold no label of any half: the earlier blind halves had been reported on in many sessions.</summary>
    Blind5,

    /// <summary>A ninth tuning half, BBC only, drawn in session 30 after <see cref="Blind5"/> from files that hold no label of any half, <see cref="Blind5"/>'s included.</summary>
    Tune9,

    /// <summary>A sixth blind half, drawn in session 32: BBC from files that hold no label of any half, French from the pages no tuning session has read (no tuning speaker label, and in the <c>blind</c> half of the page labels).</summary>
    Blind6,

    /// <summary>An eleventh tuning half, BBC only, drawn in session 48 from files that hold no label of any half, when the BBC rows of the earlier tuning halves no longer showed what fails.</summary>
    Tune11,

    /// <summary>Every half.</summary>
    All,
}

/// <summary>Parses and applies <see cref="LabelHalf"/>.</summary>
public static class LabelHalves
{
    /// <summary>Reads <c>tune</c>, <c>tune2</c>, <c>tune3</c>, <c>blind</c>, <c>blind2</c>, <c>blind3</c>, <c>blind4</c>, <c>tune5</c>, <c>tune6</c>, <c>tune7</c>, <c>tune8</c>, <c>blind5</c>, <c>tune9</c>, <c>blind6</c>, <c>tune11</c> or <c>all</c>.</summary>
    public static bool TryParse(string text, out LabelHalf half)
    {
        switch (text)
        {
            case "tune": half = LabelHalf.Tune; return true;
            case "blind": half = LabelHalf.Blind; return true;
            case "blind2": half = LabelHalf.Blind2; return true;
            case "tune2": half = LabelHalf.Tune2; return true;
            case "tune3": half = LabelHalf.Tune3; return true;
            case "blind3": half = LabelHalf.Blind3; return true;
            case "blind4": half = LabelHalf.Blind4; return true;
            case "tune5": half = LabelHalf.Tune5; return true;
            case "tune6": half = LabelHalf.Tune6; return true;
            case "tune7": half = LabelHalf.Tune7; return true;
            case "tune8": half = LabelHalf.Tune8; return true;
            case "blind5": half = LabelHalf.Blind5; return true;
            case "tune9": half = LabelHalf.Tune9; return true;
            case "blind6": half = LabelHalf.Blind6; return true;
            case "tune11": half = LabelHalf.Tune11; return true;
            case "all": half = LabelHalf.All; return true;
            default: half = default; return false;
        }
    }

    /// <summary>Whether rules may be tuned on <paramref name="half"/>, so that its misses may be listed one by one.</summary>
    public static bool IsTuning(this LabelHalf half) => half is LabelHalf.Tune or LabelHalf.Tune2 or LabelHalf.Tune3 or LabelHalf.Tune5 or LabelHalf.Tune6 or LabelHalf.Tune7 or LabelHalf.Tune8 or LabelHalf.Tune9 or LabelHalf.Tune11;

    /// <summary>Whether <paramref name="half"/> exists for the speaker labels alone (the page labels have only tune and blind).</summary>
    public static bool IsSpeakersOnly(this LabelHalf half) => half is LabelHalf.Tune2 or LabelHalf.Blind2 or LabelHalf.Tune3 or LabelHalf.Blind3 or LabelHalf.Blind4 or LabelHalf.Tune5 or LabelHalf.Tune6 or LabelHalf.Tune7 or LabelHalf.Tune8 or LabelHalf.Blind5 or LabelHalf.Tune9 or LabelHalf.Blind6 or LabelHalf.Tune11;

    /// <summary>Whether a label marked as being in <paramref name="labelHalf"/> is scored when asking for <paramref name="wanted"/>.</summary>
    public static bool Includes(this LabelHalf wanted, LabelHalf labelHalf) => wanted == LabelHalf.All || wanted == labelHalf;
}
