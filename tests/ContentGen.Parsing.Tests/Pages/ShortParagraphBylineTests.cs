using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Wires and many news sites print an article one sentence a paragraph, and some print the byline under a standfirst
/// of two or three such sentences. Three paragraphs are read by then, so the name over its place or date looked like
/// the writer's signature under the article, and every sentence below was set aside as the page's footer. A
/// signature closes the article only where no three sentences in a row follow it before an end signal.
/// </summary>
public sealed class ShortParagraphBylineTests
{
    // Three sentences of a standfirst, then the article's one-sentence paragraphs, in five languages.
    public static TheoryData<string, string, string, string[], string[]> Pages() => new()
    {
        {
            "es", "El consultorio de Valdecañas seguirá abierto", "Lucía Herrán\nValdecañas\n18 feb 2025 - 12:15",
            new[]
            {
                "La Consejería de Sanidad ha dado marcha atrás con el cierre previsto.",
                "Los vecinos ocuparon la sala de espera durante tres semanas seguidas.",
                "La médica seguirá pasando consulta dos días a la semana.",
            },
            new[]
            {
                "La noticia llegó por teléfono a media mañana del martes.",
                "En la sala de espera había doce personas esperando su turno.",
                "El centro de salud más cercano está a veinte kilómetros del pueblo.",
                "Muchos de los vecinos son mayores y no tienen coche propio.",
                "El alcalde agradeció la respuesta de la Consejería en un comunicado.",
            }
        },
        {
            "pt", "Morreu o relojoeiro de Vila Alva", "Sofia Carmo\n9 de março de 2025, 15:30",
            new[]
            {
                "Tinha noventa e um anos e consertou relógios durante seis décadas.",
                "Cuidou sem nada cobrar do relógio da torre da igreja matriz.",
                "O funeral realiza-se na segunda-feira à tarde na vila.",
            },
            new[]
            {
                "Nasceu em 1933 numa família de pescadores da costa.",
                "Aprendeu o ofício com um tio e abriu a oficina em 1958.",
                "Em 1972 ofereceu-se para cuidar do relógio da torre da igreja.",
                "A câmara deu o seu nome a uma travessa junto ao largo em 2018.",
                "Deixa a mulher, duas filhas e cinco netos na vila.",
            }
        },
        {
            "it", "Il rifugio del Pian Grande resta aperto in inverno", "Chiara Boldi\nPian Grande\n12 gennaio 2025",
            new[]
            {
                "La gestrice ha deciso di non chiudere il rifugio a ottobre.",
                "Con lei resterà anche il fratello per tutta la stagione.",
                "Le provviste arriveranno una volta alla settimana con la motoslitta.",
            },
            new[]
            {
                "Nei fine settimana salgono anche sessanta persone con le ciaspole.",
                "In settimana a volte non arriva nessuno per giorni interi.",
                "Il rifugio ha una radio e un telefono satellitare per le emergenze.",
                "Il soccorso alpino ha firmato un accordo con la gestione del rifugio.",
                "La prenotazione è consigliata per chi vuole passare la notte.",
            }
        },
        {
            "de", "Seehunde im Wattenmeer zählen wieder mehr Junge", "Marie Tessin\n03.02.2025, 11:20 Uhr",
            new[]
            {
                "Die Zahl der Seehunde ist nach schwachen Jahren wieder gestiegen.",
                "Die Forscher sehen darin aber noch keine Entwarnung für den Bestand.",
                "Touristen sollen weiter Abstand zu den Liegeplätzen halten.",
            },
            new[]
            {
                "Bei den Zählflügen im Sommer wurden mehr Tiere gesichtet als im Vorjahr.",
                "Die Fachleute führen das vor allem auf den milden Winter zurück.",
                "Besonders auf den Sandbänken vor den Inseln lagen viele Jungtiere.",
                "Die nächste Zählung ist für den kommenden August geplant.",
                "Die Ergebnisse werden dann im Herbst in einem Bericht veröffentlicht.",
            }
        },
        {
            "nl", "Veerpont over de Lek vaart weer vaker", "Eva de Rooij\nSchoonwaard\n6 februari 2025, 07:52",
            new[]
            {
                "Vanaf maart vaart de pont weer elk half uur over de rivier.",
                "De provincie betaalt de extra kosten voor de komende twee jaar.",
                "Forensen en scholieren zijn blij met de nieuwe dienstregeling.",
            },
            new[]
            {
                "Vorig jaar voer de pont door een tekort aan schippers maar één keer per uur.",
                "De vervoerder heeft inmiddels drie nieuwe schippers aangenomen.",
                "Op zaterdag vaart de pont voortaan ook in de avond tot tien uur.",
                "Fietsers betalen dezelfde prijs als vorig jaar voor een overtocht.",
                "De gemeente wil na een jaar bekijken of de drukte het waard is.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void AStandfirstOfThreeSentences_OverTheByline_LeavesTheArticleWhole(string language, string headline, string byline, string[] standfirst, string[] paragraphs)
    {
        var menu = language switch
        {
            "es" => "Portada | Local | Deportes\nSuscríbete",
            "pt" => "Partilhar | Pesquisar | Desporto\nAssinar",
            "it" => "Home | Cronaca | Sport\nAbbonati",
            "de" => "Startseite | Lokales | Politik\nAnmelden",
            _ => "Home | Nieuws | Regio\nAbonneren",
        };
        var page = string.Join("\n\n", new[] { menu, headline }.Concat(standfirst).Append(byline).Concat(paragraphs).Append("© 2025"));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(standfirst.Concat(paragraphs), article.Paragraphs.Select(x => x.Text));
    }

    // Guards: under the article, a signature over its date still closes it above readers' comments (sentences under an end
    // signal) and above other stories' headlines with their blurbs (never three sentences in a row).
    [Fact]
    public void TheSignatureAndItsDate_OverReadersComments_StillCloseTheArticle()
    {
        var p = Articles.Of("es");
        var page = string.Join("\n\n", "Portada | Local | Deportes\nSuscríbete", p[0], p[1], p[2], p[3], "Lucía Herrán\n18 feb 2025 - 12:15",
            "Comentarios", "Muy buena noticia para todo el valle.", "Ya era hora de que alguien escuchara a los pueblos.", "Ojalá hagan lo mismo con la línea de autobús.");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void TheSignatureAndItsDate_OverOtherStoriesBlurbs_StillCloseTheArticle()
    {
        var p = Articles.Of("it");
        var page = string.Join("\n\n", "Home | Cronaca | Sport\nAbbonati", p[0], p[1], p[2], p[3], "Chiara Boldi\n12/01/2025 ore 18:30",
            "Nuova rotatoria all'ingresso del paese", "I lavori partiranno a marzo e dureranno tre mesi.",
            "Il mercato del sabato cambia piazza", "Da aprile le bancarelle si sposteranno sotto i portici.",
            "Torna la sagra della castagna", "La festa si terrà nell'ultimo fine settimana di ottobre.");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: under a long paragraph, a signature over its date closes the article, whatever short lines of the page's own
    // follow it (a station's promo of three sentences).
    [Theory]
    [InlineData("es", "Portada | Local | Deportes\nSuscríbete", "Carmen Lozano\n18 feb 2025 - 12:15",
        "Esta radio te acompaña cada mañana desde las seis.|Descarga nuestra aplicación y escúchanos en directo.|Síguenos también en las redes sociales de la emisora.")]
    [InlineData("fr", "Accueil | Région | Sports\nS'abonner", "Jeanne Morel\nLe 6 mars 2025 à 18h20",
        "Notre radio vous accompagne chaque matin dès six heures.|Téléchargez notre application pour nous écouter en direct.|Retrouvez aussi nos émissions sur les réseaux sociaux.")]
    public void ASignatureUnderALongParagraph_OverAPromosSentences_ClosesTheArticle(string language, string menu, string signature, string promo)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", new[] { menu, p[0], p[1], p[2], p[3], Articles.Closing(language), signature }.Concat(promo.Split('|')));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.NotNull(article.Published);
    }
}
