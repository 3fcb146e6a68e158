using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A vox pop's answer led by a noun alone, or by a noun with an age ("A ferryman: "…"", "Une
/// boulangère, 52 ans : « … »"): the quote is that unnamed person's, given by the noun
/// (SpeakerFinder.VoxPopNounLead.cs; docs/speakers.md, "Session 64 (unnamed2)"). Invented sentences.
/// </summary>
public sealed class VoxPopNounLeadTests
{
    // Someone named speaks first; then the answer of someone unnamed, led by their noun and a colon.
    [Theory]
    [InlineData("The council leader, Ruth Ames, defended the plan. \"We had to act,\" she said.",
        "A shopper: \"Parking costs too much already.\"", "shopper")]
    [InlineData("The council leader, Ruth Ames, defended the plan. \"We had to act,\" she said.",
        "A commuter, 29: \"Parking costs too much already.\"", "commuter")]
    [InlineData("La présidente, Claire Morel, défend le projet. « Il fallait agir », dit-elle.",
        "Une boulangère : « Le parking coûte déjà trop cher. »", "boulangère")]
    [InlineData("La présidente, Claire Morel, défend le projet. « Il fallait agir », dit-elle.",
        "Un infirmier, 52 ans : « Le parking coûte déjà trop cher. »", "infirmier")]
    [InlineData("Die Landrätin, Eva Brandt, verteidigt den Plan. „Wir mussten handeln“, sagt sie.",
        "Eine Rentnerin: „Das Parken kostet schon zu viel.“", "Rentnerin")]
    [InlineData("Die Landrätin, Eva Brandt, verteidigt den Plan. „Wir mussten handeln“, sagt sie.",
        "Ein Student, 23: „Das Parken kostet schon zu viel.“", "Student")]
    [InlineData("La presidenta, Marta Ibáñez, defiende el plan. «Había que actuar», asegura.",
        "Una vecina: «El aparcamiento ya cuesta demasiado».", "vecina")]
    [InlineData("La presidenta, Marta Ibáñez, defiende el plan. «Había que actuar», asegura.",
        "Un camarero, 31 años: «El aparcamiento ya cuesta demasiado».", "camarero")]
    [InlineData("La presidente, Marta Neri, difende il piano. «Bisognava agire», dice.",
        "Una vicina: «Il parcheggio costa già troppo».", "vicina")]
    [InlineData("La presidente, Marta Neri, difende il piano. «Bisognava agire», dice.",
        "Una cassiera, 40 anni: «Il parcheggio costa già troppo».", "cassiera")]
    [InlineData("A presidente, Marta Lopes, defende o plano. «Tínhamos de agir», diz.",
        "Uma vizinha: «O estacionamento já custa demasiado.»", "vizinha")]
    [InlineData("A presidente, Marta Lopes, defende o plano. «Tínhamos de agir», diz.",
        "Um reformado, 70 anos: «O estacionamento já custa demasiado.»", "reformado")]
    [InlineData("De wethouder, Marit Jansen, verdedigt het plan. ‘We moesten iets doen’, zegt ze.",
        "Een buurvrouw: ‘Parkeren kost nu al te veel.’", "buurvrouw")]
    [InlineData("De wethouder, Marit Jansen, verdedigt het plan. ‘We moesten iets doen’, zegt ze.",
        "Een student, 21: ‘Parkeren kost nu al te veel.’", "student")]
    public void AnswerLedByANoun_IsThatPersons(string named, string voxPop, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, voxPop)[1]);

    // The noun as an object, a named person with their trade, a heading that ends on a colon: the
    // quote is not given to the noun.
    [Theory]
    [InlineData("The council leader, Ruth Ames, defended the plan.",
        "She met a shopper: \"Parking costs too much already.\"", "shopper")]
    [InlineData("La présidente, Claire Morel, défend le projet.",
        "Elle a croisé une boulangère : « Le parking coûte déjà trop cher. »", "boulangère")]
    [InlineData("La presidenta, Marta Ibáñez, defiende el plan.",
        "Un camarero, Luis Pardo: «El aparcamiento ya cuesta demasiado».", "camarero")]
    [InlineData("Die Landrätin, Eva Brandt, verteidigt den Plan.",
        "Ein Student, Jonas Weber: „Das Parken kostet schon zu viel.“", "Student")]
    [InlineData("The council leader, Ruth Ames, defended the plan.",
        "A shopper's view: \"Parking costs too much already.\"", "shopper")]
    [InlineData("De wethouder, Marit Jansen, verdedigt het plan.",
        "Een oproep aan elke buurvrouw: ‘Parkeren kost nu al te veel.’", "buurvrouw")]
    public void ObjectNameOrHeading_IsNotTheNouns(string named, string voxPop, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, voxPop)[^1]);
}
