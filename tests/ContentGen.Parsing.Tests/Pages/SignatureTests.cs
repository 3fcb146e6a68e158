using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A local station's writer signs under the article with the station's name ("Paul Morvan Radio Vallée
/// Info Pays Basque"). The station's name is the page's own, printed again and again in its chrome,
/// so a line of a two-word name and capitalised words whose first two the page prints at least twice
/// elsewhere gives the writer's name; a logo's alt text ("Logo Radio Vallée") or a teaser's capitals
/// printed once give none. And a link line glued to its marker (">>CARTE. …") is a link.
/// </summary>
public sealed class SignatureTests
{
    private const string Station = "Radio Vallée Info";

    [Fact]
    public void ANameWithTheStationsName_UnderTheArticle_SignsIt()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", Station + "\nMenu", "Logo " + Station, p[0], p[1], p[2], p[3] + "\nPaul Morvan Radio Vallée Info Pays Basque", "Écouter " + Station);
        var article = ArticleParser.Parse(page);

        Assert.Equal("Paul Morvan", article.Author);
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Logo Radio Vallée")]
    [InlineData("Paul Morvan Radio Vallée Info Pays Basque")]
    public void WithoutTheStationPrintedElsewhere_NoLineSigns(string line)
        => Assert.Null(AuthorReader.ReadSignature(line.AsSpan(), line + "\nRadio Vallée", 0));

    [Fact]
    public void ALinkGluedToItsMarker_IsALink()
    {
        var p = Articles.Of("fr");
        const string link = ">>CARTE. Pourquoi les bus de nuit reviennent dans les villages";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], link, p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == link);
    }

    // What follows the signature (the station's promo, its other stories) is the page's.
    [Fact]
    public void TheSignature_EndsTheArticle()
    {
        var p = Articles.Of("fr");
        const string promo = "Loyers, chauffage, transports : ces dépenses pèsent sur chaque foyer de la vallée. Radio Vallée Info ouvre une grande enquête : racontez-nous !";
        var page = string.Join("\n\n", "Menu\n" + Station, "Logo " + Station, p[0], p[1], p[2], p[3] + "\nPaul Morvan Radio Vallée Info Pays Basque", "Ma consultation : économies d'énergie", promo, "Écouter " + Station);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == promo);
    }
}
