using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A subheading sits between prose paragraphs, is short and has no final full stop; an agency's
/// dashed subheading counts, while a byline's opening word, a signature or a broadcaster's name does not.
/// </summary>
public sealed class HeadingTests
{
    private static readonly string[] s_fr = Articles.Of("fr");

    [Fact]
    public void DashedSubheading_BetweenParagraphs_IsAHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "- Une meilleure desserte des villages", s_fr[2], s_fr[3]));

        Assert.Equal(new[] { null, "- Une meilleure desserte des villages" }, article.Sections.Select(s => s.Heading));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void DashedLines_InAList_AreItems()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "- Une ligne vers Saint-Aubin", "- Une ligne vers Montreuil", s_fr[2]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void HeadingEndingOnQuotedWords_IsAHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "Une \"marge de manœuvre réduite\"", s_fr[2]));

        Assert.Equal("Une \"marge de manœuvre réduite\"", article.Sections[^1].Heading);
    }

    [Fact]
    public void QuotedSentence_IsNoHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "« Nous attendions ce bus depuis dix ans. »", s_fr[2]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void HeadingBeforeProseThatOpensAList_IsAHeading()
    {
        var lead = "Le conseil régional et les communes voisines mettront en œuvre plusieurs mesures dès le printemps :";
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "Une stratégie commune", lead, "- des bus toutes les heures ;", "- des arrêts éclairés.", s_fr[2]));

        Assert.Equal("Une stratégie commune", article.Sections[^1].Heading);
    }

    [Theory]
    [InlineData("Par")]
    [InlineData("Article rédigé par")]
    [InlineData("Elena Monti")]
    [InlineData("Radio France")]
    [InlineData("AA / Paris / Hafsa Alami")]
    public void Signature_IsNoHeading(string line)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], line, s_fr[2], s_fr[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }
}
