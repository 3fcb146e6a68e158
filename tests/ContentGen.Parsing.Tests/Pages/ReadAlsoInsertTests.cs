using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A "read also" insert inside an article: the link's label on one line and the other story's headline
/// printed right under it. The headline is the link's, never a subheading, and the article goes on
/// after the insert, subheadings, captions and short paragraphs included, however much that looks like
/// a list of other stories with their blurbs.
/// </summary>
public sealed class ReadAlsoInsertTests
{
    public static TheoryData<string, string, string> Inserts() => new()
    {
        { "en", "Read also", "Ferry fares to rise again in the spring" },
        { "fr", "À lire aussi", "Port-Lavoie : les travaux de la digue reportés à l'automne" },
        { "de", "Lesen Sie auch", "Fährpreise steigen im Frühjahr erneut" },
        { "es", "Leer también", "El mercado amplía su horario en verano" },
        { "it", "Leggi anche", "Nuovo orario per il mercato coperto" },
        { "pt", "Leia também", "Mercado municipal abre ao domingo" },
        { "nl", "Lees ook", "Nieuwe buslijn naar de haven vanaf mei" },
    };

    [Theory]
    [MemberData(nameof(Inserts))]
    public void TheHeadlineUnderAReadAlsoLink_IsTheLinks(string language, string readAlso, string headline)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu", p[0], closing, p[1], readAlso + "\n" + headline, p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text.EndsWith(headline, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // A dump may print a blank line, a picture's caption or the other story's date between the label and its headline.
    [Theory]
    [InlineData("en", "Read also\n\nFerry fares to rise again in the spring")]
    [InlineData("fr", "À lire aussi\n\nPhoto d'illustration\n\nLe 02/11/2022 à 18:33\n\nPort-Lavoie : les travaux de la digue reportés à l'automne")]
    [InlineData("de", "Lesen Sie auch\n\n12.03.2024\n\nFährpreise steigen im Frühjahr erneut")]
    [InlineData("nl", "Lees ook\n\nNieuwe buslijn naar de haven vanaf mei")]
    public void TheHeadlineAFewLinesUnderAReadAlsoLink_IsTheLinks(string language, string insert)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var headline = insert.Substring(insert.LastIndexOf('\n') + 1);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], closing, p[1], insert, p[2], p[3]));

        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == headline);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // After the insert the article goes on: a caption line, a subheading and short paragraphs are no teaser list.
    [Fact]
    public void TheArticleAfterAReadAlsoInsert_IsNoListOfOtherStories()
    {
        var page = string.Join(
            "\n\n",
            "Aller au contenu principal\nLe Courrier de l'Estuaire",
            "Le port de Saint-Aubin accueillera des paquebots dès l'été",
            "Par Claire Dubois\nPublié le 12/03/2024 à 18h05",
            "Le Département a voté mardi soir la construction d'un nouveau quai au port\nde Saint-Aubin, capable d'accueillir des paquebots de croisière dès l'été\nprochain, une décision attendue depuis des années par les commerçants.",
            "Les travaux commenceront en avril et dureront trois mois. Le chantier\ncoûtera 8 millions d'euros, financés pour moitié par la Région.",
            "À lire aussi\nPort-Lavoie : les travaux de la digue reportés à l'automne",
            "Le port espère accueillir trois paquebots par semaine en haute saison,\net les commerçants du centre-ville se préparent déjà à recevoir les\nvisiteurs, selon la chambre de commerce.",
            "Vue aérienne du port de Saint-Aubin",
            "L'opposition dénonce un projet coûteux et mal préparé, qui selon elle\nprofitera surtout aux grandes compagnies maritimes plutôt qu'aux habitants.",
            "Publicité",
            "Un projet attendu depuis dix ans",
            "Le projet avait été présenté pour la première fois en 2014, avant d'être\nrepoussé à plusieurs reprises faute de financement, rappelle le maire.",
            "« C'est une chance pour la ville et pour tous les commerçants du port »,\na déclaré le maire à l'issue du vote, sous les applaudissements.");
        var article = ArticleParser.Parse(page);

        var text = string.Join(" ", article.Paragraphs.Select(x => x.Text));
        Assert.Contains("Le port espère accueillir", text);
        Assert.Contains("L'opposition dénonce", text);
        Assert.Contains("Le projet avait été présenté", text);
        Assert.Contains("a déclaré le maire", text);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer);
    }
}
