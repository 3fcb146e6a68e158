using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A paragraph of the article that ends on a colon ("The council listed three changes:") with clauses under it, one per
/// line or one per block, and the article's prose going on below: the lead-in and its list are the article's text in
/// every language, on a plain article as on a page. Other stories' headlines glued one under the other with no lead-in,
/// and a menu's words, stay set aside.
/// </summary>
public sealed class ColonListTests
{
    public static TheoryData<string, string, string[]> Lists() => new()
    {
        { "en", "The council listed three changes for the spring:", new[] { "Night buses will stop at every village square", "The station car park gets a new operator", "Two stops move closer to the primary school" } },
        { "fr", "Le conseil a présenté trois changements pour le printemps :", new[] { "Les bus de nuit s'arrêteront sur chaque place de village", "Le parking de la gare change d'exploitant", "Deux arrêts se rapprochent de l'école primaire" } },
        { "de", "Der Rat nannte drei Änderungen für das Frühjahr:", new[] { "Die Nachtbusse halten auf jedem Dorfplatz", "Der Parkplatz am Bahnhof bekommt einen neuen Betreiber", "Zwei Haltestellen rücken näher an die Grundschule" } },
        { "es", "El consejo enumeró tres cambios para la primavera:", new[] { "Los autobuses nocturnos pararán en cada plaza de pueblo", "El aparcamiento de la estación cambia de gestor", "Dos paradas se acercan a la escuela primaria" } },
        { "it", "Il consiglio ha indicato tre novità per la primavera:", new[] { "Gli autobus notturni si fermano in ogni piazza di paese", "Il parcheggio della stazione cambia gestore", "Due fermate si avvicinano alla scuola elementare" } },
        { "pt", "O conselho apresentou três mudanças para a primavera:", new[] { "Os autocarros noturnos param em cada largo de aldeia", "O parque de estacionamento da estação muda de gestor", "Duas paragens ficam mais perto da escola primária" } },
        { "nl", "De raad noemde drie veranderingen voor het voorjaar:", new[] { "De nachtbussen stoppen op elk dorpsplein", "De parkeerplaats bij het station krijgt een nieuwe beheerder", "Twee haltes komen dichter bij de basisschool" } },
    };

    // A plain article: headline, a paragraph, the lead-in, its list, and the article going on.
    private static string Plain(string language, string leadIn, string list)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", p[0], p[1], leadIn, list, p[2], p[3]);
    }

    private static void AssertAllStay(Article article, string leadIn, string[] items)
    {
        Assert.Contains(article.Paragraphs, x => x.Text.Contains(leadIn, StringComparison.Ordinal));
        foreach (var item in items)
        {
            Assert.Contains(article.Paragraphs, x => x.Text.Contains(item, StringComparison.Ordinal));
            Assert.DoesNotContain(article.Boilerplate, x => x.Text.Contains(item, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void ClausesOnePerLine_UnderALeadIn_Stay(string language, string leadIn, string[] items)
        => AssertAllStay(ArticleParser.Parse(Plain(language, leadIn, string.Join("\n", items))), leadIn, items);

    [Theory]
    [MemberData(nameof(Lists))]
    public void ClausesOnePerBlock_UnderALeadIn_Stay(string language, string leadIn, string[] items)
        => AssertAllStay(ArticleParser.Parse(Plain(language, leadIn, string.Join("\n\n", items))), leadIn, items);

    // A lead-in glued to its clauses reads as one wrapped paragraph with its last line apart, a heading over the prose:
    // still the article's text, none of it set aside.
    [Theory]
    [MemberData(nameof(Lists))]
    public void ClausesUnderALeadInGluedToIt_StayInTheBody(string language, string leadIn, string[] items)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], leadIn + "\n" + string.Join("\n", items), p[2], p[3]));
        var body = string.Join(" ", article.Paragraphs.Select(x => x.Text).Concat(article.Sections.Where(x => x.Heading is not null).Select(x => x.Heading!)));

        Assert.Contains(leadIn, body, StringComparison.Ordinal);
        foreach (var item in items)
        {
            Assert.Contains(item, body, StringComparison.Ordinal);
            Assert.DoesNotContain(article.Boilerplate, x => x.Text.Contains(item, StringComparison.Ordinal));
        }
    }

    // On a page under a menu, the lead-in and its list are the article's as well.
    [Theory]
    [MemberData(nameof(Lists))]
    public void ClausesUnderALeadIn_OnAPage_Stay(string language, string leadIn, string[] items)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu", p[0], p[1], leadIn, string.Join("\n", items), Articles.Closing(language), p[3]);
        AssertAllStay(ArticleParser.Parse(page), leadIn, items);
    }

    // Guard: a label over links is no sentence ("More from the region:"), and the other stories' headlines glued under it
    // between the article's paragraphs stay the site's.
    [Theory]
    [InlineData("en", "More from the region:", "Lifeboat crew called out twice in one night\nNew cycle lane opens on the harbour road\nSchool choir wins a regional prize")]
    [InlineData("de", "Mehr aus der Region:", "Hafenstadt: Straßenbahn fährt bald bis zum Deich\nNeue Ampel an der Kreuzung beim Rathaus\nFeuerwehr rückt zu einem Kaminbrand aus")]
    public void HeadlinesUnderALinkLabel_AreSetAside(string language, string label, string run)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], label, run, Articles.Closing(language), p[3]));

        foreach (var line in run.Split('\n'))
        {
            Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(line, StringComparison.Ordinal));
        }
    }

    // Guard: under a lead-in, a wrapped caption (its second line goes on in lower case) and a heading's line set apart over
    // the prose are printed two ways, no list: the heading still heads the prose under it.
    [Theory]
    [InlineData("pt", "O vídeo da reportagem da rádio local:", "Os bombeiros preparam as mangueiras junto ao lago do jardim para o exercício\nde sábado", "Mais meios para o verão")]
    [InlineData("en", "The video report from the local radio station:", "Firefighters lay out their hoses beside the pond in the park for the drill\non Saturday", "More crews for the summer")]
    [InlineData("de", "Der Videobericht des örtlichen Radiosenders dazu:", "Die Feuerwehr rollt am Teich im Stadtpark die Schläuche für die Übung\nam Samstag aus", "Mehr Einsatzkräfte im Sommer")]
    public void ACaptionAndAHeadingUnderALeadIn_AreNoList(string language, string leadIn, string caption, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], leadIn, caption, heading, p[2], p[3]));

        Assert.Contains(article.Sections, x => x.Heading == heading);
    }
}
