namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name in the complement of the indefinite subject that opens the sentence ("A farmer from the
/// nearby Westfield said", "Een boer uit het naastgelegen Westerhoek zei", "Un agricultor del
/// cercano Valdeoro dijo") says where that someone comes from, or whose friend they are: someone
/// unnamed speaks, not the name. Before, the place was the speaker of the quote after the sentence.
/// </summary>
public sealed class IndefiniteComplementNameTests
{
    [Theory]
    [InlineData("nl", "Op de tribune zaten tientallen inwoners. Een boer uit het naastgelegen Westerhoek zei opgelucht te zijn. \"Mijn koeien staan er al honderd jaar.\"")]
    [InlineData("en", "Dozens of residents sat in the gallery. A farmer from the nearby Westfield said he was relieved. \"My cows have grazed there for a hundred years.\"")]
    [InlineData("es", "Decenas de vecinos llenaban la sala. Un agricultor del cercano Valdeoro dijo estar aliviado. «Mis vacas pastan allí desde hace cien años.»")]
    [InlineData("en", "A friend of the late Tom Baker said he was relieved. \"He would have loved this.\"")]
    public void ANameInTheIndefiniteSubjectsComplement_DoesNotSpeak(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a spokesman speaks for the body the complement names; a time phrase opening the
    // sentence leaves its name the subject.
    [Theory]
    [InlineData("en", "A spokesman from the Harbour Trust said the plan was sound. \"We will go ahead in May.\"", "Harbour Trust")]
    [InlineData("es", "Un portavoz del cercano Ayuntamiento de Valdeoro dijo que el plan era bueno. «Seguiremos adelante en mayo.»", "Ayuntamiento de Valdeoro")]
    [InlineData("en", "A week after the storm Tom Baker said the quay was safe. \"We will open in May.\"", "Tom Baker")]
    public void ASpokesmanOrATimePhrase_IsReadAsBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    private static string Lead(string language) => language switch
    {
        "es" => LanguageLeads.Spanish,
        "nl" => LanguageLeads.Dutch,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
