using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72, pfix: a site's header menu printed on one line between middle dots, as a professional network prints its
/// own over a post ("Home · My Network · Jobs · Messaging · Notifications"), under its search box and over the account's
/// item: chrome, never the headline, and its last item glued to the account's ("Notifications Me") is no outlet. Four
/// items or more, each a word or two in capitals, one of them a section or a button the lexicons list. A row of places,
/// of names, of three items, a byline's line with its date or a row with a clause among its items stays.
/// </summary>
public sealed class DottedMenuRowTests
{
    [Theory]
    [InlineData("en", "Search", "Home · My Network · Jobs · Messaging · Notifications", "Me", "For Business")]
    [InlineData("fr", "Rechercher", "Accueil · Mon réseau · Emploi · Messagerie · Notifications", "Moi", "Pour les entreprises")]
    [InlineData("de", "Suche", "Startseite · Mein Netzwerk · Jobs · Nachrichten · Mitteilungen", "Ich", "Für Unternehmen")]
    [InlineData("es", "Buscar", "Inicio · Mi red · Empleo · Mensajes · Notificaciones", "Yo", "Para negocios")]
    [InlineData("it", "Cerca", "Home · La mia rete · Lavoro · Messaggi · Notifiche", "Io", "Per le aziende")]
    [InlineData("pt", "Pesquisar", "Início · A minha rede · Emprego · Mensagens · Notificações", "Eu", "Para empresas")]
    [InlineData("nl", "Zoeken", "Start · Mijn netwerk · Vacatures · Berichten · Meldingen", "Ik", "Voor bedrijven")]
    public void ANetworksMenuRow_OverThePost_IsNoHeadlineAndNamesNoOutlet(string language, string search, string menu, string account, string business)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", string.Join("\n", search, menu, account, business), p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Home · My Network · Jobs · Messaging · Notifications", true)]
    [InlineData("Accueil · Mon réseau · Emploi · Messagerie · Notifications", true)]
    [InlineData("Startseite · Mein Netzwerk · Jobs · Nachrichten · Mitteilungen", true)]
    [InlineData("Inicio · Mi red · Empleo · Mensajes · Notificaciones", true)]
    [InlineData("Home · La mia rete · Lavoro · Messaggi · Notifiche", true)]
    [InlineData("Início · A minha rede · Emprego · Mensagens · Notificações", true)]
    [InlineData("Start · Mijn netwerk · Vacatures · Berichten · Meldingen", true)]
    // A row of places or of names names no section: a teaser's places, a team's writers.
    [InlineData("Arnhem · Nijmegen · Tiel · Zaltbommel", false)]
    [InlineData("Quimper · Brest · Lorient · Vannes · Morlaix", false)]
    [InlineData("Anna Berg · Jan Smit · Piet Klaas · Ria Bos", false)]
    // Three items are a kicker's path, not a header's menu.
    [InlineData("Sport · Fußball · Regionalliga", false)]
    [InlineData("Actualidad · Comarca · Sucesos", false)]
    // A byline's line with its date, an outlet's line with a writer's word.
    [InlineData("Kinzigtaler Bote · Lokales · 04.03.2025 · von Jana Kolb", false)]
    [InlineData("Gazzetta di Valsesia · Cronaca · Eventi · di Paolo Neri", false)]
    // A clause among the items: a headline's, however many sections stand before it.
    [InlineData("Politik · Wirtschaft · Kultur · Stadtrat beschließt neuen Haushalt", false)]
    [InlineData("Política · Economia · Lisboa · A ponte abre em maio", false)]
    // Items in lower case are tags or words, not a menu's links; a part that is a function word alone is no item.
    [InlineData("politique · économie · société · culture", false)]
    [InlineData("News · Sport · The · Weather", false)]
    public void FourItemsOrMore_OneOfThemASection_MakeAMenu(string line, bool menu)
        => Assert.Equal(menu, MenuLines.IsDottedMenu(line.AsSpan()));

    [Theory]
    [InlineData("Home · My Network · Jobs · Messaging · Notifications")]
    [InlineData("Start · Mijn netwerk · Vacatures · Berichten · Meldingen")]
    public void TheMenuRow_IsNavigation(string line)
        => Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(line.AsSpan()));

    [Theory]
    [InlineData("Arnhem · Nijmegen · Tiel · Zaltbommel")]
    [InlineData("Politik · Wirtschaft · Kultur · Stadtrat beschließt neuen Haushalt")]
    public void ARowThatIsNoMenu_StaysWhatTheOtherRulesRead(string line)
        => Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan()));
}
