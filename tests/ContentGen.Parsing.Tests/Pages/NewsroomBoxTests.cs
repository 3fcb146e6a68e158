using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two boxes a site prints under its article, in the words each language uses: a call for tips addressed to the
/// newsroom ("Haben Sie einen Hinweis für die Redaktion?", "Hai una segnalazione per la redazione?", "Got a tip for the
/// newsroom?") is an appeal, and a "more news" list headed by its label with a place ("Mehr Nachrichten aus Wattensiel",
/// as Dutch "Meer nieuws uit …") ends the article. A sentence of the article that opens with the same words stays.
/// </summary>
public sealed class NewsroomBoxTests
{
    [Theory]
    [InlineData("de", "Haben Sie einen Hinweis für die Redaktion? Schreiben Sie an hinweise@kuestenfunk.example oder per WhatsApp.")]
    [InlineData("de", "Sie haben einen Tipp für die Redaktion? Melden Sie sich unter redaktion@kuestenfunk.example.")]
    [InlineData("it", "Hai una segnalazione per la redazione? Scrivi a redazione@ecodelleisole.example o su WhatsApp.")]
    [InlineData("en", "Got a tip for the newsroom? Email news@fellsidegazette.example or message us on WhatsApp.")]
    public void ACallForTipsToTheNewsroom_IsSetAside(string language, string appeal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate).Kind);
    }

    [Fact]
    public void AMoreNewsListUnderTheArticle_EndsIt()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Direkt zum Inhalt\nKüstenfunk\nNachrichten Sport Wetter", p[0], "Von Lena Brandt\n04.02.2025, 18:05 Uhr", p[1], p[2], p[3],
            "Mehr Nachrichten aus Wattensiel\nFreiwillige sammeln 400 Kilo Müll am Strand\nGrundschule Seestern bekommt neuen Schulhof\nFeuerwehr übt mit Drohne",
            "Impressum   Datenschutz   Kontakt");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // "Mehr Nachrichten aus dem Rathaus …" as a sentence speaks to nobody: the article's last paragraph.
    [Fact]
    public void ASentenceOpeningWithTheLabelsWords_Stays()
    {
        var p = Articles.Of("de");
        const string last = "Mehr Nachrichten aus dem Rathaus gab es am Dienstagabend nicht, die Sitzung wurde vertagt.";
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], last);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], last }, article.Paragraphs.Select(x => x.Text));
    }
}
