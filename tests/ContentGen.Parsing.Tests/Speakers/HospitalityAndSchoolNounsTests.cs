using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// People the press quotes unnamed by the trade of a hotel, a restaurant or a school, by their seasonal
/// work, or as guests on holiday or at a campsite (docs/speakers.md, "Session 64 (unnamed)"). The readings
/// for someone unnamed exist (SpeakerFinder.UnnamedBroughtIn.cs, SpeakerFinder.UnnamedBroughtInQuotedNext.cs);
/// they ask the lexicons whether a noun is a person's, so each class is there in every language, with
/// its feminine. Invented sentences, in other nouns and verbs than the articles that showed the class.
/// </summary>
public sealed class HospitalityAndSchoolNounsTests
{
    // Someone named speaks; then someone unnamed comes in by their noun and a relative clause and
    // speaks under a pronoun or a dropped subject: the words are theirs, given by their noun.
    [Theory]
    [InlineData("The mayor, Tom Hale, defended the new levy. \"We had no choice,\" he said.",
        "An innkeeper who asked not to be named shrugged. \"Nobody books ahead any more,\" he said.", "innkeeper")]
    [InlineData("The mayor, Tom Hale, defended the new levy. \"We had no choice,\" he said.",
        "A receptionist who did not want to give her name sighed. \"Nobody books ahead any more,\" she said.", "receptionist")]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Une hôtelière, qui a requis l’anonymat, hausse les épaules. « Plus personne ne réserve à l’avance », dit-elle.", "hôtelière")]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Un campeur, qui préfère rester anonyme, hausse les épaules. « Plus personne ne réserve à l’avance », dit-il.", "campeur")]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Une saisonnière, qui a requis l’anonymat, hausse les épaules. « Plus personne ne réserve à l’avance », dit-elle.", "saisonnière")]
    [InlineData("El alcalde, Tomás Herrero, defiende la nueva tasa. «No teníamos otra opción», aseguró.",
        "Una hotelera que no quiso identificarse se encoge de hombros. «Ya nadie reserva con tiempo», dice.", "hotelera")]
    [InlineData("El alcalde, Tomás Herrero, defiende la nueva tasa. «No teníamos otra opción», aseguró.",
        "Un maestro que prefiere no dar su nombre se encoge de hombros. «Ya nadie reserva con tiempo», dice.", "maestro")]
    [InlineData("El alcalde, Tomás Herrero, defiende la nueva tasa. «No teníamos otra opción», aseguró.",
        "Una veraneante que no quiso identificarse se encoge de hombros. «Ya nadie reserva con tiempo», dice.", "veraneante")]
    [InlineData("Il sindaco, Paolo Gatti, difende la nuova tassa. «Non avevamo scelta», assicura.",
        "Una ristoratrice che preferisce restare anonima alza le spalle. «Nessuno prenota più in anticipo», racconta.", "ristoratrice")]
    [InlineData("Il sindaco, Paolo Gatti, difende la nuova tassa. «Non avevamo scelta», assicura.",
        "Un insegnante che preferisce restare anonimo alza le spalle. «Nessuno prenota più in anticipo», racconta.", "insegnante")]
    [InlineData("Il sindaco, Paolo Gatti, difende la nuova tassa. «Non avevamo scelta», assicura.",
        "Un campeggiatore che preferisce restare anonimo alza le spalle. «Nessuno prenota più in anticipo», racconta.", "campeggiatore")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende a nova taxa. «Não tínhamos escolha», garante.",
        "Uma cozinheira que pediu para não ser identificada encolhe os ombros. «Já ninguém reserva com antecedência», diz.", "cozinheira")]
    [InlineData("O presidente da câmara, Paulo Garcia, defende a nova taxa. «Não tínhamos escolha», garante.",
        "Um campista que pediu para não ser identificado encolhe os ombros. «Já ninguém reserva com antecedência», diz.", "campista")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe heffing. ‘We hadden geen keus’, zegt hij.",
        "Een uitbaatster die niet met naam in de krant wil, haalt haar schouders op. ‘Niemand boekt nog vooruit’, zegt ze.", "uitbaatster")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe heffing. ‘We hadden geen keus’, zegt hij.",
        "Een kampeerder die niet met naam in de krant wil, haalt zijn schouders op. ‘Niemand boekt nog vooruit’, zegt hij.", "kampeerder")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe heffing. ‘We hadden geen keus’, zegt hij.",
        "Een seizoenarbeider die niet met naam in de krant wil, haalt zijn schouders op. ‘Niemand boekt nog vooruit’, zegt hij.", "seizoenarbeider")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die neue Abgabe. „Wir hatten keine Wahl“, sagt er.",
        "Eine Hotelierin, die anonym bleiben möchte, zuckt mit den Schultern. „Keiner bucht mehr im Voraus“, sagt sie.", "Hotelierin")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die neue Abgabe. „Wir hatten keine Wahl“, sagt er.",
        "Eine Servicekraft, die anonym bleiben möchte, zuckt mit den Schultern. „Keiner bucht mehr im Voraus“, sagt sie.", "Servicekraft")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die neue Abgabe. „Wir hatten keine Wahl“, sagt er.",
        "Ein Feriengast, der anonym bleiben möchte, zuckt mit den Schultern. „Keiner bucht mehr im Voraus“, sagt er.", "Feriengast")]
    public void AnUnnamedPersonOfTheTrade_SpeaksUnderTheirNoun(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The same, the quote right after the sentence that brings them in, with no cue.
    [Theory]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Une vacancière, qui a requis l’anonymat, se montre plus sévère. « Personne ne nous a prévenus. »", "vacancière")]
    [InlineData("Il sindaco, Paolo Gatti, difende la nuova tassa. «Non avevamo scelta», assicura.",
        "Un insegnante di musica, che da anni segue il coro, descrive la serata. «Abbiamo provato per mesi.»", "insegnante")]
    [InlineData("De burgemeester, Paul de Graaf, verdedigt de nieuwe heffing. ‘We hadden geen keus’, zegt hij.",
        "Een vakantieganger uit België, die liever anoniem blijft, is kritischer. ‘Niemand heeft ons gewaarschuwd.’", "vakantieganger")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die neue Abgabe. „Wir hatten keine Wahl“, sagt er.",
        "Eine Rezeptionistin, die ihren Namen nicht nennen will, sieht das anders. „Die Gäste bleiben nur eine Nacht.“", "Rezeptionistin")]
    public void AnUnnamedPersonOfTheTrade_QuotedNext_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The noun as an object, or a seasonal job rather than a worker: no one of that noun speaks.
    [Theory]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Il a remercié une hôtelière qui avait ouvert ses portes. « Elle a été formidable », dit-il.", "hôtelière")]
    [InlineData("Der Bürgermeister, Paul Gruber, verteidigt die neue Abgabe. „Wir hatten keine Wahl“, sagt er.",
        "Er lobte eine Köchin, die die ganze Nacht geblieben war. „Sie war großartig“, sagt er.", "Köchin")]
    [InlineData("Le maire, Paul Girard, défend la nouvelle taxe. « Nous n’avions pas le choix », assure-t-il.",
        "Un emploi saisonnier, qui paie mal, n’attire plus personne. « Il nous manque encore trois bras. »", "saisonnier")]
    [InlineData("Il sindaco, Paolo Gatti, difende la nuova tassa. «Non avevamo scelta», assicura.",
        "Un contratto stagionale, che dura tre mesi, non attira nessuno. «Ci mancano ancora tre persone.»", "stagionale")]
    public void TheNounAsAnObjectOrADescription_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A named person with the trade after their name, speaking again: theirs, not the trade's.
    [Theory]
    [InlineData("Marta Gil, hotelera de Benalto, abrió la reunión. «Hemos perdido un tercio de las reservas», contó.",
        "Después habló del verano. «No recuerdo un agosto así», añadió.", "Marta Gil")]
    [InlineData("Luca Ferri, cuoco del rifugio, ha aperto la riunione. «Abbiamo perso un terzo delle prenotazioni», ha raccontato.",
        "Poi ha parlato dell’estate. «Non ricordo un agosto così», ha aggiunto.", "Luca Ferri")]
    public void ANamedPersonWithTheTrade_IsTheirs(string named, string next, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, next)[1]);
}
