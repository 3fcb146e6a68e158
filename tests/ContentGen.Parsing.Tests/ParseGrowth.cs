using ContentGen.Parsing.Tests.Infrastructure;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Whether a parse's time grows in proportion to its input: a guard against work done again for every
/// line, without a time limit a loaded machine would break. The page of <c>size</c> units and the page of
/// four times as many are parsed in turn, five times each, and the quickest of each compared: a linear
/// reading takes about four times as long, one that rereads every line for every line about sixteen.
/// </summary>
internal static class ParseGrowth
{
    private const int Scale = 4;

    private const int Rounds = 5;

    // Linear is 4, quadratic 16: the bound sits between, well above the noise of the quickest of five.
    private const double MaxRatio = 9;

    public static void AssertLinear(Func<int, string> pageOf, int size)
    {
        var small = pageOf(size);
        var large = pageOf(size * Scale);
        ArticleParser.Parse(small);

        var quickestSmall = long.MaxValue;
        var quickestLarge = long.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            quickestSmall = Math.Min(quickestSmall, Time(small));
            quickestLarge = Math.Min(quickestLarge, Time(large));
        }

        var ratio = (double)quickestLarge / Math.Max(1, quickestSmall);
        Assert.True(ratio < MaxRatio, $"{Scale} times the input took {ratio:F1} times as long ({quickestSmall} and {quickestLarge} ns)");
    }

    private static long Time(string page)
    {
        var start = ThreadClock.Now();
        ArticleParser.Parse(page);
        return ThreadClock.Now() - start;
    }
}
