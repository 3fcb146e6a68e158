using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A magazine closes a feature with its writers' box: a plural label alone on its line ("Les auteurs", "Die Autoren")
/// over notes that open with each writer's name and job. The box is the page's, not the article's; the same words
/// opening a longer line inside the article ("Los autores del robo, detenidos") are the article's.
/// </summary>
public sealed class AuthorsBoxLabelTests
{
    public static TheoryData<string, string, string> Boxes() => new()
    {
        { "fr", "Les auteurs", "Lucie Marchal est journaliste indépendante à Brest. Elle écrit sur la pêche et les ports." },
        { "de", "Die Autoren", "Jonas Brandt ist Redakteur im Ressort Wirtschaft und schreibt über Häfen und Schifffahrt." },
        { "es", "Sobre los autores", "Irene Salvat es periodista y escribe sobre el campo y los pueblos del interior." },
        { "en", "About the authors", "Tom Avery is a reporter covering transport and the coast for the magazine." },
        { "pt", "Os autores", "Rita Camões é jornalista e escreve sobre o património e as profissões do mar." },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void APluralLabelOverAWritersNote_OpensTheBox(string language, string label, string note)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], "12/03/2024", p[1], p[2], closing, p[3], label, note, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note);
    }

    [Fact]
    public void TheLabelsWordsOpeningAHeading_StayTheArticles()
    {
        var p = Articles.Of("es");
        var closing = Articles.Closing("es");
        var page = string.Join("\n\n", "Saltar al contenido\nPortada Local", p[0], "12/03/2024", p[1], p[2], "Los autores del robo, detenidos", closing, p[3], "Compartir\nAviso legal");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
        Assert.Contains(closing, article.Paragraphs.Select(x => x.Text));
    }

    // A label over a portrait of the firm's people mid-article: prose follows, so the article goes on (review s15, item 1).
    public static TheoryData<string, string, string> Subheadings() => new()
    {
        { "en", "The author", "Tom Avery is a journalist who grew up above a bait shop on the quay and still sails there every summer." },
        { "fr", "L'équipe", "Marc Lebrun, ancien journaliste scientifique, a fondé l'entreprise avec deux amis d'enfance en 2019." },
        { "de", "Das Team", "Jan Becker, früher Redakteur bei einer Segelzeitschrift, hat die Firma vor drei Jahren gegründet." },
        { "es", "El equipo", "Laura Ibáñez, antigua periodista de radio, fundó la cooperativa con sus dos hermanos en 2020." },
        { "it", "Il team", "Paolo Ferri, ex giornalista di cronaca, ha fondato la società con due compagni di scuola." },
        { "fr", "Les auteurs", "Lucie Marchal est journaliste indépendante à Brest. Elle a suivi la flottille pendant deux hivers." },
        { "de", "Die Autoren", "Jonas Brandt ist Redakteur und hat die Werft für dieses Buch ein ganzes Jahr lang besucht." },
    };

    [Theory]
    [MemberData(nameof(Subheadings))]
    public void ALabelOverANoteMidArticle_KeepsTheRestOfTheArticle(string language, string label, string note)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], "12/03/2024", p[1], p[2], closing, label, note, p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        var paragraphs = article.Paragraphs.Select(x => x.Text).ToArray();
        Assert.Contains(note, paragraphs);
        Assert.Contains(closing, paragraphs);
        Assert.Equal(p[3], paragraphs[^1]);
    }
}
