using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The pages of <see cref="SiteNamedHeadlineTests"/> hard-wrapped at 58 columns, as a dump prints them: the headline with
/// the site's name after its separator runs over two lines, the second going on in lower case or with the name, as a width
/// breaks a line. It is still one headline printed with the site's name, over its deck: the title, whatever its lines.
/// </summary>
public sealed class SiteNamedHeadlineWrappedTests
{
    private const int Width = 58;

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    private static string Wrapped(params string[] units) => string.Join("\n\n", units.Select(u => HardWrap.Lines(u, Width)));

    [Theory]
    [MemberData(nameof(SiteNamedHeadlineTests.Pages), MemberType = typeof(SiteNamedHeadlineTests))]
    public void AHeadlineWithTheSiteName_WrappedOverTwoLines_OverItsDeck_IsTheTitle(string language, string headline, string site, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = Header + "\n\n" + Wrapped("Region > Local", headline + " – " + site, deck) + "\n\n" + byline + "\n05/03/2026 17:40\n\n" + Wrapped(p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A width of 80 breaks the line inside the site's name ("… – Jornal do" / "Vale do Ovelha").
    [Theory]
    [InlineData("pt", "Freguesia de Vale Moinho abre centro de dia na antiga escola da vila", "Jornal do Vale do Ovelha", "Obra custou 300 mil euros e vai receber vinte idosos a partir de maio", "Por Rui Sousa")]
    [InlineData("en", "Old school in Ashcombe to reopen as a day centre for older people", "Wessex Evening Post", "The conversion cost £300,000 and the centre will take twenty older people from May", "By Tom Vale")]
    public void AHeadlineWithTheSiteName_BrokenInsideTheName_OverItsDeck_IsTheTitle(string language, string headline, string site, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = Header + "\n\nRegion > Local\n\n" + HardWrap.Lines(headline + " – " + site, 80) + "\n\n" + HardWrap.Lines(deck, 80) + "\n\n" + byline
            + "\n05/03/2026 17:40\n\n" + string.Join("\n\n", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }

    // The width broke the line at the separator, whichever of the title splitter's marks the page prints ("… people »" /
    // "Wessex Evening Post", "… people" / ":: Wessex Evening Post").
    [Theory]
    [InlineData(" »\n")]
    [InlineData(" –\n")]
    [InlineData("\n:: ")]
    [InlineData("\n| ")]
    public void AHeadlineWithTheSiteName_BrokenAtTheSeparator_OverItsDeck_IsTheTitle(string brokenSeparator)
    {
        var p = Articles.Of("en");
        const string headline = "Old school in Ashcombe to reopen as a day centre for older people";
        const string site = "Wessex Evening Post";
        const string deck = "The conversion cost £300,000 and the centre will take twenty older people from May";
        var page = Header + "\n\nRegion > Local\n\n" + headline + brokenSeparator + site + "\n\n" + HardWrap.Lines(deck, 80) + "\n\nBy Tom Vale"
            + "\n05/03/2026 17:40\n\n" + string.Join("\n\n", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }

    // A section's label with the site's name over a long headline wrapped over two lines: the label is no headline, and the
    // headline under it stays the title.
    [Theory]
    [InlineData("pt", "Sociedade", "Jornal do Alto Sabor", "Freguesia de Vale Moinho abre centro de dia na antiga escola primária da aldeia")]
    [InlineData("en", "Local News", "Wessex Evening Post", "Old village school in Ashcombe to reopen as a day centre for twenty older people")]
    public void ASectionLabelWithTheSiteName_OverAWrappedHeadline_IsNoHeadline(string language, string label, string site, string headline)
    {
        var p = Articles.Of(language);
        var page = Header + "\n\n" + Wrapped(label + " – " + site, headline) + "\n\n05/03/2026 17:40\n\n" + Wrapped(p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }

    // A bar of towns' weather with a bar in it, glued over the section's trail ("… | Traffic: delays on the A38" / "News >
    // Business"): two lines printed together, the second opening on a capital, no headline wrapped; the headline under them
    // stays the title.
    [Fact]
    public void ABarGluedOverATrail_IsNoWrappedHeadline()
    {
        var p = Articles.Of("en");
        const string headline = "Fishing crews stay in port after talks on the price of whiting fail";
        var page = Header + "\n\nPortvale 9°C showers | Saint Aubyn 8°C | Traffic: delays on the A38 near the bridge\nNews > Business\n\n" + headline
            + "\n\nBy Coast News Agency\n04/02/2025 17:48\n\n" + string.Join("\n\n", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }
}
