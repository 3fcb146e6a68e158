using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A share bar printed one button a line ("Compartir en Facebook" / "Compartir en X" / "Compartir en WhatsApp"), the verb,
/// a function word and the network: its last button over the article's first paragraph is no heading.
/// </summary>
public sealed class ShareButtonLineTests
{
    [Theory]
    [InlineData("en", "Share on Facebook\nShare on X\nShare on WhatsApp")]
    [InlineData("fr", "Partager sur Facebook\nPartager sur X\nPartager sur WhatsApp")]
    [InlineData("de", "Auf Facebook teilen\nAuf X teilen\nAuf WhatsApp teilen")]
    [InlineData("es", "Compartir en Facebook\nCompartir en X\nCompartir en WhatsApp")]
    [InlineData("it", "Condividi su Facebook\nCondividi su X\nCondividi su WhatsApp")]
    [InlineData("pt", "Partilhar no Facebook\nPartilhar no X\nPartilhar no WhatsApp")]
    [InlineData("nl", "Delen op Facebook\nDelen op X\nDelen via WhatsApp")]
    public void AShareBarOneButtonALine_HeadsNothing(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "Ana Gil\n12/03/2025 11:40", bar, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The verb before a word no menu prints ("Delen met de buren", sharing with the neighbours) heads its section.
    [Theory]
    [InlineData("nl", "Delen met buren")]
    [InlineData("en", "Share the load")]
    public void TheVerbBeforeAnyOtherWord_StillHeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], heading, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == heading);
    }
}
