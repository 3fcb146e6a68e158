namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by an indefinite article and their noun, described by a relative
/// clause between commas, who reports the quote with the verb right after the clause ("A father of
/// two pupils, who asked not to be named, said …", "Eine Frau, die …, sagte: „…“") is given by
/// that noun, when the lexicons know it as a person's or the relative pronoun stands only for a
/// person ("who", "quien"; the lexicons' new PersonRelativePronouns). Before, no one.
/// </summary>
public sealed class DescribedWitnessTests
{
    [Theory]
    [InlineData("en", "A father of two pupils, who asked not to be named, said the plan was \"a box-ticking exercise\".", "father")]
    [InlineData("en", "A witness, who lives opposite the depot, said the blasts \"sounded like fireworks\".", "witness")]
    [InlineData("es", "Una vecina del barrio, quien paseaba con su perro, dijo que el olor «se notaba desde el puente».", "vecina")]
    [InlineData("es", "Una enfermera del barrio, que paseaba con su perro, dijo que el olor «se notaba desde el puente».", "enfermera")]
    [InlineData("pt", "Uma enfermeira, que mora em frente ao depósito, contou: “Parecia fogo de artifício”.", "enfermeira")]
    [InlineData("de", "Eine Frau, die mit ihrem Mann verreisen wollte, sagte: „Wir sind extra früher gekommen.“", "Frau")]
    public void AWitnessDescribedByARelativeClause_IsGivenByTheirNoun(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // A noun the lexicons do not know as a person's, described by a relative pronoun that may
    // stand for a thing, may be a body's: no one ("Un banco, que …, aseguró …").
    [Theory]
    [InlineData("es", "Un banco, que tiene sede en Madrid, aseguró que la operación es «segura».")]
    [InlineData("fr", "Une voisine, qui habite en face du dépôt, a raconté : « On aurait dit des feux d’artifice. »")]
    [InlineData("en", "A bank, which has its seat in Harbour, said the deal was \"safe\".")]
    public void ANounOfNoKnownPersonAfterAThingsRelative_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a document says what it says, a spokesman speaks for the body named, "one of" names
    // no noun, and a name between the verb and the quote may be the one who speaks.
    [Theory]
    [InlineData("A report, which was published on Monday, said the plan was \"unworkable in its present form\".", null)]
    [InlineData("A spokesman for the Harbour Trust, who declined to be named, said: \"We will go ahead in May.\"", "Harbour Trust")]
    [InlineData("One of the residents, who asked not to be named, said: \"We never heard a thing.\"", null)]
    [InlineData("A father of two pupils, who asked not to be named, told Tom Baker: \"It was a box-ticking exercise.\"", null)]
    public void OtherSubjectsDescribedSo_AreReadAsBefore(string paragraph, string? expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead("en"), paragraph));

    // Guards: a study or a poll is a document (the lexicons' document nouns, which now hold them in
    // every language), whose words are its issuer's, not a witness's.
    [Theory]
    [InlineData("fr", "Une étude, qui sera publiée lundi, affirme que le plan est « irréaliste ».")]
    [InlineData("it", "Un sondaggio, che sarà pubblicato lunedì, afferma che il piano è «irrealizzabile».")]
    [InlineData("es", "Una encuesta, que se publicará el lunes, asegura que el plan es «irrealizable».")]
    [InlineData("en", "A survey, which polled 2,000 adults, found that most were \"very worried\" about prices.")]
    public void AStudyOrAPoll_IsNoWitness(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "es" => LanguageLeads.Spanish,
        "it" => LanguageLeads.Italian,
        "pt" => LanguageLeads.Portuguese,
        "de" => LanguageLeads.German,
        "nl" => LanguageLeads.Dutch,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
