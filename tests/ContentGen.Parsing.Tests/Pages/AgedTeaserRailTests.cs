using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An aggregator's page prints a rail of other stories over the article ("Top stories", "À la une", "Ultime notizie"), each
/// teaser's headline with its age after a separator ("Council approves new budget · 2 hrs ago"). The rail is never the
/// headline: the article's own headline, printed apart over its date, is. A headline that tells an age in its own words, with
/// no separator before it, and a headline with a separator before other words stay headlines. Invented pages, in other
/// words than the tuning page that showed it.
/// </summary>
public sealed class AgedTeaserRailTests
{
    private static string Page(string language, string rail)
    {
        var p = Articles.Of(language);
        var header = "Feedwise\n" + Articles.GappedMenu(language) + "\n" + rail;
        return string.Join("\n\n", header, p[0], Articles.Byline(language) + "\n" + Articles.Dateline(language), p[1], p[2], p[3], "© 2026 Feedwise");
    }

    [Theory]
    [InlineData("en", "Top stories\nHarbour wall repairs delayed until the spring · 2 hrs ago\nSchool heating fails for a second week · 3 hrs ago\nFish prices hold steady at the quay · 5 hrs ago")]
    [InlineData("fr", "À la une\nLe conseil municipal vote le budget de l'an prochain · il y a 2 h\nLa piscine fermera pendant les vacances · il y a 4 h")]
    [InlineData("de", "Top-Meldungen\nGemeinderat beschließt den Haushalt für das nächste Jahr · vor 2 Std.\nHallenbad schließt über die Feiertage · vor 5 Std.")]
    [InlineData("es", "Lo más reciente\nEl pleno aprueba el presupuesto del año que viene | hace 2 horas\nLa piscina cerrará durante las fiestas | hace 4 horas")]
    [InlineData("it", "Ultime notizie\nIl consiglio approva il bilancio del prossimo anno · 2 ore fa\nLa piscina resterà chiusa durante le feste · 5 ore fa")]
    [InlineData("pt", "Destaques\nCâmara aprova o orçamento para o próximo ano · há 2 horas\nPiscina municipal fecha durante as festas · há 5 horas")]
    [InlineData("nl", "Laatste nieuws\nGemeenteraad keurt de begroting voor volgend jaar goed · 2 uur geleden\nZwembad gaat dicht tijdens de feestdagen · 5 uur geleden")]
    public void ARailOfAgedTeasers_IsNotTheHeadline(string language, string rail)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, rail));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: an age told in the headline's own words, with no separator before it, and a separator before a place, leave the
    // line a headline where it stands.
    [Theory]
    [InlineData("en", "Island ferry returns to the harbour it left 30 years ago")]
    [InlineData("fr", "Le bac revient au port qu'il a quitté il y a 30 ans")]
    [InlineData("de", "Die Fähre kehrt in den Hafen zurück · vor Ort in Kilbrunn")]
    [InlineData("it", "Il traghetto torna al porto lasciato 30 anni fa")]
    [InlineData("nl", "De veerboot keert terug naar de haven van 30 jaar geleden")]
    public void AnAgeInTheHeadlinesOwnWords_LeavesItTheHeadline(string language, string headline)
    {
        var p = Articles.Of(language);
        var text = string.Join("\n\n", headline, Articles.Byline(language) + "\n" + Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(text);

        Assert.Equal(headline, article.Title);
    }

    [Theory]
    [InlineData("Harbour wall repairs delayed until the spring · 2 hrs ago", true)]
    [InlineData("Gemeinderat beschließt Haushalt · vor 2 Std.", true)]
    [InlineData("La piscine fermera · il y a 4 h", true)]
    [InlineData("Island ferry returns 30 years ago", false)]
    [InlineData("Harbour wall repairs · Kilbrannock", false)]
    [InlineData("2 hrs ago", false)]
    public void EndsOnAge_ReadsAnAgeAfterASeparator(string line, bool expected)
        => Assert.Equal(expected, ContentGen.Parsing.Structure.AgedTeasers.EndsOnAge(line.AsSpan()));
}
