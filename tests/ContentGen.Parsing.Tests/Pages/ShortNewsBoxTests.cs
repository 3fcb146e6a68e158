using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A regional page's sidebar of short news printed between the article's paragraphs: a label alone on its line (in
/// capitals, or one the lexicons list) over two or more other stories' headlines, glued one under the other, the
/// article's paragraph going on under them. The box is the site's, and the article goes on across it even when what
/// follows is short, as long as it goes on with the article's subject. A subheading in capitals over a paragraph, an
/// article's own lines under a lead-in, one headline under a label, or a footer's prose under a related box stay as before.
/// </summary>
public sealed class ShortNewsBoxTests
{
    public static TheoryData<string, string, string[]> Boxes() => new()
    {
        { "en", "IN BRIEF", new[] { "Eastmoor: Lifeboat crew called out twice in one night", "Longford: New cycle lane opens on the harbour road" } },
        { "fr", "EN QUELQUES LIGNES", new[] { "Valmont • Un incendie détruit un hangar agricole", "Port-Lavoie • La piscine rouvre ses portes lundi", "Saint-Aubin • Le marché de Noël cherche des exposants" } },
        { "de", "KURZ NOTIERT", new[] { "Hafenstadt – Straßenbahn fährt bald bis zum Deich", "Lindenau – Neue Ampel an der Kreuzung beim Rathaus" } },
        { "es", "BREVES DE LA COMARCA", new[] { "Arenales. La playa estrena pasarelas accesibles", "Villamora. El mercado de abastos amplía su horario" } },
        { "it", "IN BREVE", new[] { "VALMORA - Incidente sulla provinciale, un ferito lieve", "POGGIO ALTO - Riapre la biblioteca dopo i lavori al tetto" } },
        { "pt", "BREVES", new[] { "Vila Seca: bombeiros resgatam idoso de um poço", "Montalvo: câmara abre concurso para o novo mercado" } },
        { "nl", "OOK IN HET NIEUWS", new[] { "Havenstad - Nieuwe fietsbrug over het kanaal gaat open", "Dijkum - Bibliotheek krijgt langere openingstijden" } },
    };

    // The menu, the headline, two paragraphs, the box glued under its label, and the closing paragraphs.
    private static string Page(string language, string box)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Menu", p[0], p[1], p[2], box, Articles.Closing(language), p[3]);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ALabelledBoxBetweenParagraphs_IsSetAside(string language, string label, string[] headlines)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, label + "\n" + string.Join("\n", headlines)));

        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null && s.Heading.Contains(label, StringComparison.Ordinal));
        foreach (var headline in headlines)
        {
            Assert.Contains(article.Boilerplate, b => b.Text.Contains(headline, StringComparison.Ordinal));
        }
    }

    // The label printed apart from its headlines, right over them: the same box.
    [Theory]
    [InlineData("fr", "EN BREF", "Valmont. Un incendie détruit un hangar agricole\nPort-Lavoie. La piscine rouvre ses portes lundi")]
    [InlineData("nl", "KORT NIEUWS", "Havenstad: nieuwe fietsbrug over het kanaal gaat open\nDijkum: bibliotheek krijgt langere openingstijden")]
    public void ALabelOnItsOwnBlockOverTheHeadlines_IsTheBoxs(string language, string label, string headlines)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, label + "\n" + headlines));

        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a subheading in capitals set apart over the article's next paragraph heads it, and a label in capitals over
    // lines that end on their stops (the article's own short sentences) leaves them the article's.
    [Theory]
    [InlineData("en", "WHAT HAPPENS NEXT", "Buses will run every half hour.\nThe stops will be lit at night.")]
    [InlineData("es", "LAS CLAVES", "Los autobuses pasarán cada media hora.\nLas paradas tendrán luz por la noche.")]
    [InlineData("it", "COSA CAMBIA", "Gli autobus passeranno ogni mezz'ora.\nLe fermate saranno illuminate di notte.")]
    public void ACapitalsLabelOverSentences_LeavesThemTheArticles(string language, string label, string lines)
    {
        var article = ArticleParser.Parse(Page(language, label + "\n" + lines));

        foreach (var line in lines.Split('\n'))
        {
            Assert.Contains(article.Paragraphs, x => x.Text.Contains(line, StringComparison.Ordinal));
        }
    }

    // Guard: one headline under a label in capitals is no box of short news.
    [Theory]
    [InlineData("de", "KURZ NOTIERT", "Hafenstadt – Straßenbahn fährt bald bis zum Deich")]
    [InlineData("pt", "BREVES", "Vila Seca: bombeiros resgatam idoso de um poço")]
    public void OneHeadlineUnderALabel_IsNoBox(string language, string label, string headline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, label + "\n" + headline));

        // The article's paragraphs are all kept, whatever becomes of the two lines.
        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text).Where(x => x != label + " " + headline && x != headline));
    }

    // A related box under a label the lexicons name, its label set aside with the page's chrome, with the article going on
    // under it in two short paragraphs on the article's subject: they stay the article's.
    [Theory]
    [InlineData("en", "RELATED COVERAGE", "Grain exports through the southern ports fall again\nHarbour pilots agree a pay deal after two years",
        "The regional council said the night bus routes would be reviewed in the autumn. Residents of the villages welcomed the service.",
        "The council expects the buses to carry about two hundred passengers a night.")]
    [InlineData("es", "NOTICIAS RELACIONADAS", "El tráfico del puerto cae por segundo mes seguido\nLos prácticos firman su convenio tras dos años",
        "El consejo regional revisará las nuevas líneas en otoño. Los vecinos de los pueblos celebran el servicio nocturno.",
        "El consejo calcula que los autobuses llevarán a unos doscientos viajeros cada noche.")]
    [InlineData("nl", "GERELATEERD", "Havenstad wil de kade opnieuw inrichten\nWaterschap versterkt de dijk bij het gemaal",
        "De regioraad bekijkt de nieuwe lijnen in het najaar opnieuw. De bewoners van de dorpen zijn blij met de nachtbus.",
        "De regioraad verwacht dat de bussen elke nacht zo'n tweehonderd reizigers vervoeren.")]
    public void ShortProseOnTheSubjectUnderARelatedBox_GoesOnWithTheArticle(string language, string label, string headlines, string after1, string after2)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu", p[0], p[1], p[2], Articles.Closing(language), label + "\n" + headlines, after1, after2);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), after1, after2 }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: under a related box, a footer's prose on something else (the site's "about us") stays out of the article.
    [Theory]
    [InlineData("it", "ARTICOLI CORRELATI", "Il porto chiude il suo anno migliore\nLa diga del lago riapre ai visitatori",
        "Fondato nel 1898, il Corriere è un settimanale indipendente. I suoi giornalisti seguono undici comuni e le loro frazioni.")]
    [InlineData("es", "NOTICIAS RELACIONADAS", "El tráfico del puerto cae por segundo mes seguido\nLos prácticos firman su convenio tras dos años",
        "Fundado en 1898, El Heraldo es un semanario independiente. Sus periodistas cubren once comarcas y sus mancomunidades.")]
    public void AFootersProseUnderARelatedBox_StaysOut(string language, string label, string headlines, string footer)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Contact", p[0], p[1], p[2], Articles.Closing(language), label + "\n" + headlines, footer);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == footer);
    }
}
