using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Italian answers speak in the first person with a verb or a possessive more often than with "io" ("Ho imparato …",
/// "Mi alzo …", "Mio fratello …"): those words make the questions over them an interview's, never headings. An Italian
/// explainer's answers in the third person keep their question subheadings. And a site's name printed again only in the
/// footer's rights line is the masthead's repeat, no headline's: the quoted headline under the kicker is the title.
/// </summary>
public sealed class ItalianInterviewAndMastheadTests
{
    private const string Standfirst = "Marta Zanetti gestisce da tre stagioni un rifugio a 1.900 metri e quest'anno ha deciso di non chiudere a ottobre: racconta come si vive lassù d'inverno.";

    [Fact]
    public void AnswersInTheFirstPerson_MakeAnInterview_WhoseQuestionsHeadNothing()
    {
        var page = string.Join("\n\n", "Home\nMontagna\nCerca", "«Il mio rifugio resterà aperto anche d'inverno»", Standfirst, "12 gennaio 2025",
            "Perché tenere aperto d'inverno?", "Ho visto che sempre più persone salgono con le ciaspole, e fino all'anno scorso non trovavano un posto caldo dove fermarsi.",
            "Come arrivano le provviste?", "Mi arrivano con la motoslitta del Comune una volta alla settimana, se il tempo lo permette, e il resto lo porto su a piedi.",
            "Cosa le manca della valle?", "Mio fratello direbbe il cinema. A me manca il giornale la mattina, ma dalla finestra vedo il tramonto sul ghiacciaio.");
        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(article.Paragraphs, x => x.Text == "Come arrivano le provviste?");
    }

    [Fact]
    public void AnExplainersAnswers_InTheThirdPerson_KeepTheirQuestionHeadings()
    {
        var page = string.Join("\n\n", "Home\nMontagna\nCerca", "Rifugi aperti d'inverno: cosa cambia per gli escursionisti", Standfirst, "12 gennaio 2025",
            "Perché restano aperti?", "Sempre più persone salgono con le ciaspole, e la Regione ha deciso di sostenere i gestori che tengono aperto.",
            "Come arrivano le provviste?", "Le provviste arrivano con la motoslitta del Comune una volta alla settimana, se il tempo lo permette.",
            "Cosa serve per salire?", "Servono ciaspole, abbigliamento adatto e una prenotazione per il pernottamento, che il gestore chiede con un giorno d'anticipo.");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { "Perché restano aperti?", "Come arrivano le provviste?", "Cosa serve per salire?" }, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading));
    }

    [Fact]
    public void ASiteNamePrintedAgainInTheRightsLine_IsNoHeadline()
    {
        var page = string.Join("\n\n", "Salta al contenuto principale\nEco delle Valli\nHome   Valli   Montagna   Sport\nCerca", "Montagna", "L'intervista",
            "«Il mio rifugio resterà aperto anche d'inverno»", Standfirst, "Francesca Bonomi\n12 gennaio 2025",
            "Ho visto che sempre più persone salgono con le ciaspole, e fino all'anno scorso non trovavano un posto caldo dove fermarsi.",
            "Le provviste arrivano con la motoslitta del Comune una volta alla settimana, se il tempo lo permette, e il resto lo porta su a piedi.",
            "Eco delle Valli - Tutti i diritti riservati");
        var article = ArticleParser.Parse(page);

        Assert.Equal("«Il mio rifugio resterà aperto anche d'inverno»", article.Title);
        Assert.Equal("2025-01-12", article.Published);
    }
}
