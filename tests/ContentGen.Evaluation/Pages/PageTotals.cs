using System.Globalization;

namespace ContentGen.Evaluation.Pages;

/// <summary>The scores of several pages added up, and the rates they give.</summary>
public sealed class PageTotals
{
    /// <summary>Adds up <paramref name="scores"/>.</summary>
    public PageTotals(IReadOnlyList<PageScore> scores)
    {
        Pages = scores.Count;
        foreach (var score in scores)
        {
            DropLines += score.DropLines;
            Removed += score.Removed;
            BodyLines += score.BodyLines;
            Kept += score.Kept;
            LabelledHeadings += score.LabelledHeadings;
            ModelHeadings += score.ModelHeadings;
            MatchedHeadings += score.MatchedHeadings;
            TitlesRight += score.TitleRight ? 1 : 0;
            TitleTextsRight += score.TitleTextRight ? 1 : 0;
            Disagreements += score.Disagreements;
            foreach (var (fate, count) in score.KeptDrop)
            {
                KeptDrop[fate] = KeptDrop.GetValueOrDefault(fate) + count;
            }

            foreach (var (fate, count) in score.LostBody)
            {
                LostBody[fate] = LostBody.GetValueOrDefault(fate) + count;
            }
        }
    }

    /// <summary>How many pages.</summary>
    public int Pages { get; }

    /// <summary>Lines an editor drops.</summary>
    public int DropLines { get; }

    /// <summary>Of those, the lines set aside.</summary>
    public int Removed { get; }

    /// <summary>Body lines.</summary>
    public int BodyLines { get; }

    /// <summary>Of those, the lines kept in paragraphs.</summary>
    public int Kept { get; }

    /// <summary>Labelled subheadings.</summary>
    public int LabelledHeadings { get; }

    /// <summary>The reader's headings.</summary>
    public int ModelHeadings { get; }

    /// <summary>The reader's headings that match a labelled one.</summary>
    public int MatchedHeadings { get; }

    /// <summary>Pages whose title lines are right.</summary>
    public int TitlesRight { get; }

    /// <summary>Pages whose title lines read as the labelled headline, wherever the copy stands.</summary>
    public int TitleTextsRight { get; }

    /// <summary>Items that break the position rule, over all pages.</summary>
    public int Disagreements { get; }

    /// <summary>Drop lines kept, by where they went.</summary>
    public SortedDictionary<string, int> KeptDrop { get; } = new(StringComparer.Ordinal);

    /// <summary>Body lines lost, by where they went.</summary>
    public SortedDictionary<string, int> LostBody { get; } = new(StringComparer.Ordinal);

    /// <summary>The share of drop lines set aside.</summary>
    public double DropRate => Ratio(Removed, DropLines);

    /// <summary>The share of body lines kept in paragraphs.</summary>
    public double BodyKept => Ratio(Kept, BodyLines);

    /// <summary>Heading precision: the reader's headings that are real.</summary>
    public double HeadingPrecision => Ratio(MatchedHeadings, ModelHeadings);

    /// <summary>Heading recall: the real headings the reader found.</summary>
    public double HeadingRecall => Ratio(MatchedHeadings, LabelledHeadings);

    /// <summary>The harmonic mean of heading precision and recall.</summary>
    public double HeadingF1 => HeadingPrecision + HeadingRecall == 0 ? 0 : 2 * HeadingPrecision * HeadingRecall / (HeadingPrecision + HeadingRecall);

    /// <summary>A rate with two decimals, invariant culture; "-" when nothing was counted.</summary>
    public static string Format(double rate, int denominator)
        => denominator == 0 ? "-" : rate.ToString("0.00", CultureInfo.InvariantCulture);

    // Nothing to count is a perfect score: no drop line was missed when there was none.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
