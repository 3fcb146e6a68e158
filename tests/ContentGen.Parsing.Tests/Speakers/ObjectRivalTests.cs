namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A language that drops its subjects writes a pronoun out ("dijo ella", "ha detto lei", "disse ela")
/// to set one person against another: a second person named after the antecedent in the sentence
/// before (the object of its verb) is then the pronoun's rival unless the article shows that person to
/// be of the other gender, and the pronoun is no one's. A pronoun every verb has asks nothing.
/// </summary>
public sealed class ObjectRivalTests
{
    [Fact]
    public void ObjectWrittenOutPronoun_MakesARival_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Juicio en Soria",
                "Luis Martín recibió a Carmen Sanz en el ayuntamiento. «Estamos cansados», dijo ella."));

    [Fact]
    public void ObjectWrittenOutPronoun_MakesARival_Italian()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Processo a Brescia",
                "Marco Bassi ha ricevuto Lucia Moretti in municipio. «Siamo stanchi», ha spiegato lei."));

    [Fact]
    public void ObjectWrittenOutPronoun_MakesARival_Portuguese()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Julgamento em Braga",
                "Luís Martins recebeu Carla Sousa na câmara. «Estamos cansados», afirmou ela."));

    [Fact]
    public void ObjectOfTheOtherGender_KeepsTheSubject_Spanish()
        => Assert.Equal(
            new string?[] { "Luis Martín" },
            QuoteSpeakers.Under(
                "Pleno en Soria",
                "Luis Martín recibió a la concejala Carmen Sanz. «Estamos cansados», dijo él."));

    [Fact]
    public void WrittenOutPronounWithNoSecondPerson_MeansTheSubject_Italian()
        => Assert.Equal(
            new string?[] { "Marco Bassi" },
            QuoteSpeakers.Under(
                "Consiglio a Brescia",
                "Marco Bassi ha parlato in consiglio. «Siamo stanchi», ha detto lui."));

    [Fact]
    public void ObjectOfNoShownGender_KeepsTheSubject_English()
        => Assert.Equal(
            new string?[] { "Sam Riley" },
            QuoteSpeakers.Under(
                "Bridge plans",
                "Sam Riley met Robin Bell on Monday. \"We need a new bridge,\" she said."));

    [Fact]
    public void ObjectOfNoShownGender_KeepsTheSubject_Dutch()
        => Assert.Equal(
            new string?[] { "Jan Visser" },
            QuoteSpeakers.Under(
                "Rechtszaak in Zwolle",
                "Jan Visser sprak met Ineke Mulder in het stadhuis. \"We zijn moe\", zei hij."));

    [Fact]
    public void TitledObject_IsNoRivalWhereEveryVerbHasItsSubject_English()
        => Assert.Equal(
            new string?[] { "Tom Riley" },
            QuoteSpeakers.Under(
                "Court hears neighbours",
                "Tom Riley questioned Mr Peter Bell about the fire. \"I saw the car,\" he said."));

    [Fact]
    public void TitledObject_IsNoRivalWhereEveryVerbHasItsSubject_German()
        => Assert.Equal(
            new string?[] { "Jonas Weber" },
            QuoteSpeakers.Under(
                "Prozess in Lindau",
                "Jonas Weber befragte Herrn Peter Brandt im Rathaus. „Ich habe das Auto gesehen“, sagte er."));

    [Fact]
    public void RoleAfterALinkOfBelonging_ShowsNothing_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Pleno en Soria",
                "Luis Martín recibió al marido de la concejala, Pedro Ruiz. «Estamos cansados», dijo él."));
}
