namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A union's name places its members in their field of work with a preposition of place, and goes on past it through
/// its links ("o Sindicato dos Trabalhadores na Indústria de Calçados de Vale Fundo", "el Sindicato de Trabajadores en la
/// Industria del Calzado de Elda"): the whole name is the body, not the field and the place after the preposition
/// (Speakers/OrganisationName.SectorLink.cs). A place after the preposition ("no Porto", "en Elda") says where the body
/// is, and stays out of the name. English, German and Dutch write such names in capitals, which OrganisationName does not
/// read through lower-case links (no rule of theirs reads "in the Shoe Industry" in a name): their probes are the place's.
/// Invented sentences.
/// </summary>
public sealed class SectorInBodyNameTests
{
    [Theory]
    [InlineData("pt", "O Sindicato dos Trabalhadores na Indústria de Calçados de Vale Fundo classificou o atraso como “um desrespeito”.", "Sindicato dos Trabalhadores na Indústria de Calçados de Vale Fundo")]
    [InlineData("es", "El Sindicato de Trabajadores en la Industria del Calzado de Elda calificó el retraso de «una falta de respeto».", "Sindicato de Trabajadores en la Industria del Calzado de Elda")]
    [InlineData("fr", "Le Syndicat des travailleurs dans l'industrie de la chaussure de Romans a qualifié le retard de « manque de respect ».", "Syndicat des travailleurs dans l'industrie de la chaussure de Romans")]
    [InlineData("it", "Il Sindacato dei lavoratori in agricoltura di Valle Scura ha definito il ritardo «una mancanza di rispetto».", "Sindacato dei lavoratori in agricoltura di Valle Scura")]
    public void AFieldAfterAPrepositionOfPlace_GoesOnInTheName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // A place after the preposition: the body is where it is, and its name ends before.
    [Theory]
    [InlineData("pt", "O Sindicato dos Professores no Porto classificou o atraso como “um desrespeito”.", "Sindicato dos Professores")]
    [InlineData("es", "El Sindicato de Trabajadores en Elda calificó el retraso de «una falta de respeto».", "Sindicato de Trabajadores")]
    [InlineData("fr", "Le Syndicat des marins à Granville a qualifié le retard de « manque de respect ».", "-")]
    [InlineData("it", "Il Sindacato dei pescatori in Valle Scura ha definito il ritardo «una mancanza di rispetto».", "-")]
    public void APlaceAfterThePreposition_StaysOutOfTheName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // English, German and Dutch write such a name in capitals and read it by its capitals: a place after the preposition stays out there too.
    [Theory]
    [InlineData("en", "The Union of Shoe Workers in Kettleby called the delay \"a disgrace\".", "Union of Shoe Workers")]
    [InlineData("nl", "De Bond van Schoenarbeiders in Noordstad noemde de vertraging ‘respectloos’.", "Bond van Schoenarbeiders")]
    public void APlaceAfterThePreposition_StaysOutOfACapitalisedName(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // German reads no one here (a body's subject with its genitive, before and after); the place never joins a name.
    [Fact]
    public void German_APlaceAfterThePreposition_JoinsNoName()
        => Assert.DoesNotContain(
            QuoteSpeakers.InLanguage("de", "Probe", "Der Verband der Schuharbeiter in Nordstadt nannte die Verzögerung „respektlos“."),
            speaker => speaker?.Contains("Nordstadt", StringComparison.Ordinal) == true);
}
