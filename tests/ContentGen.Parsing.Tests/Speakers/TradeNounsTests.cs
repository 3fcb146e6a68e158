using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// People the press quotes unnamed by a trade or a state of the worlds the people lists missed: the sea and
/// ports, offices and software, shops and deliveries, workshops, causes and services (docs/speakers.md,
/// "Session 64 (trades)"). The readings for someone unnamed exist (SpeakerFinder.UnnamedBroughtIn.cs); they
/// ask the lexicons whether a noun is a person's, so each class is there in every language, with its
/// feminine. Invented sentences, in other nouns and verbs than any article.
/// </summary>
public sealed class TradeNounsTests
{
    // Someone named speaks; then someone unnamed comes in by their noun and a relative clause and
    // speaks under a pronoun or a dropped subject: the words are theirs, given by their noun.
    [Theory]
    [InlineData("The harbour master, Ian Reid, backed the new quay. \"It was overdue,\" he said.",
        "A deckhand who asked not to be named was less sure. \"The boats will leave,\" he said.", "deckhand")]
    [InlineData("The harbour master, Ian Reid, backed the new quay. \"It was overdue,\" he said.",
        "A programmer who did not want to give her name disagreed. \"The app never worked,\" she said.", "programmer")]
    [InlineData("Le maire, Paul Girard, défend le nouveau quai. « Il était temps », assure-t-il.",
        "Une mareyeuse, qui a requis l’anonymat, hausse les épaules. « Les bateaux partiront ailleurs », dit-elle.", "mareyeuse")]
    [InlineData("Le maire, Paul Girard, défend le nouveau quai. « Il était temps », assure-t-il.",
        "Un informaticien, qui préfère rester anonyme, hausse les épaules. « Le logiciel n’a jamais marché », dit-il.", "informaticien")]
    [InlineData("Le maire, Paul Girard, défend le nouveau quai. « Il était temps », assure-t-il.",
        "Un marin, qui préfère rester anonyme, hausse les épaules. « Les bateaux partiront ailleurs », dit-il.", "marin")]
    [InlineData("El alcalde, Tomás Herrero, defiende el nuevo muelle. «Era necesario», aseguró.",
        "Una estibadora que no quiso identificarse se encoge de hombros. «Los barcos se irán a otro puerto», dice.", "estibadora")]
    [InlineData("El alcalde, Tomás Herrero, defiende el nuevo muelle. «Era necesario», aseguró.",
        "Un programador que prefiere no dar su nombre se encoge de hombros. «La aplicación nunca funcionó», dice.", "programador")]
    [InlineData("Il sindaco, Paolo Gatti, difende il nuovo molo. «Era necessario», assicura.",
        "Una pescivendola che preferisce restare anonima alza le spalle. «Le barche andranno altrove», racconta.", "pescivendola")]
    [InlineData("Il sindaco, Paolo Gatti, difende il nuovo molo. «Era necessario», assicura.",
        "Un falegname che preferisce restare anonimo alza le spalle. «Il legno costa il doppio», racconta.", "falegname")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o novo cais. «Era necessário», garante.",
        "Uma peixeira que pediu para não ser identificada encolhe os ombros. «Os barcos vão para outro porto», diz.", "peixeira")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende o novo cais. «Era necessário», garante.",
        "Um estivador que pediu para não ser identificado encolhe os ombros. «Os barcos vão para outro porto», diz.", "estivador")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe kade. ‘Het werd tijd’, zegt hij.",
        "Een havenarbeider die niet met naam in de krant wil, haalt zijn schouders op. ‘De schepen gaan elders heen’, zegt hij.", "havenarbeider")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe kade. ‘Het werd tijd’, zegt hij.",
        "Een vrijwilligster die niet met naam in de krant wil, haalt haar schouders op. ‘Niemand helpt nog mee’, zegt ze.", "vrijwilligster")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt den neuen Kai. „Es war überfällig“, sagt er.",
        "Eine Fischhändlerin, die anonym bleiben möchte, zuckt mit den Schultern. „Die Boote fahren woanders hin“, sagt sie.", "Fischhändlerin")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt den neuen Kai. „Es war überfällig“, sagt er.",
        "Ein Programmierer, der anonym bleiben möchte, zuckt mit den Schultern. „Die App lief nie“, sagt er.", "Programmierer")]
    public void AnUnnamedPersonOfTheTrade_SpeaksUnderTheirNoun(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The noun as an object, or an adjective after another noun: no one of that noun speaks.
    [Theory]
    [InlineData("Le maire, Paul Girard, défend le nouveau quai. « Il était temps », assure-t-il.",
        "Il a remercié un informaticien qui avait réparé le site. « Il a été formidable », dit-il.", "informaticien")]
    [InlineData("Le maire, Paul Girard, défend le nouveau quai. « Il était temps », assure-t-il.",
        "Un parc marin, qui couvre la baie, protège les herbiers. « Il nous manque encore des gardes. »", "marin")]
    [InlineData("El alcalde, Tomás Herrero, defiende el nuevo muelle. «Era necesario», aseguró.",
        "Un pueblo marinero, que vive de la pesca, teme el cambio. «Nos faltan brazos.»", "marinero")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt den neuen Kai. „Es war überfällig“, sagt er.",
        "Er lobte einen Matrosen, der die ganze Nacht geblieben war. „Er war großartig“, sagt er.", "Matrosen")]
    public void TheNounAsAnObjectOrADescription_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A named person with the trade after their name, speaking again: theirs, not the trade's.
    [Theory]
    [InlineData("Marta Gil, estibadora del puerto, abrió la reunión. «Hemos perdido un tercio de los barcos», contó.",
        "Después habló del invierno. «No recuerdo un enero así», añadió.", "Marta Gil")]
    [InlineData("Luca Ferri, falegname del paese, ha aperto la riunione. «Abbiamo perso un terzo dei clienti», ha raccontato.",
        "Poi ha parlato dell’inverno. «Non ricordo un gennaio così», ha aggiunto.", "Luca Ferri")]
    [InlineData("Joana Reis, peixeira do mercado, abriu a reunião. «Perdemos um terço dos clientes», contou.",
        "Depois falou do inverno. «Não me lembro de um janeiro assim», acrescentou.", "Joana Reis")]
    public void ANamedPersonWithTheTrade_IsTheirs(string named, string next, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, next)[1]);
}
