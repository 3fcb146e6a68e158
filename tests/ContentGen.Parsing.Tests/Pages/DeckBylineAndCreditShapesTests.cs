using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Shapes around the headline and the article's edges that dumped pages print: a deck over a byline of two short lines
/// (the name and the job, or the names and the town) over the date; a kicker in capitals that is set aside as a section's
/// chrome before the headline is found; writers in capitals over their town in one word; an agency's dateline with the
/// country in brackets before the agency ("Pornel (France) (AFP) - …"); a caption signed in capitals after its sentence
/// ("… del museo. ANA GIL"); and an interview's closing credit with a full stop ("Das Gespräch führte Jana Kolb.").
/// </summary>
public sealed class DeckBylineAndCreditShapesTests
{
    private const string Menu = "Home | News | Sport | Weather | Opinion";

    [Theory]
    [InlineData("en", "HARBOUR", "Council votes to close the old ferry pier",
        "The vote leaves the island without a car ferry for two summers while a new slipway is built at the north quay",
        "Jane Roe\nTransport Correspondent\nTuesday 4 March 2025, 11:05", "Jane Roe")]
    [InlineData("es", "MEDIO AMBIENTE", "El embalse del valle cierra el invierno a medio llenar",
        "La confederación mantiene las restricciones de riego y pide a los pueblos planes de ahorro antes de abril",
        "ANA GILABERT Y LUIS MORA\nVillaverde\n04 FEB 2025 - 11:05", "ANA GILABERT; LUIS MORA")]
    [InlineData("de", "HAFEN", "Rat beschließt die Schließung des alten Fähranlegers",
        "Die Insel bleibt zwei Sommer lang ohne Autofähre, während am Nordkai eine neue Rampe gebaut wird und die Kosten steigen",
        "Jana Kolb\nRedakteurin\n04.02.2025, 11:05 Uhr", "Jana Kolb")]
    public void ADeckOverATwoLineByline_UnderAKickerInCapitals_StaysInTheBody(string language, string kicker, string headline, string deck, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", Menu, kicker, headline, deck, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal((headline, author), (article.Title, article.Author));
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A kicker in title case over a long headline over a two-line byline: the kicker is no headline (session 18's F1).
    [Theory]
    [InlineData("en", "Storm season on the coast", "Harbour council votes to close the old ferry pier after the winter storms", "Jane Roe\nTransport Correspondent\n12 March 2024 08:15")]
    [InlineData("fr", "Tempêtes sur la côte cet hiver", "Le conseil municipal vote la fermeture du vieux ponton des ferries après les tempêtes", "Jeanne Roux\nCorrespondante\n12 mars 2024 à 08h15")]
    [InlineData("nl", "Storm aan de kust deze winter", "Gemeenteraad stemt in met sluiting van de oude veersteiger na de stormen", "Eva Mol\nVerslaggever\n12 maart 2024, 08:15")]
    public void AKickerInTitleCase_OverALongHeadline_OverATwoLineByline_StaysOutOfTheTitle(string language, string kicker, string headline, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", Menu, kicker, headline, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("it", "CRONACA", "Tram per la valle, i cantieri slittano all'autunno",
        "Il Comune rinvia l'avvio dei lavori sulla linea tre: mancano le autorizzazioni per spostare i tubi sotto il viale",
        "di ANNA RIVA e LUCA BONI\n4 febbraio 2025")]
    [InlineData("pt", "SAÚDE", "Urgência do hospital fecha à noite a partir de março",
        "A administração diz que faltam médicos para as escalas e os autarcas da região pedem uma reunião à ministra",
        "Por Ana Gil\nPublicado a 4 de fevereiro de 2025 às 11:05")]
    public void AKickerSetAsideAsChrome_StillMarksTheHeadlineOverItsDeck(string language, string kicker, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Gazzetta della Valle", "[2]Cronaca [3]Politica [4]Sport [5]Cultura", kicker, headline, deck, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "LOCAL POLITICS", "la política local")]
    [InlineData("en", "HARBOUR WORKS", "the harbour works")]
    public void ALabelInCapitals_OverAWordOverTheDate_IsNoWriter(string language, string label, string phrase)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", Menu, p[0], label + "\nHarbourton\n04/02/2025 11:05", p[1], p[2], p[3] + " " + phrase + ".");

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("Pornel (France) (AFP) - Le chantier naval de Pornel a trouvé un repreneur mardi, qui garde la plupart des salariés.")]
    [InlineData("HARBOURTON (England) (Reuters) - The port operator said on Tuesday it would cut 300 jobs as cargo volumes fell.")]
    [InlineData("Villaverde (España) (EFE) - El ayuntamiento aprobó este lunes el presupuesto con los votos de la oposición.")]
    public void AnAgencysDatelineWithTheCountryInBrackets_OpensAParagraph(string text) => Assert.True(WireDatelines.OpensParagraph(text));

    [Theory]
    [InlineData("Le port de Pornel (Bretagne) (photo AFP) - archives")]
    [InlineData("Der Hafen (Archiv) (Foto: dpa)")]
    public void ACaptionWithTwoBrackets_OpensNoParagraph(string text) => Assert.False(WireDatelines.OpensParagraph(text));

    [Theory]
    [InlineData("Rosa Vidal, en la sala de aperos del museo. LUIS PEÑA")]
    [InlineData("O mercado ao fim da tarde. RUI SÁ MOTA")]
    public void ACaptionSignedInCapitalsAfterItsSentence_IsACaption(string text) => Assert.True(PageLines.IsCaption(text));

    [Theory]
    [InlineData("El pleno votó el lunes el presupuesto con la abstención de la ONU.")]
    [InlineData("El pleno votó el lunes. EFE")]
    [InlineData("The club won the cup twice in the seventies and both were founder members of the league. HEAD TO HEAD")]
    [InlineData("Der Rat tagte am Montag. Die Stadt zahlt.")]
    public void AParagraphEndingOnAnAcronymOrASentence_IsNoCaption(string text) => Assert.False(PageLines.IsCaption(text));

    [Theory]
    [InlineData("Das Gespräch führte Jana Kolb.")]
    [InlineData("Propos recueillis par Jeanne Roux.")]
    [InlineData("Interview by Jane Roe.")]
    public void AnInterviewsClosingCredit_WithAFullStop_IsAByline(string line) => Assert.True(PageLines.IsByline(line.AsSpan()));

    [Theory]
    [InlineData("By the end of March.")]
    [InlineData("Par ailleurs, le maire a parlé.")]
    [InlineData("Von Anfang an.")]
    [InlineData("Por fin llegó el tren.")]
    public void ASentenceThatOpensWithABylinesWord_IsNoByline(string line) => Assert.False(PageLines.IsByline(line.AsSpan()));

    [Fact]
    public void AnInterviewSignedAtItsEnd_IsSignedAndItsLastAnswerStays()
    {
        var page = string.Join("\n\n", "Kreisbote Oberland", "Lokales | Sport | Kultur", "Förster Kai Brandt: „Der Wald braucht Geduld“",
            "Nach dem Sturm liegen im Forst tausende Bäume am Boden. Der Förster erklärt, warum er viele davon liegen lässt.",
            "03.02.2025 | 18:30 Uhr", "Herr Brandt, wie sieht es in Ihrem Revier aus?",
            "Auf vierzig Hektar ist kaum ein Baum stehen geblieben, vor allem die Fichten hat es getroffen.",
            "Was wünschen Sie sich von der Politik?", "Dass die Förderung für den Waldumbau nicht wieder gekürzt wird, denn das ist Arbeit für Jahrzehnte.",
            "Das Gespräch führte Jana Kolb.", "Impressum | Datenschutz");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Jana Kolb", article.Author);
        Assert.Equal("Dass die Förderung für den Waldumbau nicht wieder gekürzt wird, denn das ist Arbeit für Jahrzehnte.", article.Paragraphs[^1].Text);
    }
}
