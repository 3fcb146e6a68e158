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
    /// <summary>
    /// Every half but <see cref="LabelHalf.All"/>, in the order it was drawn, with the name the command line and
    /// the label files give it. Adding a half is one row here (and its label file), so the parser, the usage text,
    /// the label files read and the tuning checks cannot disagree.
    /// </summary>
    public static IReadOnlyList<LabelHalfRow> Rows { get; } =
    [
        new(LabelHalf.Tune, "tune", IsTuning: true, IsSpeakersOnly: false),
        new(LabelHalf.Blind, "blind", IsTuning: false, IsSpeakersOnly: false),
        new(LabelHalf.Blind2, "blind2", IsTuning: false, IsSpeakersOnly: true),
        new(LabelHalf.Tune2, "tune2", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Tune3, "tune3", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Blind3, "blind3", IsTuning: false, IsSpeakersOnly: true),
        new(LabelHalf.Blind4, "blind4", IsTuning: false, IsSpeakersOnly: true),
        new(LabelHalf.Tune5, "tune5", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Tune6, "tune6", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Tune7, "tune7", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Tune8, "tune8", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Blind5, "blind5", IsTuning: false, IsSpeakersOnly: true),
        new(LabelHalf.Tune9, "tune9", IsTuning: true, IsSpeakersOnly: true),
        new(LabelHalf.Blind6, "blind6", IsTuning: false, IsSpeakersOnly: true),
        new(LabelHalf.Tune11, "tune11", IsTuning: true, IsSpeakersOnly: true),
    ];

    /// <summary>The name that asks for every half.</summary>
    public const string AllName = "all";

    /// <summary>Reads a half's name from <see cref="Rows"/>, or <see cref="AllName"/>.</summary>
    public static bool TryParse(string text, out LabelHalf half)
    {
        if (string.Equals(text, AllName, StringComparison.Ordinal))
        {
            half = LabelHalf.All;
            return true;
        }

        foreach (var row in Rows)
        {
            if (string.Equals(text, row.Name, StringComparison.Ordinal))
            {
                half = row.Half;
                return true;
            }
        }

        half = default;
        return false;
    }

    /// <summary>The name the command line and the label files give <paramref name="half"/>.</summary>
    public static string Name(this LabelHalf half) => RowOf(half)?.Name ?? AllName;

    /// <summary>Whether rules may be tuned on <paramref name="half"/>, so that its misses may be listed one by one.</summary>
    public static bool IsTuning(this LabelHalf half) => RowOf(half) is { IsTuning: true };

    /// <summary>Whether <paramref name="half"/> exists for the speaker labels alone (the page labels have only tune and blind).</summary>
    public static bool IsSpeakersOnly(this LabelHalf half) => RowOf(half) is { IsSpeakersOnly: true };

    /// <summary>Whether a label marked as being in <paramref name="labelHalf"/> is scored when asking for <paramref name="wanted"/>.</summary>
    public static bool Includes(this LabelHalf wanted, LabelHalf labelHalf) => wanted == LabelHalf.All || wanted == labelHalf;

    private static LabelHalfRow? RowOf(LabelHalf half)
    {
        foreach (var row in Rows)
        {
            if (row.Half == half)
            {
                return row;
            }
        }

        return null;
    }
}

/// <summary>One half of the labels: its name, whether rules may be tuned on it, and whether only the speaker labels have it.</summary>
public sealed record LabelHalfRow(LabelHalf Half, string Name, bool IsTuning, bool IsSpeakersOnly);
