namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Headlines that the shape rules refuse, read by where they stand: in capitals, of two words, or closed by a full stop,
/// set apart under the page's chrome and over the standfirst and the byline's stack.
/// </summary>
public sealed class PlacedHeadlineTests
{
    // The page with its blank lines, or printed with none when separator is a single line end.
    internal static string Page(string language, string headline, string byline, string date, string separator = "\n\n")
    {
        var p = Articles.Of(language);
        return string.Join(
            separator,
            "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in",
            headline,
            p[1],
            byline + "\n" + date,
            p[2],
            p[3],
            Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "COUNCIL VOTES FOR A NEW FOOTBRIDGE OVER THE RIVER", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "LA MAIRIE ROUVRE LA HALLE DU MARCHÉ EN MARS", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "STADTRAT STIMMT FÜR NEUE BRÜCKE ÜBER DEN FLUSS", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "EL PLENO APRUEBA EL PLAN DE APARCAMIENTO DEL CENTRO", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "IL PONTE SUL TORRENTE RESTERÀ CHIUSO FINO A LUGLIO", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "CÂMARA APROVA NOVO MERCADO PARA O CENTRO DA VILA", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "GEMEENTERAAD STEMT IN MET NIEUWE BRUG OVER DE RIVIER", "Door Els Smit", "3 december 2025, 14:25")]
    public void AHeadlineInCapitals_IsTheTitle(string language, string headline, string byline, string date)
    {
        // The picture's caption printed right under the headline, as the page's template sets it.
        var article = ArticleParser.Parse(Page(language, headline + "\n" + Caption(language), byline, date));

        Assert.Equal(headline, article.Title);
    }

    private static string Caption(string language) => language switch
    {
        "en" => "The old wooden bridge has been closed since spring. Photo: Tom Fox",
        "fr" => "La halle est fermée depuis l'incendie de juillet. Photo Paul Roy",
        "de" => "Die alte Holzbrücke ist seit dem Frühjahr gesperrt. Foto: Anna Koch",
        "es" => "El aparcamiento de la plaza, en una imagen de archivo. Foto: Ana Ruiz",
        "it" => "Il ponte sul torrente, chiuso dal 20 ottobre. Foto Marco Neri",
        "pt" => "O mercado antigo, em imagem de arquivo. Foto: Rui Lopes",
        _ => "De oude houten brug is sinds het voorjaar dicht. Foto: Els Smit",
    };

    [Theory]
    [InlineData("en", "JANE ROE AND TOM FOX", "Updated", "14 November 2025, 07:45")]
    [InlineData("es", "JAVIER ORTEGA Y ELENA RUBIO", "Actualizado", "12/11/2025 - 13:40")]
    [InlineData("de", "JONAS BERG UND ANNA KOCH", "Aktualisiert", "28.10.2025, 16:30 Uhr")]
    public void WritersNamesInCapitals_AreNoHeadline(string language, string names, string updated, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in", p[0], p[1], names + "\n" + updated + " " + date, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    [Theory]
    [InlineData("en", "Harbour reopens", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "Halle rouverte", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "Brücke gesperrt", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "Fuego controlado", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "Ponte chiuso", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "Brug dicht", "Door Els Smit", "3 december 2025, 14:25")]
    [InlineData("en", "The library will open on Sundays too.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "La bibliothèque ouvrira aussi le dimanche.", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "Die Bibliothek öffnet auch am Sonntag.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "La biblioteca abrirá también los domingos.", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "La biblioteca aprirà anche la domenica.", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "A biblioteca vai abrir também ao domingo.", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "Bibliotheek gaat ook op zondag open.", "Door Els Smit", "3 december 2025, 14:25")]
    public void AHeadlineOfTwoWordsOrClosedByAFullStop_OverTheStandfirstAndByline_IsTheTitle_PrintedWithOrWithoutBlankLines(string language, string headline, string byline, string date)
    {
        // A page printed a paragraph a line with no blank line anywhere sets nothing apart: the headline is read by where it
        // stands, as on the page printed with its blank lines.
        foreach (var separator in new[] { "\n\n", "\n" })
        {
            var article = ArticleParser.Parse(Page(language, headline, byline, date, separator));

            Assert.Equal(headline, article.Title);
            Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
        }
    }

    // A plain article starts with its headline: a short line under it, over the standfirst, is no second headline.
    [Theory]
    [InlineData("en", "Analysis piece", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("de", "Eine Analyse.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void APlainArticlesFirstLine_StaysTheTitle(string language, string line, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], line, p[1], byline + "\n" + date, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // The standfirst printed a sentence a paragraph under a headline with the site's name: its first sentence is no headline.
    [Theory]
    [InlineData("en", "Councillors back new cycle network | The Valley Courier", "Forty kilometres of new lanes are planned by 2028.", "The opposition criticises the cost, and shopkeepers in the centre fear for their parking spaces.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("es", "El pleno aprueba la nueva red de carriles bici | Diario del Valle", "Se construirán 42 kilómetros de carril hasta 2028.", "La oposición critica el coste y los comerciantes del centro temen por sus plazas de aparcamiento.", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    public void AStandfirstsFirstSentence_UnderAHeadlineWithItsSite_IsNoHeadline(string language, string headline, string first, string second, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in", headline, first, second, byline + "\n" + date, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline.Substring(0, headline.IndexOf(" |", StringComparison.Ordinal)), article.Title);
    }
}
