using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A table whose columns a dump parts with bars (an HTML table printed as text: "Stembureau | Voor | Tegen | Opkomst" over
/// "Kerkzaal, Tjalleburen | 188 | 377 | 55,2%") between an article's paragraphs is the article's text, as the same table
/// with gaps between its columns is (<see cref="FigureTableTests"/>). Each row alone looks like a menu of short items parted
/// by bars; its figures tell it apart. Menus, share counts and teaser lists with dates parted by bars stay the page's chrome.
/// </summary>
public sealed class BarredTableTests
{
    public static TheoryData<string, string, string[]> Tables() => new()
    {
        { "en", "Where the money goes", new[] { "Area | 2024 | 2025 | Change", "Roads | 4.1 | 4.8 | 17%", "Schools | 6.2 | 6.4 | 3%", "Parks, Libraries | 1.1 | 0.9 | -18%", "Housing | 2.3 | 2.7 | 17%" } },
        { "fr", "Les résultats par bureau", new[] { "Bureau | Inscrits | Votants | Participation", "Mairie | 812 | 544 | 67,0%", "Gymnase, Centre | 604 | 377 | 62,4%", "Écoles | 733 | 501 | 68,3%", "Salle des fêtes | 455 | 290 | 63,7%" } },
        { "de", "Die wichtigsten Posten", new[] { "Bereich | 2024 | 2025 | Veränderung", "Schulen | 6,2 | 6,4 | 3 %", "Straßen | 4,1 | 4,8 | 17 %", "Bäder, Sport | 1,1 | 0,9 | -18 %", "Kultur | 2,3 | 2,7 | 17 %" } },
        { "es", "Los resultados por mesa", new[] { "Mesa | Votantes | Sí | No", "Colegio, Centro | 512 | 301 | 211", "Ayuntamiento | 340 | 190 | 150", "Polideportivo | 288 | 120 | 168", "Biblioteca | 199 | 101 | 98" } },
        { "it", "Le voci del bilancio", new[] { "Voce | 2024 | 2025 | Variazione", "Scuole | 6,2 | 6,4 | 3%", "Strade | 4,1 | 4,8 | 17%", "Cultura, Sport | 1,1 | 0,9 | -18%", "Sociale | 2,3 | 2,7 | 17%" } },
        { "pt", "Os resultados por freguesia", new[] { "Freguesia | Votantes | Lista A | Lista B", "Vilar | 812 | 401 | 377", "Moura, Sede | 604 | 290 | 301", "Ribeira | 455 | 250 | 190", "Outeiro | 301 | 160 | 130" } },
        { "nl", "De cijfers", new[] { "Post | 2024 | 2025 | Verschil", "Scholen | 6,2 | 6,4 | 3%", "Wegen | 4,1 | 4,8 | 17%", "Sport, Cultuur | 1,1 | 0,9 | -18%", "Zorg | 2,3 | 2,7 | 17%" } },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void ABarredTableUnderAHeading_BetweenParagraphs_IsTheArticlesText(string language, string heading, string[] rows)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], p[1], p[2], heading, string.Join("\n", rows), p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2] }.Concat(rows).Append(p[3]).Append(closing), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(heading, article.Sections[^1].Heading);
    }

    // A table that names its columns stays the article's with a chart's labels under it instead of prose (a results page
    // prints its figures, then a chart whose axis and labels are chrome).
    [Theory]
    [InlineData("nl", "Grafiek: opkomst per kern")]
    [InlineData("en", "Chart: turnout by ward")]
    [InlineData("de", "Grafik: Anteile nach Bereich")]
    public void ATableThatNamesItsColumns_KeepsItsRows_OverAChart(string language, string chart)
    {
        var rows = language switch
        {
            "nl" => new[] { "Stembureau | Voor | Tegen | Opkomst", "Sporthal, Noord | 412 | 438 | 44,1%", "Bibliotheek | 286 | 301 | 41,7%", "Kerkzaal, Oost | 188 | 377 | 55,2%", "Overige stembureaus (4) | 716 | 1.059 | 49,6%" },
            "en" => new[] { "Ward | Yes | No | Turnout", "Harbour | 1,204 | 998 | 41.2%", "Castle, North | 877 | 1,016 | 38.9%", "Millbrook | 640 | 702 | 44.0%", "Other wards (3) | 1,911 | 2,044 | 40.3%" },
            _ => new[] { "Bereich | Anteil", "Schulen | 41 %", "Straßen, Brücken | 27 %", "Feuerwehr | 9 %", "Sonstiges | 23 %" },
        };
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], p[1], p[2], string.Join("\n", rows), chart + "\n0\n20\n40\n60", p[3], closing);
        var article = ArticleParser.Parse(page);

        foreach (var row in rows)
        {
            Assert.Contains(article.Paragraphs, paragraph => paragraph.Text == row);
        }

        Assert.Equal(closing, article.Paragraphs[^1].Text);
    }

    // Lines parted by bars that hold no table: a footer's links, share buttons with counts (two cells, the label a menu
    // word), teasers with their dates ("12.03.2025" is no figure). They stay chrome under the article.
    [Theory]
    [InlineData("de", "Impressum | Datenschutz | AGB\nKontakt | Mediadaten | Karriere\nAbo | E-Paper | Newsletter")]
    [InlineData("en", "Facebook | 12\nTwitter | 4\nWhatsApp | 7")]
    [InlineData("nl", "Nieuwe fietsbrug over de Vecht geopend | 12.03.2025\nBrandweer rukt uit voor schuurbrand | 11.03.2025\nMarkt verhuist naar het Raadhuisplein | 10.03.2025")]
    [InlineData("fr", "Un nouveau pont sur la Vire | 12.03.2025\nLe marché change de place | 11.03.2025\nIncendie dans une grange | 10.03.2025")]
    public void BarredLinesWithoutATable_UnderTheArticle_StayChrome(string language, string lines)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], p[1], p[2], p[3], closing, lines);
        var article = ArticleParser.Parse(page);

        Assert.Equal(closing, article.Paragraphs[^1].Text);
        foreach (var line in lines.Split('\n'))
        {
            Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(line, System.StringComparison.Ordinal));
        }
    }
}
