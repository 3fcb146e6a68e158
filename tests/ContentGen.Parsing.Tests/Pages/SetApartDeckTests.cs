using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A deck printed without its stop and set apart by blank lines under the headline stands nearer the byline than the
/// headline does. Under a section's label in sentence case (no capitals kicker to mark the headline) it won the title, and
/// the headline was set aside as chrome. A deck half as long again as the line over it is that headline's deck; a kicker
/// over a headline is shorter than the headline, and the headline stays the title.
/// </summary>
public sealed class SetApartDeckTests
{
    public static TheoryData<string, string, string, string, string> Decks() => new()
    {
        { "en", "Local", "Ferry crews vote to strike over the winter timetable", "The union says the new rota leaves the crossings without a relief skipper on four nights", "By Tom Vale" },
        { "fr", "Région", "Les passeurs du bac votent la grève contre les horaires d'hiver", "Le syndicat estime que le nouveau planning laisse les traversées sans second pilote quatre nuits par semaine jusqu'au printemps", "Par Anne Lorin" },
        { "de", "Region", "Fährleute stimmen für einen Streik gegen den Winterfahrplan", "Die Gewerkschaft sagt, der neue Dienstplan lasse die Überfahrten an vier Nächten pro Woche ohne Ablöse für den Schiffsführer", "Von Jana Kolb" },
        { "es", "Comarca", "Los patrones del transbordador votan ir a la huelga", "El sindicato dice que el nuevo turno deja las travesías sin un segundo patrón cuatro noches por semana hasta la primavera", "Por Marta Ruiz" },
        { "it", "Cronaca", "I marinai del traghetto votano lo sciopero contro l'orario invernale", "Il sindacato dice che i nuovi turni lasciano le traversate senza un secondo pilota per quattro notti", "di Paolo Neri" },
        { "pt", "Região", "Tripulantes do ferry votam greve contra o horário de inverno", "O sindicato diz que a nova escala deixa as travessias sem um segundo mestre em quatro noites por semana até ao fim de março", "Por Rui Sousa" },
        { "nl", "Regio", "Bemanning van de veerboot stemt voor een staking", "De bond zegt dat het nieuwe rooster de overtochten zonder tweede schipper laat", "Door Eva Mol" },
    };

    // The page's header printed as one group of lines: skip link, masthead, menu and account buttons.
    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Decks))]
    public void ADeckSetApartUnderTheHeadline_IsTheFirstParagraph(string language, string label, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, label, headline, deck, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // "Farol", "Courrier", "Zeitung": a word that names papers inside a headline that runs on as a clause leaves it a headline.
    public static TheoryData<string, string, string, string> PublicationWordHeadlines() => new()
    {
        { "pt", "Farol do Cabo Sardão vai abrir ao público aos fins de semana", "A Marinha e a câmara assinaram um protocolo que permite visitas guiadas a partir de maio e até ao fim do verão", "Por Rui Sousa" },
        { "fr", "Le courrier sera distribué le samedi dans les hameaux de la vallée", "La Poste et la mairie ont signé une convention pour garder la tournée du samedi dans les six hameaux jusqu'en décembre", "Par Anne Lorin" },
        { "de", "Die Zeitung kommt ab Mai wieder mit dem Boten ins Dorf", "Nach zwei Jahren mit Postzustellung hat der Verlag für die drei Ortsteile wieder einen eigenen Austräger gefunden, der früh am Morgen fährt", "Von Jana Kolb" },
    };

    [Theory]
    [MemberData(nameof(PublicationWordHeadlines))]
    public void AHeadlineHoldingAPublicationsWord_OverItsDeck_IsTheTitle(string language, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News  Sport  Weather  Opinion", "Regio", headline, deck, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck, article.Paragraphs[0].Text);
    }

    // A kicker of a few words over a headline half as long again: a headline is a whole clause of seven words or more, so
    // the kicker is no headline over a deck, and the line over the byline stays the title.
    [Theory]
    [InlineData("en", "Winter on the island ferries", "Ferry crews vote to strike over the winter timetable", "By Tom Vale")]
    [InlineData("es", "Invierno en los transbordadores", "Los patrones del transbordador votan ir a la huelga", "Por Marta Ruiz")]
    [InlineData("pt", "Inverno nos barcos da ria", "Tripulantes do ferry votam greve contra o horário de inverno", "Por Rui Sousa")]
    [InlineData("nl", "Winter op de veerboten", "Bemanning van de veerboot stemt voor een staking", "Door Eva Mol")]
    public void AShortKickerOverAHeadline_LeavesTheHeadlineTheTitle(string language, string kicker, string headline, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", kicker, headline, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A consent box's buttons glued under its notice, over the headline with the site's name first: buttons are no headline.
    [Fact]
    public void ButtonsOverAHeadline_AreNoHeadlineOverADeck()
    {
        var p = Articles.Of("es");
        var notice = "Tu privacidad es importante para nosotros\nUtilizamos cookies propias y de terceros para medir el uso del sitio y mostrar publicidad. Puedes cambiar tus preferencias en cualquier momento.\nAceptar y cerrar  Rechazar  Configurar";
        var headline = "Diario del Campo - Los patrones del transbordador votan ir a la huelga por el horario de invierno";
        var page = string.Join("\n\n", "Diario del Campo", "Portada  Local  Deportes  Opinión", notice, headline, "Marta Ruiz\nVillaseca, 12/03/2024 - 08:15h", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal("Los patrones del transbordador votan ir a la huelga por el horario de invierno", article.Title);
    }
}
