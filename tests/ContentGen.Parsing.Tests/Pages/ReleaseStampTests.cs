using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A press release on its sender's site prints its release stamp over the headline ("For immediate release", "Para
/// divulgação imediata"): an instruction to the newsrooms, never the headline nor a paragraph, in every language
/// (ReleaseStamps, whole lines only). A headline that opens with the same words is the article's.
/// </summary>
public sealed class ReleaseStampTests
{
    [Theory]
    [InlineData("en", "FOR IMMEDIATE RELEASE")]
    [InlineData("en", "For immediate release:")]
    [InlineData("fr", "Pour diffusion immédiate")]
    [InlineData("fr", "Pour publication immédiate")]
    [InlineData("de", "Zur sofortigen Veröffentlichung")]
    [InlineData("es", "Para su difusión inmediata")]
    [InlineData("es", "PARA PUBLICACIÓN INMEDIATA")]
    [InlineData("it", "Per la diffusione immediata")]
    [InlineData("it", "Per pubblicazione immediata")]
    [InlineData("pt", "Para publicação imediata")]
    [InlineData("pt", "Para divulgação imediata")]
    [InlineData("nl", "Voor onmiddellijke publicatie")]
    [InlineData("nl", "Voor directe publicatie")]
    public void AReleaseStampOverTheHeadline_IsNeitherTitleNorBody(string language, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", stamp, p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text.Contains(stamp.TrimEnd(':'), StringComparison.Ordinal));
    }

    // The release's kind label alone over its headline, as a sender's site prints it: it says what the page is, as a
    // section's label does (ReleaseLabels, whole lines only). Italian "Nota stampa", Brazilian "Nota à imprensa", Swiss
    // and Austrian "Medieninformation", Belgian "Perscommuniqué" sit beside the labels each language already had.
    [Theory]
    [InlineData("en", "Press release")]
    [InlineData("fr", "Communiqué")]
    [InlineData("de", "Pressemitteilung")]
    [InlineData("de", "Medieninformation")]
    [InlineData("es", "Nota de prensa")]
    [InlineData("it", "Nota stampa")]
    [InlineData("it", "Nota per la stampa")]
    [InlineData("pt", "Nota de imprensa")]
    [InlineData("pt", "Nota à imprensa")]
    [InlineData("pt", "Comunicado à imprensa")]
    [InlineData("nl", "Persbericht")]
    [InlineData("nl", "Perscommuniqué")]
    public void AReleaseLabelAloneOverTheHeadline_IsNeitherTitleNorBody(string language, string label)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", label, p[0], p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == label);
    }

    // The stamp glued over the release's place and date, under a "press release" label, as the sender's site prints it.
    [Theory]
    [InlineData("en", "Press release", "For immediate release", "Ashcombe, 4 March 2025")]
    [InlineData("pt", "Comunicado de imprensa", "Para publicação imediata", "Alvorinha, 4 de março de 2025")]
    [InlineData("es", "Nota de prensa", "Para difusión inmediata", "Tormesina, 4 de marzo de 2025")]
    [InlineData("de", "Pressemitteilung", "Zur sofortigen Veröffentlichung", "Talbrück, 4. März 2025")]
    [InlineData("fr", "Communiqué de presse", "Pour diffusion immédiate", "Saint-Oradour, le 4 mars 2025")]
    [InlineData("it", "Comunicato stampa", "Per la diffusione immediata", "Monteviscardo, 4 marzo 2025")]
    [InlineData("nl", "Persbericht", "Voor onmiddellijke publicatie", "Ravenswoude, 4 maart 2025")]
    public void AStampGluedUnderTheReleaseLabel_LeavesTheHeadlineAndItsDeck(string language, string label, string stamp, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", label, stamp, dateline) + "\n\n" + p[0] + "\n" + p[1] + "\n\n" + p[2] + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
    }

    // Whole lines only: a headline or a sentence holding the words stays the article's.
    [Theory]
    [InlineData("en", "Immediate release of the river data demanded by anglers")]
    [InlineData("pt", "Para divulgação imediata dos dados da barragem, pedem os agricultores")]
    [InlineData("de", "Pressemitteilung der Stadtwerke sorgt für Ärger im Rat")]
    [InlineData("it", "Comunicato della Regione smentisce la chiusura della scuola")]
    [InlineData("it", "Nota stampa del Comune smentisce la chiusura della scuola")]
    public void AHeadlineOpeningWithTheStampsWords_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
