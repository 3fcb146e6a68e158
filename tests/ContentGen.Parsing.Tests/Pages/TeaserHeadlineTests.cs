using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Another story's headline printed alone between an article's paragraphs, with no "read also" label:
/// news sites head their stories with a place or a name, a colon and what happened there. Set aside,
/// never a subheading; a subheading with a colon names a topic ("Premier obstacle : le coût"), and a
/// name over quoted words is someone's turn.
/// </summary>
public sealed class TeaserHeadlineTests
{
    [Theory]
    [InlineData("fr", "Port-Lavoie : les travaux de la digue reportés à l'automne")]
    [InlineData("fr", "Saint-Jean-de-Luz : un voilier s'échoue sur la grande plage")]
    [InlineData("de", "Hafenstadt: Straßenbahnlinie 8 fährt ab Juni bis zum Deich")]
    [InlineData("en", "Harbourside: lifeboat crew called out twice in one night")]
    [InlineData("es", "Arenales: la playa de Levante estrena pasarelas accesibles")]
    [InlineData("nl", "Havenstad: nieuwe fietsbrug over het kanaal in gebruik")]
    public void AnotherStorysHeadlineBetweenParagraphs_IsSetAside(string language, string headline)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], headline, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == headline);
    }

    [Theory]
    [InlineData("fr", "Premier obstacle : le coût des travaux")]
    [InlineData("fr", "L'urgence : une réforme du réseau")]
    [InlineData("fr", "Bilan : trois lignes")]
    [InlineData("en", "The cost: who pays for the night buses")]
    [InlineData("fr", "Marc Dupont : « On attendait ces bus depuis vingt ans »")]
    public void ASubheadingWithAColon_OrATurn_Stays(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], heading, closing, p[3]));

        Assert.True(article.Sections.Any(s => s.Heading == heading) || article.Paragraphs.Any(x => x.Text == heading));
    }
}
