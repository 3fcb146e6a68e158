using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A "most read" list printed inside the article: the label, other stories' headlines glued under it (a dump glues
/// headlines of one length into one block, which read as the article's paragraph), then the article going on. The label
/// and its headlines are an insert, set aside as a "read also" box is, and the article goes on under them. The same list
/// under the article's last paragraph, over the page's footer, keeps ending the article. A label the lexicons list alone as
/// chrome ("Noticias relacionadas", "Meistgelesen") keeps the rules it had (a related list inside the article, es-juicio).
/// </summary>
public sealed class MostReadInsertTests
{
    public static TheoryData<string, string> Lists() => new()
    {
        { "en", "MOST READ IN NEWS\nDad's fury as parking fine arrives for a car that was stolen\nSeaside town named Britain's friendliest for the second year\nMystery as hundreds of rubber ducks wash up on the beach" },
        { "fr", "LES PLUS LUS\nUn automobiliste verbalisé pour une voiture qui lui avait été volée\nLa petite station balnéaire élue la plus accueillante du pays\nDes centaines de canards en plastique échoués sur la plage" },
        { "en", "Most read this week\nDad's fury as parking fine arrives for a car that was stolen\nSeaside town named Britain's friendliest for the second year\nMystery as hundreds of rubber ducks wash up on the beach" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void AMostReadList_InsideTheArticle_IsSetAside_AndTheArticleGoesOn(string language, string list)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", p[0], "12/03/2024", p[1], p[2], list, p[3], Articles.Closing(language), "© 2024");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void AMostReadList_UnderTheArticle_OverTheFooter_KeepsItOut(string language, string list)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", p[0], "12/03/2024", p[1], p[2], p[3], list,
            "Valley News is an independent newspaper for the towns and villages of the upper valley, owned by its readers.", "© 2024");

        Assert.Equal(new[] { p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // One headline under the label is no list: the label keeps what it did.
    [Fact]
    public void ALabelOverOneLine_IsNoList()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews", p[0], "12/03/2024", p[1], p[2], p[3], "Most read\nDad's fury as parking fine arrives for a car that was stolen", "© 2024");

        Assert.Equal(new[] { p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
