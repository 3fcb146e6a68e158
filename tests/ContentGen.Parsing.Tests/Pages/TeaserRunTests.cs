using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Other stories' headlines printed one under the other between an article's paragraphs, with no label over them: the
/// site's links, set aside. An article's own list (things named in a word or two, or clauses under a lead-in that ends on
/// a colon), two lines alone, or short sentences that end on their stops stay the article's.
/// </summary>
public sealed class TeaserRunTests
{
    public static TheoryData<string, string[]> Runs() => new()
    {
        { "en", new[] { "Lifeboat crew called out twice in one night", "New cycle lane opens on the harbour road", "School choir wins a regional prize" } },
        { "fr", new[] { "Valmont. Un incendie détruit un hangar agricole", "Port-Lavoie. La piscine rouvre ses portes lundi", "Saint-Aubin. Le marché de Noël cherche des exposants" } },
        { "de", new[] { "Hafenstadt: Straßenbahn fährt bald bis zum Deich", "Neue Ampel an der Kreuzung beim Rathaus", "Feuerwehr rückt zu einem Kaminbrand aus" } },
        { "es", new[] { "Arenales, la playa estrena pasarelas accesibles", "El mercado de abastos amplía su horario", "Un incendio calcina una nave en el polígono" } },
        { "it", new[] { "Valmora, incidente sulla provinciale: un ferito", "Riapre la biblioteca dopo i lavori al tetto", "Il mercato del sabato cambia piazza" } },
        { "pt", new[] { "Vila Seca: bombeiros resgatam idoso de um poço", "Câmara abre concurso para o novo mercado", "Feira do livro regressa ao jardim em junho" } },
        { "nl", new[] { "Havenstad: nieuwe fietsbrug over het kanaal open", "Bibliotheek krijgt langere openingstijden", "Brandweer rukt uit voor schoorsteenbrand" } },
    };

    // Line 1 the menu, then the headline, two paragraphs, the run glued line under line, and the closing paragraphs.
    private static string Page(string language, string insert)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Menu", p[0], p[1], p[2], insert, Articles.Closing(language), p[3]);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void HeadlinesGluedBetweenParagraphs_AreSetAside(string language, string[] run)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, string.Join("\n", run)));

        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(string.Join(" ", run), string.Join(" ", article.Boilerplate.Where(b => run.Any(r => b.Text.Contains(r, StringComparison.Ordinal))).Select(b => b.Text)));
    }

    // Guard: a list of things named in a word or two, and lines that end on their stops stay.
    [Theory]
    [InlineData("fr", "Navettes gratuites\nParking relais\nPistes cyclables")]
    [InlineData("de", "Die Busse fahren jede halbe Stunde.\nDie Haltestellen werden beleuchtet.\nDie Tickets kosten nichts.")]
    [InlineData("es", "Horario ampliado los sábados\nParada nueva en la plaza")]
    public void AnArticlesOwnLines_Stay(string language, string insert)
    {
        var article = ArticleParser.Parse(Page(language, insert));

        foreach (var line in insert.Split('\n'))
        {
            Assert.Contains(article.Paragraphs, x => x.Text.Contains(line, StringComparison.Ordinal));
        }
    }

    // Guard: under a lead-in that ends on a colon, a paragraph of its own, clauses one under the other are the article's list.
    [Theory]
    [InlineData("it", "Il consiglio ha indicato le novità della primavera:", "Gli autobus notturni arrivano nelle frazioni\nIl parcheggio della stazione cambia gestione\nDue fermate vengono spostate vicino alla scuola")]
    public void ClausesUnderALeadIn_Stay(string language, string leadIn, string list)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], leadIn, list, Articles.Closing(language), p[3]));

        foreach (var line in list.Split('\n'))
        {
            Assert.Contains(article.Paragraphs, x => x.Text.Contains(line, StringComparison.Ordinal));
        }
    }
}
