using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// French "service" opens an office's job after a byline's names ("Par Gilles Pradier, service communication"), and is
/// read there only (JobOfficeWords): as a desk's word it made any capitalised line opening with it, in the dateline's
/// slot, a desk's name ("Service Des Sports"), where it is a section's or a deck's line.
/// </summary>
public sealed class JobOfficeWordTests
{
    [Theory]
    [InlineData("Service Des Sports")]
    [InlineData("Service Public En Alerte")]
    public void ALineOpeningWithService_NamesNoDesk(string line)
        => Assert.False(AuthorReader.NamesADesk(line.AsSpan()));

    [Fact]
    public void AnAgencysLine_StillNamesADesk()
        => Assert.True(AuthorReader.NamesADesk("Agence Régionale".AsSpan()));

    [Fact]
    public void ABylineClosingOnAnOfficesJob_StillNamesTheWriter()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", "Accueil | Actualités\nMenu", p[0], "Par Gilles Pradier, service communication\nPublié le 12/03/2025 à 18h05", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Gilles Pradier", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
