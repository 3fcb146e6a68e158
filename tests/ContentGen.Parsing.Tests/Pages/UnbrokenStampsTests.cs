namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed with no blank line: the headline, its one-sentence lede, the writer's name and the date stand glued, as
/// every line is. The lines printed with the dateline are the byline's (a name, a place), never the lede's sentence: the
/// headline is read right over the lede, not among the menus at the page's top.
/// </summary>
public sealed class UnbrokenStampsTests
{
    private static string Page(string language, string menu, string trail, string writer, string date, string between = "\n")
    {
        var p = Articles.Of(language);
        return string.Join(between, "Valley Courier", menu, Account(language), trail, p[0], p[1], writer, date, p[2], p[3], Box(language), Articles.Closing(language));
    }

    // A box of other stories' headlines set inside the article, with its label in capitals.
    private static string Box(string language) => language switch
    {
        "fr" => "EN BREF\nMorvillers : la piscine ferme deux semaines\nSaint-Aubert : un nouveau médecin s'installe\nLavaur : les travaux du pont reprennent",
        "de" => "KURZ NOTIERT\nBergfeld: Freibad öffnet zwei Wochen später\nAltenau: Neue Ärztin für die Praxis am Markt\nTalheim: Arbeiten an der Brücke gehen weiter",
        "es" => "BREVES\nVillalba: la piscina cierra dos semanas\nTorremolar: llega una nueva médica al centro de salud\nOlivar: siguen las obras del puente",
        "it" => "IN BREVE\nRoccalba: la piscina chiude per due settimane\nCastelfiorito: arriva un nuovo medico di base\nValdena: riprendono i lavori sul ponte",
        "pt" => "BREVES\nVila Nova: piscina fecha durante duas semanas\nSouselas: chega uma nova médica ao centro de saúde\nRibafria: obras na ponte recomeçam",
        "nl" => "KORT NIEUWS\nBergdal: Zwembad gaat twee weken dicht\nWesterveld: Nieuwe huisarts voor het dorp\nOosterhout: Werk aan de brug gaat verder",
        _ => "IN BRIEF\nNorth Crabley: Pool to close for two weeks\nEastwick: New doctor joins village surgery\nMarlow Green: Work on the bridge resumes",
    };

    // The header's account buttons, which the reader sets aside before it looks for the headline: the menu over them is
    // no longer glued to the trail under them.
    private static string Account(string language) => language switch
    {
        "fr" => "Se connecter  S'abonner",
        "de" => "Anmelden  Abo",
        "es" => "Iniciar sesión  Suscríbete",
        "it" => "Accedi  Abbonati",
        "pt" => "Entrar  Assinar",
        "nl" => "Inloggen  Abonneren",
        _ => "Log in  Subscribe",
    };

    [Theory]
    [InlineData("en", "News  Region  Sport  Business  Culture  Weather", "Region > Valley", "Jane Roe", "12 March 2025, 09:40")]
    [InlineData("fr", "Actualités  Région  Sports  Économie  Culture  Météo", "Région > Vallée", "Camille Roux", "12 mars 2025 à 09h40")]
    [InlineData("de", "Nachrichten  Region  Sport  Wirtschaft  Kultur  Wetter", "Region > Tal", "Jana Kolb", "12.03.2025, 09:40 Uhr")]
    [InlineData("es", "Portada Local Comarca Deportes Cultura Opinión", "Local > Valle", "Marta Ruiz", "12 de marzo de 2025 - 09:40")]
    [InlineData("it", "Cronaca  Politica  Economia  Sport  Cultura  Meteo", "Cronaca > Valle", "Giulia Ferri", "12 marzo 2025 | 09:40")]
    [InlineData("pt", "Notícias  Região  Desporto  Economia  Cultura", "Região > Vale", "Ana Lopes", "12 de março de 2025, 09:40")]
    [InlineData("nl", "Nieuws  Regio  Sport  Economie  Cultuur  Uit", "Regio > Dal", "Eva de Rooij", "12 maart 2025, 09:40")]
    public void TheHeadline_OverItsLedeAndStamps_PrintedWithNoBlankLine_IsTheTitle(string language, string menu, string trail, string writer, string date)
    {
        var article = ArticleParser.Parse(Page(language, menu, trail, writer, date));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    // The same page with its blank lines: the headline is set apart, and reads as before.
    [Theory]
    [InlineData("en", "News  Region  Sport  Business  Culture  Weather", "Region > Valley", "Jane Roe", "12 March 2025, 09:40")]
    [InlineData("es", "Portada Local Comarca Deportes Cultura Opinión", "Local > Valle", "Marta Ruiz", "12 de marzo de 2025 - 09:40")]
    public void TheSamePage_WithBlankLines_ReadsTheSameHeadline(string language, string menu, string trail, string writer, string date)
    {
        var article = ArticleParser.Parse(Page(language, menu, trail, writer, date, between: "\n\n"));

        Assert.Equal(Articles.Headline(language), article.Title);
    }

    // A place glued under the writer's name over the date is the byline's: the lede is not, and the headline over it stays.
    [Theory]
    [InlineData("es", "Portada Local Comarca Deportes Cultura Opinión", "Local > Valle", "Marta Ruiz\nVillalba del Monte", "12/03/2025 - 09:40")]
    [InlineData("en", "News  Region  Sport  Business  Culture  Weather", "Region > Valley", "Jane Roe\nNorth Crabley", "12 March 2025, 09:40")]
    public void APlacePrintedWithTheByline_IsNoHeadline(string language, string menu, string trail, string writer, string date)
    {
        var article = ArticleParser.Parse(Page(language, menu, trail, writer, date));

        Assert.Equal(Articles.Headline(language), article.Title);
    }
}
