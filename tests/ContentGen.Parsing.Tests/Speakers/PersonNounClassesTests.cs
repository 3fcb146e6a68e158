using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// People the press quotes by what they do or are: shop, care, farm, building and transport
/// workers, firefighters and rescuers, students and pupils, residents, passengers, customers,
/// victims and witnesses. The readings for someone unnamed exist (SpeakerFinder.UnnamedBroughtIn.cs,
/// SpeakerFinder.PeopleNounAtCue.cs); they ask the lexicons whether a noun is a person's, so each
/// class must be there in every language, with its feminine. Invented sentences, in other nouns
/// than the articles that showed the class (docs/speakers.md, "Session 62 (nouns)").
/// </summary>
public sealed class PersonNounClassesTests
{
    // Someone named speaks; then someone unnamed comes in by their noun and a relative clause and
    // speaks under a pronoun or a dropped subject: the words are theirs, given by their noun.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A bricklayer who did not want to give his name shook his head. \"Nobody asked any of us,\" he said.", "bricklayer")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A lifeguard who asked not to be named shook her head. \"Nobody asked any of us,\" she said.", "lifeguard")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une caissière, qui a requis l’anonymat, secoue la tête. « Personne ne nous a rien demandé », dit-elle.", "caissière")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Un pompier, qui a requis l’anonymat, secoue la tête. « Personne ne nous a rien demandé », dit-il.", "pompier")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una cajera que no quiso identificarse niega con la cabeza. «Nadie nos preguntó nada», dice.", "cajera")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una bombera que no quiso identificarse niega con la cabeza. «Nadie nos preguntó nada», dice.", "bombera")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una cassiera che preferisce restare anonima scuote la testa. «Nessuno ci ha chiesto niente», racconta.", "cassiera")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Un muratore che preferisce restare anonimo scuote la testa. «Nessuno ci ha chiesto niente», racconta.", "muratore")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Uma cuidadora que pediu para não ser identificada abana a cabeça. «Ninguém nos perguntou nada», diz.", "cuidadora")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Um bombeiro que pediu para não ser identificado abana a cabeça. «Ninguém nos perguntou nada», diz.", "bombeiro")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een caissière die niet met naam in de krant wil, schudt het hoofd. ‘Niemand heeft ons iets gevraagd’, zegt ze.", "caissière")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een brandweerman die niet met naam in de krant wil, schudt het hoofd. ‘Niemand heeft ons iets gevraagd’, zegt hij.", "brandweerman")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Kassiererin, die anonym bleiben möchte, schüttelt den Kopf. „Uns hat keiner gefragt“, sagt sie.", "Kassiererin")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Ein Feuerwehrmann, der anonym bleiben möchte, schüttelt den Kopf. „Uns hat keiner gefragt“, sagt er.", "Feuerwehrmann")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Winzerin, die anonym bleiben möchte, schüttelt den Kopf. „Uns hat keiner gefragt“, sagt sie.", "Winzerin")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una viticoltrice che preferisce restare anonima scuote la testa. «Nessuno ci ha chiesto niente», racconta.", "viticoltrice")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une aide-soignante, qui a requis l’anonymat, secoue la tête. « Personne ne nous a rien demandé », dit-elle.", "aide-soignante")]
    public void AnUnnamedWorkerBroughtIn_SpeaksUnderTheirNoun(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The noun as an object ("she thanked a firefighter who …"): the pronoun after is the subject's,
    // never the noun's.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "He thanked a firefighter who had stayed all night. \"They were wonderful,\" he said.", "firefighter")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Il a remercié un pompier qui était resté toute la nuit. « Ils ont été formidables », dit-il.", "pompier")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Agradeció a una cajera que se quedó toda la noche. «Fueron maravillosos», dice.", "cajera")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Er dankte einem Feuerwehrmann, der die ganze Nacht geblieben war. „Sie waren großartig“, sagt er.", "Feuerwehrmann")]
    public void AWorkerAsTheObject_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A named person with the trade, speaking again by name, is theirs.
    [Theory]
    [InlineData("Ana Ruiz, bombera del parque de Villalta, llegó la primera. «El humo no dejaba ver nada», contó.",
        "Un bombero que no quiso identificarse asiente. «Ya veremos», responde Ana Ruiz.", "Ana Ruiz")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Ein Feuerwehrmann, der anonym bleiben möchte, schüttelt den Kopf. „Wir werden sehen“, sagt Paul Gruber.", "Paul Gruber")]
    public void ANamedPersonAgainByName_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The noun at a bare cue, after a paragraph that named one person doing that work: the person.
    [Theory]
    [InlineData("Among the crews at the ford was Dan Pryor. \"We pumped water all night,\" said the lifeguard.", "Dan Pryor")]
    [InlineData("Onder de ploegen bij de doorwaadplaats was Kees Bos. ‘We hebben de hele nacht gepompt’, zegt de brandweerman.", "Kees Bos")]
    [InlineData("Parmi les équipes au gué se trouvait Louis Vernet. « Nous avons pompé toute la nuit », explique le pompier.", "Louis Vernet")]
    [InlineData("Entre los equipos del vado estaba Luis Prieto. «Bombeamos agua toda la noche», explica el bombero.", "Luis Prieto")]
    [InlineData("Entre as equipas do vau estava Rui Pinto. «Bombeámos água a noite toda», explica o bombeiro.", "Rui Pinto")]
    [InlineData("Tra le squadre al guado c'era Luca Ferri. «Abbiamo pompato acqua tutta la notte», spiega il pompiere.", "Luca Ferri")]
    public void AWorkersNounAtABareCue_MeansTheOnePersonNamed(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(paragraph)[^1]);

    // The noun in a place phrase ("at the cashier's desk") brings in no one.
    [Fact]
    public void AWorkersNounInAPlacePhrase_IsNoSpeaker()
        => Assert.NotEqual("cashier", QuoteSpeakers.Of("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
            "A queue formed at the cashier's desk, which closed at noon. \"It was chaos,\" he said.")[1]);
}
