namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A feature meets some people by a first name alone (a seasonal worker, a witness who gives no
/// surname) and gives their age right after it: <c>Ionut, 41 ans, vient …</c>, <c>Ionut, de 41
/// años, …</c>, <c>Ionut (41) kommt …</c>. The age says the word is a person, although the article
/// gives no full name to match it with: a pronoun or a dropped subject after it means that person,
/// not whoever was quoted before.
/// </summary>
public sealed class FirstNameWithAgeTests
{
    [Theory]
    [InlineData("fr", "Ionut, 41 ans, vient ici pour la sixième saison. « En trois semaines, je gagne ce que je gagne en trois mois chez moi », raconte-t-il.")]
    [InlineData("it", "Ionut, 41 anni, viene qui per la sesta stagione. «In tre settimane guadagno quello che guadagno in tre mesi a casa», racconta.")]
    [InlineData("es", "Ionut, de 41 años, viene por sexta temporada. «En tres semanas gano lo que gano en tres meses en casa», cuenta.")]
    [InlineData("pt", "Ionut, de 41 anos, vem pela sexta época. «Em três semanas ganho o que ganho em três meses em casa», conta.")]
    [InlineData("en", "Ionut, 41, has come for his sixth season. \"In three weeks I earn what I earn in three months at home,\" he says.")]
    [InlineData("de", "Ionut (41) kommt zum sechsten Mal. „In drei Wochen verdiene ich, was ich zu Hause in drei Monaten verdiene“, erzählt er.")]
    [InlineData("nl", "Ionut (41) komt voor het zesde seizoen. \"In drie weken verdien ik wat ik thuis in drie maanden verdien\", vertelt hij.")]
    public void AFirstNameGivenAnAge_IsWhomThePronounMeans(string language, string paragraph)
        => Assert.Equal("Ionut", ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // What the rule must not take: a number after a place is no age ("40 places"), nor is a
    // capitalised word given a number without its word for years in a language that needs it.
    [Theory]
    [InlineData("fr", "Lescarrat, 40 places, accueille des retenus depuis mars. « Nous sommes complets », a-t-elle ajouté.", "Lescarrat")]
    [InlineData("es", "Lescarra, de 40 plazas, acoge a los internos desde marzo. «Estamos completos», añadió.", "Lescarra")]
    public void ANumberThatIsNoAge_MakesNoPerson(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
