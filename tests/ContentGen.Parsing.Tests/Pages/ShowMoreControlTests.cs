using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page whose sections fold behind a control prints the control's label where the fold was: "Show more", "Ver más",
/// "Mehr anzeigen", alone on its line or with an arrow, between two paragraphs or glued over the paragraph the fold hid.
/// The label says nothing of the article: it is chrome, and the paragraphs round it stay whole. A paragraph or a
/// subheading that opens with the same words and goes on is the article's.
/// </summary>
public sealed class ShowMoreControlTests
{
    private const string Header = "Skip to content\nValley Courier\nNews  Local  Sport  Opinion";

    // Each language's two wordings of the control, other than the tuning page's, and one with an arrow.
    public static TheoryData<string, string> Controls() => new()
    {
        { "en", "Show more" },
        { "en", "See more ↓" },
        { "fr", "Afficher plus" },
        { "fr", "Voir plus ›" },
        { "de", "Mehr anzeigen" },
        { "de", "Alles anzeigen ↓" },
        { "es", "Mostrar más" },
        { "es", "Ver más ↓" },
        { "it", "Mostra di più" },
        { "it", "Mostra altro ›" },
        { "pt", "Mostrar mais" },
        { "pt", "Ver mais ↓" },
        { "nl", "Toon meer" },
        { "nl", "Meer weergeven ›" },
    };

    // Paragraphs that open with the control's words and go on: the article's own.
    public static TheoryData<string, string> Sentences() => new()
    {
        { "en", "Show more patience with the new drivers, the council asked residents on Tuesday." },
        { "fr", "Voir plus loin que la saison : c'est ce que demandent les maraîchers du canton." },
        { "de", "Mehr anzeigen wollte die Polizei nicht, sagte der Sprecher am Dienstag." },
        { "es", "Ver más allá del verano es lo que piden los comerciantes del barrio." },
        { "it", "Mostra di più la sua età il ponte vecchio, dicono i tecnici del comune." },
        { "pt", "Ver mais longe do que a próxima estação é o que pedem os agricultores." },
        { "nl", "Toon meer begrip voor de nieuwe chauffeurs, vroeg de gemeente dinsdag." },
    };

    private static string Page(string language, params string[] body) =>
        string.Join("\n\n", new[] { Header, Articles.Headline(language), Articles.Dateline(language) }.Concat(body));

    [Theory]
    [MemberData(nameof(Controls))]
    public void AControl_AloneBetweenParagraphs_IsChrome(string language, string control)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, p[1], p[2], control, p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Controls))]
    public void AControl_GluedOverTheParagraphItHid_IsChrome(string language, string control)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, p[1], p[2], control + "\n" + p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void AParagraph_OpeningOnTheControlsWords_IsTheArticles(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, p[1], sentence, p[2], p[3]));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
