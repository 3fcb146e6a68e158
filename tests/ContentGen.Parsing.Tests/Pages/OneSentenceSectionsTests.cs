namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A plain article whose sections are each one short sentence under a subheading, then a paragraph
/// that is one quoted sentence, and a long paragraph to end: every other block above the long
/// paragraph is a subheading, but a subheading set between the article's own sentences is the
/// article's, not a page's chrome. The first line stays the title, and no section is lost. (The
/// subheadings counted as chrome, so the quoted sentence right above the long paragraph took the
/// title and everything above it was set aside as a menu: found by PlainArticlePropertyTests.)
/// </summary>
public sealed class OneSentenceSectionsTests
{
    public static TheoryData<string[]> Articles => new()
    {
        new[]
        {
            "Old ferry pier to become a museum",
            "The pier closed to boats twelve years ago.",
            "A trust takes over",
            "A local trust has bought it for one pound.",
            "Volunteers wanted",
            "The trust is looking for people to run the ticket office.",
            "Opening in the summer",
            "\"We want the whole town to feel it is theirs.\"",
            "The first rooms will show the ferries that crossed the estuary for a century, with models, timetables and the old ticket machines. The trust hopes to add a café on the upper deck next year if the grant comes through.",
        },
        new[]
        {
            "Die alte Fähranlegestelle wird ein Museum",
            "Seit zwölf Jahren legen hier keine Schiffe mehr an.",
            "Ein Verein übernimmt",
            "Ein Heimatverein hat die Anlage für einen Euro gekauft.",
            "Helfer gesucht",
            "Der Verein sucht noch Leute für die Kasse und die Führungen.",
            "Eröffnung im Sommer",
            "„Wir wollen, dass sich die ganze Stadt hier zu Hause fühlt.“",
            "In den ersten Räumen sollen die Fähren gezeigt werden, die hundert Jahre lang über die Mündung fuhren, mit Modellen, Fahrplänen und den alten Fahrkartenautomaten. Im nächsten Jahr soll ein Café auf dem Oberdeck dazukommen.",
        },
        new[]
        {
            "L'ancien embarcadère deviendra un musée",
            "Aucun bateau n'y accoste depuis douze ans.",
            "Une association reprend le site",
            "Une association locale l'a racheté pour un euro symbolique.",
            "Des bénévoles recherchés",
            "L'association cherche encore des bras pour la billetterie.",
            "Une ouverture cet été",
            "« Nous voulons que toute la ville se sente chez elle ici. »",
            "Les premières salles montreront les bacs qui ont traversé l'estuaire pendant un siècle, avec des maquettes, des horaires et les vieux composteurs de billets. Un café pourrait ouvrir sur le pont supérieur l'an prochain.",
        },
        new[]
        {
            "El viejo embarcadero será un museo",
            "Ningún barco atraca allí desde hace doce años.",
            "Una asociación se hace cargo",
            "Una asociación vecinal lo ha comprado por un euro.",
            "Se buscan voluntarios",
            "La asociación busca todavía gente para la taquilla y las visitas.",
            "Apertura en verano",
            "«Queremos que todo el pueblo lo sienta como suyo.»",
            "Las primeras salas mostrarán los transbordadores que cruzaron la ría durante un siglo, con maquetas, horarios y las viejas máquinas de billetes. La asociación espera abrir una cafetería en la cubierta superior el año que viene.",
        },
        new[]
        {
            "Il vecchio imbarcadero diventerà un museo",
            "Nessuna nave attracca qui da dodici anni.",
            "Un'associazione prende in mano il sito",
            "Un'associazione del paese lo ha comprato per un euro.",
            "Cercasi volontari",
            "L'associazione cerca ancora persone per la biglietteria e le visite.",
            "Apertura in estate",
            "«Vogliamo che tutto il paese lo senta come casa propria.»",
            "Le prime sale mostreranno i traghetti che per un secolo hanno attraversato l'estuario, con modellini, orari e le vecchie macchinette dei biglietti. L'associazione spera di aprire un bar sul ponte superiore l'anno prossimo.",
        },
        new[]
        {
            "Antigo cais do ferry vai ser um museu",
            "Nenhum barco atraca ali há doze anos.",
            "Uma associação assume o espaço",
            "Uma associação local comprou o cais por um euro.",
            "Procuram-se voluntários",
            "A associação ainda procura pessoas para a bilheteira e as visitas.",
            "Abertura no verão",
            "\"Queremos que toda a vila sinta que isto é seu.\"",
            "As primeiras salas vão mostrar os ferries que atravessaram o estuário durante um século, com maquetas, horários e as velhas máquinas de bilhetes. A associação espera abrir um café no convés superior no próximo ano.",
        },
        new[]
        {
            "Oude veersteiger wordt een museum",
            "Er legt al twaalf jaar geen boot meer aan.",
            "Een stichting neemt het over",
            "Een plaatselijke stichting heeft de steiger voor een euro gekocht.",
            "Vrijwilligers gezocht",
            "De stichting zoekt nog mensen voor de kassa en de rondleidingen.",
            "Open in de zomer",
            "\"We willen dat het hele dorp zich hier thuis voelt.\"",
            "In de eerste zalen komen de veerboten die een eeuw lang over de monding voeren, met modellen, dienstregelingen en de oude kaartjesautomaten. De stichting hoopt volgend jaar een café op het bovendek te openen.",
        },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void SubheadingsBetweenOneSentenceSections_AreNoChrome(string[] blocks)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", blocks) + "\n");

        Assert.Equal(blocks[0], article.Title);
        Assert.Empty(article.Boilerplate);
        Assert.Equal([blocks[2], blocks[4], blocks[6]], article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Equal([blocks[1], blocks[3], blocks[5], blocks[7], blocks[8]], article.Paragraphs.Select(p => p.Text));
    }
    // A short line with a sentence on one side only ("Newsletter …" / "Volunteers wanted" / "Events this week") is no
    // section's subheading: the page's chrome over its headline still counts, and the headline stays the title.
    [Theory]
    [InlineData(
        "Old ferry pier to become a museum",
        "Harbour Times\n\nOur newsletter is sent every Friday morning.\n\nVolunteers wanted\n\nEvents this week\n\nThe quiz night at the Anchor is back on Thursday.\n\nThe swimming club meets on Saturday at nine.\n\nOpening times\n\nOld ferry pier to become a museum\n\nThe first rooms will show the ferries that crossed the estuary for a century, with models, timetables and the old ticket machines. The trust hopes to add a café on the upper deck next year if the grant comes through.\n\nThe pier closed to boats twelve years ago, and a local trust has bought it for one pound.\n")]
    [InlineData(
        "Die alte Fähranlegestelle wird ein Museum",
        "Hafenbote\n\nUnser Newsletter erscheint jeden Freitagmorgen.\n\nHelfer gesucht\n\nTermine der Woche\n\nDer Quizabend im Anker findet am Donnerstag wieder statt.\n\nDer Schwimmverein trifft sich am Samstag um neun Uhr.\n\nÖffnungszeiten\n\nDie alte Fähranlegestelle wird ein Museum\n\nIn den ersten Räumen sollen die Fähren gezeigt werden, die hundert Jahre lang über die Mündung fuhren, mit Modellen, Fahrplänen und den alten Fahrkartenautomaten. Im nächsten Jahr soll ein Café auf dem Oberdeck dazukommen.\n\nSeit zwölf Jahren legen hier keine Schiffe mehr an, und ein Heimatverein hat die Anlage für einen Euro gekauft.\n")]
    public void ALineWithASentenceOnOneSideOnly_StaysChrome(string headline, string page)
    {
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    // A teaser list's headlines, each over its one-sentence blurb, under the site's name: the short lines stand between
    // sentences, but no article starts under the page's first line (its second block is no sentence), so they are the
    // page's chrome over the headline, and the headline stays the title.
    [Theory]
    [InlineData(
        "Old ferry pier to become a museum",
        "Harbour Times\n\nCouncil approves budget\n\nThe council voted on Monday to approve the plan for next year.\n\nNew park opens\n\nResidents can visit the gardens from Saturday morning.\n\nBus route cut\n\nThe number 12 will stop running in May after a review.\n\nOld ferry pier to become a museum\n\nThe first rooms will show the ferries that crossed the estuary for a century, with models, timetables and the old ticket machines. The trust hopes to add a café on the upper deck next year if the grant comes through.\n\nThe pier closed to boats twelve years ago, and a local trust has bought it for one pound.\n")]
    [InlineData(
        "Die alte Fähranlegestelle wird ein Museum",
        "Hafenbote\n\nGemeinderat beschließt Haushalt\n\nDer Gemeinderat hat am Montag den Plan für das nächste Jahr gebilligt.\n\nNeuer Park eröffnet\n\nDie Anwohner können den Garten ab Samstagmorgen besuchen.\n\nBuslinie gestrichen\n\nDie Linie 12 fährt nach einer Prüfung ab Mai nicht mehr.\n\nDie alte Fähranlegestelle wird ein Museum\n\nIn den ersten Räumen sollen die Fähren gezeigt werden, die hundert Jahre lang über die Mündung fuhren, mit Modellen, Fahrplänen und den alten Fahrkartenautomaten. Im nächsten Jahr soll ein Café auf dem Oberdeck dazukommen.\n\nSeit zwölf Jahren legen hier keine Schiffe mehr an, und ein Heimatverein hat die Anlage für einen Euro gekauft.\n")]
    public void ATeaserListsHeadlinesBetweenTheirBlurbs_StayChrome(string headline, string page)
    {
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }
}
