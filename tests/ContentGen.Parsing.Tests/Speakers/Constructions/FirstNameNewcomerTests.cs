namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence with no quote that brings in a new person by a first name alone as its subject, set
/// off with an age, an apposition or a relative clause (<c>Der 19-jährige Jonas, der …</c>,
/// <c>O filho, Rui, de 27 anos, …</c>), ends the last speaker's turn: the pronoun or dropped
/// subject of the next quote means the newcomer where the words show a person, and no one else.
/// </summary>
public sealed class FirstNameNewcomerTests
{
    [Theory]
    [InlineData("de", "Der 19-jährige Jonas, der in einem Baumarkt arbeitet, hat abends Spätschicht. „Dann laufe ich halt nach Hause“, sagt er.", "Jonas")]
    [InlineData("es", "Entre los voluntarios estaba Nacho, un pastor de 34 años que conoce cada barranco. «Yo les dije dónde tenían que mirar», explicó.", "Nacho")]
    [InlineData("pt", "O filho, Rui, de 27 anos, já pensa em emigrar. «Se isto não se resolve, vou trabalhar para fora», conta.", "Rui")]
    [InlineData("nl", "Haar man Joop, met wie ze veertig jaar getrouwd is, woont naast de werkplaats. 'Op zondag gingen wij luisteren naar het orgel,' zegt hij.", "Joop")]
    [InlineData("nl", "Onder de vrijwilligers was Jonas (19), die in de stad werkt. 'Ik loop dan maar naar huis,' zegt hij.", "Jonas")]
    [InlineData("fr", "Sa voisine Mireille, 78 ans, tient la boulangerie depuis trente ans. « Je n'ai jamais vu une chose pareille », dit-elle.", "Mireille")]
    [InlineData("it", "Tra i volontari c'era Franco, un pastore di 63 anni che conosce ogni sentiero. «Ho detto loro dove cercare», ha spiegato.", "Franco")]
    [InlineData("en", "Beside the mayor, Tom, a shepherd who knows every ravine, shook his head. \"I told them where they had to look,\" he said.", "Tom")]
    public void AFirstNameSetOffAsAPerson_IsWhomTheCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Only a relative clause after the name does not show a person (a place may take one): the
    // newcomer still ends the last speaker's turn, and the cue names no one.
    [Theory]
    [InlineData("fr", "À ses côtés, Martine, qui exploite huit hectares avec son fils, est plus amère. « Nous avons vendu à perte pendant deux ans. »", "Julie Caron")]
    [InlineData("de", "Gegenüber ist Jonas, der dort seit Jahren verkauft, weniger zufrieden. „Das reicht nicht“, sagt er.", "Jana Rau")]
    public void AFirstNameWithOnlyARelativeClause_EndsTheLastTurn(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where the rule must not fire: the first name of the person named before is that person; a
    // place or a firm set off after a copula is no newcomer; a name after a preposition is an object.
    [Theory]
    [InlineData("es", "Entre los voluntarios estaba Ana, una vecina de 34 años que conoce cada barranco. «Yo les dije dónde tenían que mirar», explicó.", "Ana Ruiz")]
    [InlineData("de", "Die Bürgermeisterin sprach mit dem 19-jährigen Jonas, der in einem Baumarkt arbeitet. „Wir suchen eine Lösung“, sagt sie.", "Jana Rau")]
    public void AKnownPersonOrAnObject_LeavesTheSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // A surname after a title is the person named in full before, under the full name.
    [Fact]
    public void ATitledSurnameSetOff_IsThePersonNamedInFull()
        => Assert.Equal("Peter James Vance", ConstructionProbe.LastSpeaker(
            "en",
            "The band's former manager, Peter James Vance, died on Sunday aged 79, his daughter confirmed.",
            "Mr Vance, who was also a concert promoter, managed the band for years. \"I was wrong about him more than once,\" he once said."));

    [Theory]
    [InlineData("es", "Entre los pueblos afectados estaba Villarcebo, un municipio de 300 habitantes que vive del ganado. «Aquí nadie ha dormido», explicó.", "Villarcebo")]
    [InlineData("fr", "Parmi les acheteurs était Vinalis, une coopérative qui exploite huit cents hectares. « Nous avons vendu à perte », a-t-elle expliqué.", "Vinalis")]
    public void APlaceOrAFirm_IsNoSpeaker(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
