using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>The speaker tests' one way to read an invented article: paragraphs under a headline.</summary>
internal static class QuoteSpeakers
{
    /// <summary>
    /// Each body quote's speaker, in order, of <paramref name="paragraphs"/> read under <paramref name="headline"/>
    /// (the headline's own quotes are <see cref="Quotes.OutsideQuoteTests"/>' concern).
    /// </summary>
    public static string?[] Under(string headline, params string[] paragraphs)
        => ArticleParser.Parse(headline + "\n\n" + string.Join("\n\n", paragraphs)).Quotes.Where(q => q.Place == QuotePlace.Body).Select(q => q.Speaker).ToArray();

    /// <summary>
    /// The body quotes' speakers of <paramref name="paragraphs"/> read under <paramref name="headline"/> as an article in
    /// <paramref name="language"/> (not an overload of <see cref="Under"/>: <c>Under("Probe", a, b)</c> would bind to it).
    /// </summary>
    public static string?[] InLanguage(string language, string headline, params string[] paragraphs)
        => ArticleParser.Parse(headline + "\n\n" + string.Join("\n\n", paragraphs), language).Quotes
            .Where(q => q.Place == QuotePlace.Body).Select(q => q.Speaker).ToArray();

    /// <summary>The body quotes' speakers of <paramref name="paragraphs"/> read under the headline "Probe", which names no one.</summary>
    public static string?[] Of(params string[] paragraphs) => Under("Probe", paragraphs);

    /// <summary>
    /// The body quotes' speakers of <paramref name="paragraphs"/> read under "Harbour plan approved", the headline the English
    /// speaker tests share: it names no one, and a plan "approved" is no speech.
    /// </summary>
    public static string?[] UnderHarbourPlan(params string[] paragraphs) => Under("Harbour plan approved", paragraphs);

    /// <summary>
    /// Asserts the body quotes' speakers of a probe: <paramref name="paragraphs"/> separated by " ¶ ", read under the
    /// headline "Probe"; <paramref name="expected"/> lists the speakers in order by "|", "-" for no one.
    /// </summary>
    public static void Check(string paragraphs, string expected)
    {
        var want = expected.Split('|').Select(s => s == "-" ? null : s).ToArray();
        Assert.Equal(want, Of(paragraphs.Split(" ¶ ")));
    }

    /// <summary>As <see cref="Check(string, string)"/>, the probe read as an article in <paramref name="language"/>.</summary>
    public static void Check(string language, string paragraphs, string expected)
    {
        var want = expected.Split('|').Select(s => s == "-" ? null : s).ToArray();
        Assert.Equal(want, InLanguage(language, "Probe", paragraphs.Split(" ¶ ")));
    }
}
