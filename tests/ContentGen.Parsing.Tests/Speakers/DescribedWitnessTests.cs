namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed brought in by an indefinite article and their noun, described by a relative
/// clause between commas, who reports the quote with the verb right after the clause ("A plumber
/// from the estate, who did not give his name, said …", "Eine Frau, die am Kai wartete, sagte: „…“")
/// is given by that noun, when the lexicons know it as a person's or the relative pronoun stands
/// only for a person ("who", "quien"; the lexicons' PersonRelativePronouns). Before, no one.
/// </summary>
public sealed class DescribedWitnessTests
{
    [Theory]
    [InlineData("en", "A plumber from the estate, who did not give his name, said the lift had been \"broken for weeks\".", "plumber")]
    [InlineData("en", "A baker, who works on the quay, said the smoke was \"thick and black\".", "baker")]
    [InlineData("es", "Una vecina del puerto, quien estaba en la playa, dijo que el humo «llegaba hasta el faro».", "vecina")]
    [InlineData("es", "Una enfermera del puerto, que estaba en la playa, dijo que el humo «llegaba hasta el faro».", "enfermera")]
    [InlineData("pt", "Uma enfermeira, que mora junto ao cais, contou: “O fumo chegava ao farol”.", "enfermeira")]
    [InlineData("de", "Eine Frau, die am Kai wartete, sagte: „Der Rauch war schwarz.“", "Frau")]
    public void AWitnessDescribedByARelativeClause_IsGivenByTheirNoun(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a document, a body, a thing, a quantity's noun, "one of" and a named subject's own
    // appositive are read as before.
    [Theory]
    [InlineData("en", "A report, which was published on Monday, said the plan was \"unworkable in its present form\".", null)]
    [InlineData("en", "A spokesman for the Quay Trust, who declined to be named, said: \"We will go ahead in May.\"", "Quay Trust")]
    [InlineData("en", "One of the residents, who asked not to be named, said: \"We never heard a thing.\"", null)]
    [InlineData("en", "A number of residents, who live near the quay, said the plan was \"a disgrace\".", null)]
    [InlineData("en", "A leaflet, which was handed out at the quay, said the plan was \"a disgrace\".", null)]
    [InlineData("en", "A bank, which has its seat in Harbour, said the deal was \"safe\".", null)]
    [InlineData("en", "Tom Baker, a father of two, who lives near the quay, said the plan was \"a disgrace\".", null)]
    [InlineData("es", "Una decena de vecinos, que viven junto al muelle, dijo que el plan es «una vergüenza».", null)]
    [InlineData("es", "Un banco, que tiene sede en Marlo, aseguró que la operación es «segura».", null)]
    [InlineData("es", "Luis Pardo, un vecino del muelle, que vive allí desde niño, dijo que el plan es «una vergüenza».", null)]
    [InlineData("fr", "Une partie des habitants, qui vivent près du quai, a dit que le projet était « une honte ».", null)]
    [InlineData("fr", "Un courriel, qui a été envoyé lundi, affirme que le projet est « une honte ».", null)]
    [InlineData("fr", "Une voisine, qui habite en face du quai, a raconté : « On aurait dit des feux d’artifice. »", "voisine")]
    [InlineData("it", "Una lettera, che è stata inviata lunedì, dice che il progetto è «una vergogna».", null)]
    public void OtherSubjectsDescribedSo_AreReadAsBefore(string language, string paragraph, string? expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

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
