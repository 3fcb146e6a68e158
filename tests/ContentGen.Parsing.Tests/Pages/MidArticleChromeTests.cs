using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Chrome lines a dump leaves between an article's paragraphs (share and listen buttons, legal links,
/// paywall notices, social calls, agency notes, bylines with the writer's job) are set aside, never
/// read as subheadings: a heading between two paragraphs was the reader's first guess for each of them.
/// </summary>
public sealed class MidArticleChromeTests
{
    [Theory]
    [InlineData("Précédent")]
    [InlineData("Recommandé pour vous")]
    [InlineData("Signaler une erreur")]
    [InlineData("Écouter cet article")]
    [InlineData("Mentions légales")]
    [InlineData("Copier le lien")]
    [InlineData("Infographie")]
    [InlineData("Charger plus d'articles")]
    [InlineData("Recevez le meilleur de l'actu chaque matin")]
    [InlineData("Retrouvez-nous sur Instagram")]
    [InlineData("Offre spéciale : 1 € le premier mois")]
    [InlineData("Vous avez aimé cet article ? Partagez-le !")]
    [InlineData("Il vous reste 75% de cet article à lire.")]
    [InlineData("AFP")]
    [InlineData("Le Monde avec AFP")]
    [InlineData("Avec Reuters")]
    [InlineData("De notre correspondant à Bruxelles")]
    [InlineData("Jean Dupont, envoyé spécial à Calais")]
    public void AChromeLineBetweenParagraphs_IsSetAside(string line)
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu\nAccueil", p[0], p[1], line, p[2], p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }

    [Fact]
    public void TheWritersNameBeforeTheirJob_IsTheAuthor()
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu\nAccueil", p[0], "Jean Dupont, envoyé spécial à Calais", p[1], p[2], p[3]));

        Assert.Equal("Jean Dupont", article.Author);
    }

    // Subheadings that share words with chrome stay headings.
    [Theory]
    [InlineData("Avec les habitants du quartier")]
    [InlineData("Un suivi en continu des travaux")]
    public void ASubheadingNearChromeWords_StaysAHeading(string heading)
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu\nAccueil", p[0], p[1], heading, p[2], p[3]));

        Assert.Contains(article.Sections, s => s.Heading == heading);
    }

    [Theory]
    [InlineData("en", "Listen to this article")]
    [InlineData("en", "Follow us on Instagram")]
    [InlineData("en", "Jane Roe, political correspondent")]
    [InlineData("en", "From our correspondent in Brussels")]
    [InlineData("de", "Artikel anhören")]
    [InlineData("de", "Sonderangebot: 1 Euro im ersten Monat")]
    [InlineData("es", "Síguenos en Instagram")]
    [InlineData("es", "Te quedan 3 artículos gratis este mes.")]
    [InlineData("it", "Ascolta l'articolo")]
    [InlineData("it", "Offerta speciale: 1 euro al mese")]
    [InlineData("pt", "Beatriz Almeida, correspondente em Bruxelas")]
    [InlineData("pt", "Lusa")]
    [InlineData("nl", "Fout gezien?")]
    [InlineData("nl", "Volg ons op Instagram")]
    public void AChromeLineBetweenParagraphs_InEachLanguage_IsSetAside(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], line, p[2], p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
