using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Many sites print a deck under the headline: a standfirst sentence without a full stop, right above the byline.
/// The byline's nearness made the deck read as the headline, and the deck, short of its full stop, was set aside
/// as chrome: the article's first text lost. A deck is the article's, and the headline is the line above it.
/// </summary>
public sealed class DeckUnderHeadlineTests
{
    public static TheoryData<string, string, string, string> Decks() => new()
    {
        { "en", "Ferry crews vote to strike over the winter timetable", "The union says the new rota leaves crossings without a relief skipper on four nights a week", "By Tom Vale" },
        { "fr", "Les passeurs du bac votent la grève contre les horaires d'hiver", "Le syndicat estime que le nouveau planning laisse les traversées sans second pilote quatre nuits par semaine", "Par Anne Lorin" },
        { "de", "Fährleute stimmen für einen Streik gegen den Winterfahrplan", "Die Gewerkschaft sagt, der neue Dienstplan lasse die Überfahrten an vier Nächten pro Woche ohne Ablöse", "Von Jana Kolb" },
        { "es", "Los patrones del transbordador votan ir a la huelga por el horario de invierno", "El sindicato dice que el nuevo turno deja las travesías sin un segundo patrón cuatro noches por semana", "Por Marta Ruiz" },
        { "it", "I marinai del traghetto votano lo sciopero contro l'orario invernale", "Il sindacato dice che i nuovi turni lasciano le traversate senza un secondo pilota per quattro notti alla settimana", "di Paolo Neri" },
        { "pt", "Tripulantes do ferry votam greve contra o horário de inverno", "O sindicato diz que a nova escala deixa as travessias sem um segundo mestre em quatro noites por semana", "Por Rui Sousa" },
        { "nl", "Bemanning van de veerboot stemt voor staking tegen de winterdienstregeling", "De bond zegt dat het nieuwe rooster de overtochten vier nachten per week zonder tweede schipper laat", "Door Eva Mol" },
    };

    [Theory]
    [MemberData(nameof(Decks))]
    public void ADeckUnderTheHeadline_IsTheArticlesFirstParagraph(string language, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "HARBOUR", headline, deck, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // An Italian page prints a line over the headline too (the occhiello), all three lines together.
    [Fact]
    public void AHeadline_BetweenALineAboveAndTheDeck_IsTheTitle()
    {
        var p = Articles.Of("it");
        var stack = "Il porto resta senza rimorchiatore, i pescatori protestano in comune\n"
            + "I marinai del traghetto votano lo sciopero contro l'orario invernale\n"
            + "Il sindacato dice che i nuovi turni lasciano le traversate senza un secondo pilota";
        var page = string.Join("\n\n", "Gazzetta del Porto", "Cronaca | Sport | Cultura", stack, "di Paolo Neri\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal("I marinai del traghetto votano lo sciopero contro l'orario invernale", article.Title);
        Assert.Equal("Il sindacato dice che i nuovi turni lasciano le traversate senza un secondo pilota", article.Paragraphs[0].Text);
    }

    // Other stories' headlines stacked over the headline are no deck's headline: the line over the byline stays the title.
    [Theory]
    [InlineData("en", "Harbour toll to rise in April", "Lifeboat crew rescue two walkers cut off by the tide at Gull Point", "By Tom Vale")]
    [InlineData("de", "Hafengebühr steigt im April", "Seenotretter holen zwei Wanderer bei Flut von der Sandbank am Möwenkap", "Von Jana Kolb")]
    [InlineData("es", "La tasa del puerto sube en abril", "Los socorristas rescatan a dos senderistas atrapados por la marea en la punta de las Gaviotas", "Por Marta Ruiz")]
    public void AHeadline_UnderOtherStoriesHeadlines_StaysTheTitle(string language, string teaser, string headline, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", Articles.Headline(language), teaser, headline, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Under the headline a share bar, a reading time or a section label is no deck: set aside as before.
    [Theory]
    [InlineData("en", "Share on Facebook Share on X Share by email")]
    [InlineData("fr", "Lecture 3 min")]
    [InlineData("nl", "Leestijd: 4 minuten")]
    public void ChromeUnderTheHeadline_IsNoDeck(string language, string chrome)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "HARBOUR", p[0], chrome, "12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A long headline over the date looks like a deck; a button over it that speaks to the reader is no headline.
    [Theory]
    [InlineData("en", "Add this site to your home screen", "Night buses will reach the valley villages from April after years of waiting")]
    [InlineData("de", "Speichern Sie diesen Artikel in Ihrer Merkliste", "Nachtbusse fahren ab April auch in die Dörfer im Tal und an den Stausee")]
    [InlineData("es", "Añade esta web a tu pantalla de inicio", "Los autobuses nocturnos llegarán a los pueblos del valle a partir de abril")]
    public void ALongHeadline_UnderAButtonForTheReader_StaysTheTitle(string language, string button, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu", "News\nSport\nWeather", button, headline, "12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The headline may carry the site's name after a bar: it is still the headline over the deck.
    [Fact]
    public void AHeadlineWithTheSitesName_OverADeck_IsTheTitle()
    {
        var p = Articles.Of("es");
        var headline = "Los patrones del transbordador votan ir a la huelga";
        var deck = "El sindicato dice que el nuevo turno deja las travesías sin un segundo patrón cuatro noches por semana";
        var page = string.Join("\n\n", "Diario de la Ría", "Portada | Local | Deportes", "ECONOMÍA", headline + " | Diario de la Ría", deck, "Por Marta Ruiz\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Review s18: a kicker, or another story's headline, over a long headline right over the byline: the long
    // headline has a deck's profile, but nothing marks the line above as the headline. The title stays.
    [Theory]
    [InlineData("en", "Storm season on the coast", "Harbour council votes to close the old ferry pier after the winter storms", "By Jane Roe")]
    [InlineData("en", "Lifeboat crew rescue two walkers cut off by the tide", "Harbour council votes to close the old ferry pier after the winter storms", "By Jane Roe")]
    [InlineData("fr", "Tempêtes sur la côte cet hiver", "Le conseil municipal vote la fermeture du vieux ponton des ferries après les tempêtes", "Par Jeanne Roux")]
    [InlineData("de", "Sturmsaison an der Küste", "Gemeinderat beschließt die Schließung der alten Fähranlegestelle nach den Winterstürmen", "Von Jana Kolb")]
    [InlineData("pt", "Temporal de inverno na costa", "Câmara aprova o fecho do velho cais dos ferries", "Por Rui Sousa")]
    [InlineData("nl", "Storm aan de kust deze winter", "Gemeenteraad stemt in met sluiting van de oude veersteiger na de stormen", "Door Eva Mol")]
    public void ALongHeadline_UnderAKicker_StaysTheTitle(string language, string kicker, string headline, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", kicker, headline, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
