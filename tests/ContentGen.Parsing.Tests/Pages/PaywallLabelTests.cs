using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A paywall's label alone on its line ("Contenuto riservato agli abbonati", "Nur für Abonnenten") over or inside the
/// article is the page's, in every language as French's "Réservé aux abonnés" was (PaywallLabels, read as whole lines only); a
/// sentence, a headline or a subheading holding the same words is the article's.
/// </summary>
public sealed class PaywallLabelTests
{
    [Theory]
    [InlineData("it", "Contenuto riservato agli abbonati")]
    [InlineData("pt", "Exclusivo para assinantes")]
    [InlineData("de", "Nur für Abonnenten")]
    [InlineData("nl", "Alleen voor abonnees")]
    [InlineData("en", "Subscribers only")]
    public void APaywallsLabel_InsideTheArticle_IsChrome(string language, string label)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], label, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == label);
    }

    [Theory]
    [InlineData("it", "Il parcheggio del teatro sarà riservato agli abbonati della stagione di prosa.")]
    [InlineData("de", "Die Tribüne bleibt am Samstag nur für Abonnenten des Vereins geöffnet.")]
    public void ASentenceWithTheLabelsWords_StaysTheArticles(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }

    // A headline or a subheading that opens with the label's words is no label (the labels are read as whole lines only).
    [Theory]
    [InlineData("it", "Riservato agli abbonati il nuovo parcheggio del teatro")]
    [InlineData("nl", "Alleen voor abonnees van de schouwburg: nieuwe parkeergarage open")]
    public void AHeadlineOpeningWithTheLabelsWords_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("it", "Riservato agli abbonati il parcheggio del teatro")]
    [InlineData("de", "Nur für Abonnenten des Theaters")]
    [InlineData("nl", "Alleen voor abonnees van de schouwburg")]
    public void ASubheadingOpeningWithTheLabelsWords_StaysAHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], heading, p[3]));

        Assert.Contains(heading, article.Sections.Select(x => x.Heading));
    }
}
