using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The headline under a "read also" label may ask a question ("Inondations : comment savoir si votre commune est en zone
/// à risque ?"): it is the link's, set aside. Two sentences under the label, or a question as long as a paragraph's, are
/// the article's; and a short question between paragraphs with no label above it still heads its section.
/// </summary>
public sealed class ReadAlsoQuestionTests
{
    public static TheoryData<string, string, string> Links() => new()
    {
        { "fr", "À lire aussi", "Inondations : comment savoir si votre commune est en zone à risque ?" },
        { "en", "Read also", "Floods: how do you know if your street is at risk?" },
        { "de", "Lesen Sie auch", "Hochwasser: Ist meine Straße gefährdet?" },
        { "it", "Leggi anche", "Alluvioni, come sapere se il tuo comune è a rischio?" },
        { "pt", "Leia também", "Cheias: como saber se a sua rua está em risco?" },
    };

    private static string Page(string language, string label, string line)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], label + "\n" + line, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void AQuestionHeadline_UnderAReadAlsoLabel_IsTheLinks(string language, string label, string line)
    {
        var article = ArticleParser.Parse(Page(language, label, line));
        var p = Articles.Of(language);

        Assert.Contains(line, article.Boilerplate.Select(x => x.Text));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("fr", "À lire aussi", "Pourquoi attendre ? Le maire a répondu aux habitants mardi soir, devant la salle comble.")]
    public void TwoSentencesUnderTheLabel_AreTheArticles(string language, string label, string line)
    {
        var article = ArticleParser.Parse(Page(language, label, line));

        Assert.Contains(line, article.Paragraphs.Select(x => x.Text));
    }
}

/// <summary>
/// A "read also" insert may print the other story's picture caption and date over its headline ("À lire aussi" / "Le
/// maire de Valmont, en visite au port le 12 mai." / "Le 15/05/2023 à 08:40" / the headline): the caption is the
/// link's. A short sentence over a date with the article's paragraph under them stays the article's.
/// </summary>
public sealed class ReadAlsoCaptionTests
{
    [Theory]
    [InlineData("fr", "À lire aussi", "Le maire de Valmont, en visite au port le 12 mai 2023.", "Le 15/05/2023 à 08:40", "Valmont : le port de plaisance agrandi d'ici 2025")]
    [InlineData("en", "Read also", "The mayor of Valmont on a visit to the harbour in July.", "15 May 2023, 08:40", "Valmont marina to grow by a third before 2025")]
    public void TheLinkedStorysCaption_OverItsDate_IsTheLinks(string language, string label, string caption, string date, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], label, caption, date, headline, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(caption, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void AShortSentenceOverADate_WithTheArticleUnderThem_StaysTheArticles()
    {
        var p = Articles.Of("fr");
        var sentence = "La réunion publique aura lieu à la salle des fêtes.";
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], "À lire aussi\nValmont : le port de plaisance agrandi d'ici 2025", sentence, "Le 15/05/2023 à 08:40", p[2], p[3], Articles.Closing("fr"), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }
}

/// <summary>
/// Review s21, finding 3: a related-articles label that opens the page's footer ("Related articles", "Articoli
/// correlati", "Noticias relacionadas", "Notícias relacionadas") ends the article: the headlines under it and a
/// publisher's imprint paragraph below them are the page's.
/// </summary>
public sealed class RelatedArticlesFooterTests
{
    [Theory]
    [InlineData("en", "Related articles")]
    [InlineData("it", "Articoli correlati")]
    [InlineData("es", "Noticias relacionadas")]
    [InlineData("pt", "Notícias relacionadas")]
    public void ARelatedArticlesLabel_ClosingTheArticle_EndsIt(string language, string label)
    {
        var p = Articles.Of(language);
        const string imprint = "The Valmora Gazette is published by Valley Press Ltd, registered in England under company number 0123456. Our offices are at 3 High Street.";
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), label,
            "Harbour wall repairs finished ahead of winter", "Volunteers plant sea kale along the dunes", "Ferry fares frozen for another year", imprint, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }
}
