using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A portal's header prints its menu as a group of lines ("Startseite" / "webwelt.de" / "Nachrichten Sport Finanzen
/// Auto Reisen Spiele" / "E-Mail Login"); with no byline under the headline, the headline is the first line set apart
/// below, never the menu's line inside the group. A page whose only candidate stands in a group keeps it.
/// </summary>
public sealed class HeaderGroupTitleTests
{
    [Theory]
    [InlineData("de", "Startseite\nwebwelt.de\nNachrichten Sport Finanzen Auto Reisen Spiele\nE-Mail Login")]
    [InlineData("en", "Home\nportal.example\nNews Sport Money Motors Travel Games\nEmail Login")]
    [InlineData("de", "Startseite\r\nwebwelt.de\r\nNachrichten Sport Finanzen Auto Reisen Spiele\r\nE-Mail Login")]
    public void AMenuLineInTheHeadersGroup_IsNoHeadline(string language, string header)
    {
        var p = Articles.Of(language);
        var newline = header.Contains('\r') ? "\r\n" : "\n";
        var page = string.Join(newline + newline, header, "Nachrichten > Panorama > Umwelt", p[0], "Anzeige", p[1], p[2], p[3], Articles.Closing(language), "Impressum Datenschutz");

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }
}
