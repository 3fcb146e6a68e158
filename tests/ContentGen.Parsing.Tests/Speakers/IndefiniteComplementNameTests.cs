namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A one-word name in the complement of the indefinite subject that opens the sentence ("A
/// beekeeper from the hilly Marlow said", "Een imker uit het heuvelachtige Marlo zei", "Un apicultor
/// del montañoso Marlo dijo") says where that someone comes from: someone unnamed speaks, not the
/// name. Before, the place was the speaker of the quote after the sentence.
/// </summary>
public sealed class IndefiniteComplementNameTests
{
    [Theory]
    [InlineData("nl", "Een imker uit het heuvelachtige Marlo zei dat hij blij was. \"Mijn bijen vliegen hier al jaren.\"")]
    [InlineData("en", "A beekeeper from the hilly Marlow said he was glad. \"My bees have flown here for years.\"")]
    [InlineData("es", "Un apicultor del montañoso Marlo dijo estar contento. «Mis abejas vuelan aquí desde hace años.»")]
    [InlineData("de", "Ein Landwirt aus Hallental nannte den Brand \"eine Katastrophe\".")]
    [InlineData("de", "Eine Gruppe aus Bergdorf nannte den Plan \"Unsinn\".")]
    [InlineData("fr", "Un agriculteur de Valmont a qualifié l'incendie de « catastrophe ».")]
    [InlineData("it", "Un agricoltore di Montelago ha definito l'incendio «una catastrofe».")]
    [InlineData("es", "Un agricultor de Villaseca ha calificado el incendio de «catástrofe».")]
    public void ANameInTheIndefiniteSubjectsComplement_DoesNotSpeak(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a spokesman speaks for the body the complement names; a time phrase or "once" opening
    // the sentence leaves its full name the subject.
    [Theory]
    [InlineData("en", "A spokesman from the Quay Trust said the plan was sound. \"We will go ahead in May.\"", "Quay Trust")]
    [InlineData("es", "Un portavoz del cercano Ayuntamiento de Marlo dijo que el plan era bueno. «Seguiremos adelante en mayo.»", "Ayuntamiento de Marlo")]
    [InlineData("en", "A week after the storm Tom Baker said the quay was safe. \"We will open in May.\"", "Tom Baker")]
    [InlineData("es", "Una vez en el muelle Luis Pardo dijo que el plan es «una vergüenza».", "Luis Pardo")]
    [InlineData("pt", "Uma vez no cais Rui Lopes disse que o plano é “uma vergonha”.", "Rui Lopes")]
    [InlineData("de", "Maria Berger aus Hallental nannte den Brand \"eine Katastrophe\".", "Maria Berger")]
    [InlineData("fr", "Marie Dubois, de Valmont, a qualifié l'incendie de « catastrophe ».", "Marie Dubois")]
    public void ASpokesmanATimeOrAFullName_IsReadAsBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    private static string Lead(string language) => language switch
    {
        "es" => LanguageLeads.Spanish,
        "nl" => LanguageLeads.Dutch,
        "pt" => LanguageLeads.Portuguese,
        "de" => LanguageLeads.German,
        "fr" => LanguageLeads.French,
        "it" => LanguageLeads.Italian,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
