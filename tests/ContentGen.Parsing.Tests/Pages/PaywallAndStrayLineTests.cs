using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What a dump leaves between an article's paragraphs that is nobody's text: a paywall's notice that the
/// rest is for subscribers, a line of marks alone ("***", "—"), an image's file name in brackets,
/// and a video's introduction ("Le reportage de Radio Vallée :") with the video's description under it.
/// </summary>
public sealed class PaywallAndStrayLineTests
{
    [Theory]
    [InlineData("en", "This article is for subscribers only. You have 70% left to read.")]
    [InlineData("fr", "Cet article est réservé aux abonnés. La suite vous attend : encore 65 % du texte.")]
    [InlineData("de", "Dieser Artikel ist nur für Abonnenten verfügbar. Sie haben noch 70 % vor sich.")]
    [InlineData("es", "Este artículo es exclusivo para suscriptores. Te queda el 70% por leer.")]
    [InlineData("it", "Questo articolo è riservato agli abbonati. Ti resta il 70% da leggere.")]
    [InlineData("pt", "Este artigo é exclusivo para assinantes. Faltam 70% para ler.")]
    [InlineData("nl", "Dit artikel is alleen voor abonnees. Je hebt nog 70% te lezen.")]
    public void APaywallNotice_IsSetAside(string language, string notice)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], notice, closing));

        Assert.Equal(new[] { p[1], p[2], closing }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == notice);
    }

    [Theory]
    [InlineData("***")]
    [InlineData("—")]
    [InlineData("[banniere_soutien2.svg?x12345]")]
    [InlineData("[logo-courrier.png]")]
    public void AStrayLineBetweenParagraphs_IsSetAside(string line)
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], line, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }

    // A bracketed remark in words is the article's; so is a lone "." (a plain article prints one as a paragraph).
    [Fact]
    public void ABracketedSentence_Stays()
    {
        var p = Articles.Of("fr");
        var note = "[Mise à jour : le conseil a confirmé le vote mercredi soir.]";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], note, p[3]));

        Assert.Contains(note, article.Paragraphs.Select(x => x.Text));
    }

    // An editor's cut in brackets holds no letter: it is no image's file name.
    [Theory]
    [InlineData("[...]")]
    [InlineData("[…]")]
    [InlineData("[?]")]
    public void AnEditorsCutInBrackets_Stays(string cut)
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], cut, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], cut, closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ALoneFullStopInAPlainArticle_Stays()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], ".", p[2], p[3]));

        Assert.Equal(new[] { p[1], ".", p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    public static TheoryData<string, string, string> MediaIntros() => new()
    {
        { "fr", "Le reportage de Radio Vallée :", "Les premiers passagers ont découvert la navette ce lundi matin\nentre la gare et la mairie" },
        { "en", "Watch the report from Valley TV:", "The first passengers tried the shuttle on Monday morning between\nthe station and the town hall" },
        { "de", "Der Beitrag von Radio Tal:", "Die ersten Fahrgäste haben den Shuttlebus am Montagmorgen zwischen\nBahnhof und Rathaus ausprobiert" },
        { "es", "El reportaje de Radio Valle:", "Los primeros pasajeros probaron el autobús el lunes por la mañana\nentre la estación y el ayuntamiento" },
        { "it", "Il servizio di Radio Valle:", "I primi passeggeri hanno provato la navetta lunedì mattina tra la\nstazione e il municipio" },
        { "pt", "A reportagem da Rádio Vale:", "Os primeiros passageiros experimentaram o autocarro na segunda-feira\nde manhã entre a estação e a câmara" },
        { "nl", "De reportage van Radio Dal:", "De eerste reizigers probeerden de pendelbus maandagochtend tussen het\nstation en het gemeentehuis" },
    };

    [Theory]
    [MemberData(nameof(MediaIntros))]
    public void AVideosIntroductionAndDescription_AreSetAside(string language, string intro, string description)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], intro, description, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == intro);
    }

    // Prose that opens a list with a colon is the article's, and so is the list.
    [Fact]
    public void AReportsIntroductionOverASentence_Stays()
    {
        var p = Articles.Of("fr");
        var intro = "Le reportage de Radio Vallée :";
        var sentence = "Les premiers passagers ont découvert la navette ce lundi matin, entre la gare et la mairie.";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], intro, sentence, p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }
}
