using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A live report prints each entry's title right under the time it was posted ("14:35 Uhr" / "Fähren nach Borkum fallen
/// aus"), right above the entry's text: that title is the entry's, never the page's headline, however near the
/// article's first long paragraph it stands. A headline under a stamp with its word ("Updated 14:35") or a date stays one.
/// </summary>
public sealed class LiveEntryTitleTests
{
    public static TheoryData<string, string, string> Entries() => new()
    {
        { "de", "14:35 Uhr", "Fähren nach Borkum fallen aus" },
        { "es", "11:45", "Sin autobuses a la montaña esta tarde" },
        { "it", "ore 10:30", "Il sindaco fa il giro del centro storico" },
        { "fr", "10h32", "Les bus de substitution arrivent enfin en gare" },
        { "en", "14:15", "Ferry crossings called off for the afternoon" },
    };

    private static string Page(string language, string time, string entry, string stampOverHeadline = "")
    {
        var p = Articles.Of(language);
        var head = stampOverHeadline.Length > 0 ? stampOverHeadline + "\n" + p[0] : p[0];
        return string.Join("\n\n", "Home\nNews\nLive\nSport\nWeather\nTV", "LIVE", head, "06.02.2025, 08:10", time + "\n" + entry, p[1], "09:15", p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void AnEntrysTitle_UnderItsTime_IsNoHeadline(string language, string time, string entry)
    {
        var article = ArticleParser.Parse(Page(language, time, entry));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // "09h10" / "" / "Autocarros com atrasos de meia hora": a page that sets the time apart from its entry by a blank line.
    [Theory]
    [MemberData(nameof(Entries))]
    public void AnEntrysTitle_ABlankLineUnderItsTime_IsNoHeadline(string language, string time, string entry)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLive\nSport\nWeather\nTV", "LIVE", p[0], p[1], "06.02.2025, 08:10", time, entry, p[2], "09:15", p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Headline(language), article.Title);
    }

    // Guard: a headline a blank line under a whole date, or under a stamp with its word, stays the title.
    [Theory]
    [InlineData("en", "06.02.2025")]
    [InlineData("en", "Updated 14:35")]
    [InlineData("pt", "24 de novembro de 2025")]
    [InlineData("en", "10:42")]
    [InlineData("de", "14.30 Uhr")]
    public void AHeadline_ABlankLineUnderADateOrAStamp_StaysTheTitle(string language, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLive\nSport\nWeather\nTV", stamp, p[0], "By Jane Roe", p[1], p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    [Theory]
    [InlineData("en", "Updated 14:35")]
    [InlineData("de", "Aktualisiert 14:35")]
    public void AHeadline_UnderAStampWithItsWord_StaysTheTitle(string language, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLive\nSport\nWeather\nTV", stamp + "\n" + p[0], "06.02.2025, 08:10", p[1], p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }
}
