namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A described subject, a copula and a person named in full that ends the sentence (<c>El primero en
/// llegar fue Julio Marín.</c>, <c>Il primo ad arrivare è stato Marco Ferri.</c>): subject and name are
/// one person, whom the next dropped subject means, as when a comma follows the name
/// (<see cref="PredicateFullNameTests"/>). Before, only a comma after the name was read, and a
/// copula of two words not at all: the cue went back to the speaker before.
/// </summary>
public sealed class PredicateNameEndingSentenceTests
{
    [Theory]
    [InlineData("es", "El primero en llegar fue Julio Marín. «Llamé enseguida a los bomberos», cuenta.", "Julio Marín")]
    [InlineData("es", "La última en salir del edificio fue Carmen Vidal. «No veía nada por el humo», recuerda.", "Carmen Vidal")]
    [InlineData("pt", "O primeiro a chegar foi Rui Matos. «Liguei logo aos bombeiros», conta.", "Rui Matos")]
    [InlineData("it", "Il primo ad arrivare è stato Marco Ferri. «Ho chiamato subito i vigili del fuoco», racconta.", "Marco Ferri")]
    [InlineData("it", "L'ultima a uscire dal palazzo è stata Carla Villa. «Non vedevo niente per il fumo», ricorda.", "Carla Villa")]
    public void AFullNameEndingTheSentenceAfterADescribedSubjectsCopula_IsWhomTheCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where the rule must not fire: a preposition after the copula makes the name an object ("la
    // culpa fue de X"); two people after the copula, either may be meant.
    [Theory]
    [InlineData("es", "La culpa fue de Luis Vidal. «Seguimos esperando», dijo.", "Luis Vidal")]
    [InlineData("it", "La colpa è stata di Luca Villa. «Aspettiamo ancora», ha detto.", "Luca Villa")]
    [InlineData("es", "Los primeros en llegar fueron Julio Marín y Luis Vidal. «Llamamos a los bomberos», cuenta.", "Julio Marín")]
    public void AnObjectOrTwoPeople_IsNoNewSubject(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
