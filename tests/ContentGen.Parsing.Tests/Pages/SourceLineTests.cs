using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A source's credit between paragraphs ("Fonte: ANSA / Adnkronos", "Quelle: dpa und AFP") is the article's credit line,
/// set aside as a byline is, naming nobody; the article goes on under it, and a subheading there heads its section.
/// A sentence that opens with the same word, or goes on to a full stop, stays the article's.
/// </summary>
public sealed class SourceLineTests
{
    public static TheoryData<string, string, string> Sources() => new()
    {
        { "it", "Fonte: ANSA / Adnkronos", "I numeri:" },
        { "de", "Quelle: dpa und AFP", "Die Nachfolge:" },
        { "es", "Fuente: Europa Press", "Los plazos:" },
        { "nl", "Bron: ANP", "De oude bussen:" },
    };

    private static string Page(string language, string line, string heading)
    {
        var p = Articles.Of(language);
        var question = language switch { "it" => "Chi paga?", "de" => "Wer zahlt dafür?", "es" => "¿Quién lo paga?", _ => "Wie betaalt?" };
        return string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], question, p[2], line, heading, p[3] + " " + Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void ASourceLine_IsSetAside_AndTheArticleGoesOnUnderItsSubheading(string language, string line, string heading)
    {
        var article = ArticleParser.Parse(Page(language, line, heading));
        var p = Articles.Of(language);

        Assert.Contains(article.Boilerplate, item => item.Text == line && item.Kind == BoilerplateKind.Byline);
        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Equal(p[3] + " " + Articles.Closing(language), article.Paragraphs[^1].Text);
        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("it", "Fonte di energia per tutto il quartiere, il nuovo impianto aprirà a maggio.")]
    [InlineData("de", "Quelle: Das Landesamt meldete am Montag einen Rückgang der Zahlen um zwölf Prozent.")]
    [InlineData("nl", "Bron van zorg is vooral het lawaai van de vrachtwagens op de dijk.")]
    public void ASentenceWithTheSameWord_StaysTheArticles(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], sentence, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");

        Assert.Contains(sentence, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
