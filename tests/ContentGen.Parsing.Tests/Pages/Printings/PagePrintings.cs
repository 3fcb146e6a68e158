using System.Text;

namespace ContentGen.Parsing.Tests.Pages.Printings;

/// <summary>The ways real scrapes print one page; each keeps every unit's editorial fate.</summary>
public enum Printing
{
    /// <summary>The page as its units stand (the harness's own check).</summary>
    AsWritten,

    /// <summary>(a) Every unit hard-wrapped at a width of 60 to 80 columns.</summary>
    HardWrapped,

    /// <summary>(b) Every unit on one line, no blank line anywhere.</summary>
    OneLineNoBlanks,

    /// <summary>(c) Every blank line doubled.</summary>
    BlanksDoubled,

    /// <summary>(c) The blank lines between two chrome units removed.</summary>
    ChromeBlanksRemoved,

    /// <summary>(d) Trailing spaces, tabs and no-break spaces, blank lines of white space, CRLF.</summary>
    WhiteSpaceNoise,

    /// <summary>(e) The chrome above the title removed.</summary>
    TopChromeCut,

    /// <summary>(e) The chrome under the last body unit removed.</summary>
    BottomChromeCut,

    /// <summary>(f) A body paragraph split in two at a sentence end near its middle.</summary>
    ParagraphSplit,
}

/// <summary>Prints a <see cref="TuningPage"/> in one of the <see cref="Printing"/>s; <c>variant</c> picks a width, a seed or a paragraph.</summary>
internal static class PagePrintings
{
    private static readonly string[] s_trailing = ["", " ", "  ", "\t", "\u00A0", " \u00A0", "\t "];

    public static string Print(TuningPage page, Printing printing, int variant) => printing switch
    {
        Printing.AsWritten => Render(page.Units),
        Printing.HardWrapped => Render(page.Units.Select(u => u with { Lines = Paragraphs(u).SelectMany(p => HardWrap.Lines(p, 60 + (Math.Abs(variant) % 21)).Split('\n')).ToArray() }).ToList()),
        Printing.OneLineNoBlanks => Render(page.Units.Select(u => u with { Lines = Paragraphs(u), BlankAfter = false }).ToList()),
        Printing.BlanksDoubled => Render(page.Units, blank: "\n\n"),
        Printing.ChromeBlanksRemoved => Render(page.Units.Select((u, i) => i + 1 < page.Units.Count && u.Label == "drop" && page.Units[i + 1].Label == "drop" ? u with { BlankAfter = false } : u).ToList()),
        Printing.WhiteSpaceNoise => Noise(Render(page.Units), variant),
        Printing.TopChromeCut => Render(page.Units.SkipWhile(u => u.Label == "drop").ToList()),
        Printing.BottomChromeCut => Render(page.Units.Take(LastKept(page) + 1).ToList()),
        Printing.ParagraphSplit => Render(Split(page, variant)),
        _ => throw new ArgumentOutOfRangeException(nameof(printing)),
    };

    /// <summary>The body units a <see cref="Printing.ParagraphSplit"/> can split, in order.</summary>
    public static int Splittable(TuningPage page) => page.Units.Count(IsSplittable);

    // A unit's paragraphs: a paragraph a dump wrapped (every line but the last a long one) is one, whatever its lines; the
    // lines of a list, a fact box or a menu are each their own.
    private const int MinWrappedLineLength = 55;

    private static string[] Paragraphs(PageUnit unit)
        => IsWrapped(unit) ? [unit.Text] : unit.Lines.Select(line => line.Trim()).ToArray();

    private static bool IsWrapped(PageUnit unit)
        => unit.Lines.Count > 1 && unit.Lines.Take(unit.Lines.Count - 1).All(line => line.Trim().Length >= MinWrappedLineLength)
            && unit.Lines.Take(unit.Lines.Count - 1).Any(line => line.TrimEnd() is var text && !".!?:;)]»\"”".Contains(text[^1], StringComparison.Ordinal));

    private static bool IsSplittable(PageUnit unit) => unit.Label == "body" && (unit.Lines.Count == 1 || IsWrapped(unit)) && SplitPoint(unit.Text) > 0;

    private static int LastKept(TuningPage page)
    {
        for (var i = page.Units.Count - 1; i >= 0; i--)
        {
            if (page.Units[i].Label is "body" or "heading")
            {
                return i;
            }
        }

        return page.Units.Count - 1;
    }

    private static string Render(IReadOnlyList<PageUnit> units, string blank = "\n")
    {
        var text = new StringBuilder();
        for (var i = 0; i < units.Count; i++)
        {
            text.Append(string.Join("\n", units[i].Lines)).Append('\n');
            if (units[i].BlankAfter && i + 1 < units.Count)
            {
                text.Append(blank);
            }
        }

        return text.ToString();
    }

    private static string Noise(string text, int seed)
    {
        var random = new Random(seed);
        var lines = text.Split('\n');
        return string.Join("\r\n", lines.Select(line => line + s_trailing[random.Next(s_trailing.Length)]));
    }

    private static List<PageUnit> Split(TuningPage page, int variant)
    {
        var units = page.Units.ToList();
        var candidates = Enumerable.Range(0, units.Count).Where(i => IsSplittable(units[i])).ToArray();
        if (candidates.Length == 0)
        {
            return units;
        }

        var index = candidates[Math.Abs(variant) % candidates.Length];
        var unit = units[index];
        var text = unit.Text;
        var at = SplitPoint(text);
        var width = unit.Lines.Count > 1 ? unit.Lines.Max(l => l.Length) : int.MaxValue;
        var first = unit with { Lines = Wrap(text[..at].TrimEnd(), width), BlankAfter = unit.BlankAfter };
        var second = unit with { Lines = Wrap(text[at..].TrimStart(), width) };
        units[index] = second;
        units.Insert(index, first);
        return units;
    }

    private static string[] Wrap(string text, int width) => width == int.MaxValue ? [text] : HardWrap.Lines(text, width).Split('\n');

    // The sentence end nearest the middle: ". ", "! " or "? " (a closing quote may follow) before a capital letter.
    private static int SplitPoint(string text)
    {
        var best = -1;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] != ' ' || !char.IsUpper(text[i + 1]))
            {
                continue;
            }

            var before = text[i - 1];
            if (before is '"' or '»' or '”' or '“' or '\'' && i >= 2)
            {
                before = text[i - 2];
            }

            if (before is not ('.' or '!' or '?') || IsAbbreviation(text, i) || InsideQuote(text, i))
            {
                continue;
            }

            if (best < 0 || Math.Abs(i - (text.Length / 2)) < Math.Abs(best - (text.Length / 2)))
            {
                best = i;
            }
        }

        return best < 0 ? 0 : best + 1;
    }

    // An editor never splits a paragraph inside a quotation.
    private static bool InsideQuote(string text, int at)
    {
        int Count(char mark) => text.AsSpan(0, at).Count(mark);
        var lowOpens = Count('„');
        return Count('"') % 2 == 1 || Count('«') != Count('»')
            || (lowOpens > 0 ? lowOpens != Count('“') : Count('“') != Count('”'));
    }

    // "Dr. Lang", "St. Ives", "J. Smith": a word of one or two letters before the stop is no sentence end.
    private static bool IsAbbreviation(string text, int space)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, space - 2)) + 1;
        return space - 1 - start <= 2 && char.IsUpper(text[start]);
    }
}
