using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// German puts the preposition of a share button before the network ("Auf Facebook teilen"), so a share bar's line opens on
/// a function word, which was read as no menu's word and kept the bar in the body. A joiner before the first menu word
/// counts when the bar says it again between its buttons, while three menu words or more outnumber the joiners and the
/// line ends on one.
/// </summary>
public sealed class ShareBarLeadingJoinerTests
{
    [Theory]
    [InlineData("Auf Facebook teilen Auf X teilen WhatsApp E-Mail")]
    [InlineData("Auf Facebook teilen Auf X teilen Per E-Mail teilen")]
    [InlineData("Auf WhatsApp teilen Auf Facebook teilen Drucken")]
    public void AGermanShareBar_OpeningWithItsPreposition_IsSetAside(string share)
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", p[0], "Von Jonas Weber", "14.02.2025, 09:12 Uhr", share, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, x => x.Text == share);
    }

    // Guards: sentences that open on a function word and name networks stay the article's.
    [Theory]
    [InlineData("de", "Auf Facebook und Instagram teilen viele Bewohner Fotos vom Hafen.")]
    [InlineData("de", "Die Stadt ist jetzt auch auf Facebook, Instagram und WhatsApp zu finden.")]
    [InlineData("nl", "Op Facebook en Instagram delen veel bewoners foto's van de haven.")]
    [InlineData("en", "On Facebook and WhatsApp the residents shared photos of the flood.")]
    public void ASentenceNamingNetworks_StaysInTheBody(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
