namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A spokesperson given by the body's noun: English puts the noun before the role ("a university
/// spokesman", "a company spokeswoman"), the others after it ("un portavoz de la universidad",
/// "ein Sprecher der Universität"). The body the article named with that noun speaks. The
/// university joins the organisation nouns in every language, so "Kelso Vale University" and
/// "l'Université de Valmorin" are bodies that "the university" means.
/// </summary>
public sealed class BodyNounSpokespersonTests
{
    [Theory]
    [InlineData("es", "La Universidad de Valdeoro cerrará el laboratorio. «Todas las opciones siguen abiertas», explicó un portavoz de la universidad.", "Universidad de Valdeoro")]
    [InlineData("fr", "L'Université de Valmorin ferme son laboratoire. « Toutes les options restent ouvertes », a indiqué un porte-parole de l'université.", "Université de Valmorin")]
    [InlineData("de", "Die Universität Talheim schließt ihr Labor. „Alle Optionen bleiben offen“, sagte ein Sprecher der Universität.", "Universität Talheim")]
    [InlineData("nl", "De Universiteit van Lindewaard sluit het lab. \"Alle opties blijven open\", zegt een woordvoerder van de universiteit.", "Universiteit van Lindewaard")]
    [InlineData("pt", "A Universidade do Vale Fundo vai fechar o laboratório. «Todas as opções continuam em aberto», disse um porta-voz da universidade.", "Universidade do Vale Fundo")]
    [InlineData("it", "L'Università di Valmonte chiude il laboratorio. «Tutte le opzioni restano aperte», ha detto un portavoce dell'università.", "Università di Valmonte")]
    [InlineData("en", "Kelso Vale University will close the lab. \"All options remain open,\" said a spokesman for the university.", "Kelso Vale University")]
    public void ASpokespersonOfTheUniversity_IsTheUniversityNamedBefore(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("Kelso Vale University will close the lab.", "Asked whether the station could be sold, a university spokesman said: \"All options remain open.\"", "Kelso Vale University")]
    [InlineData("Kelso Vale University will close the lab.", "\"All options remain open,\" a university spokesman said.", "Kelso Vale University")]
    [InlineData("Acme Ferries plans to sell the ship.", "Asked about the sale, a company spokeswoman said: \"All options remain open.\"", "Acme Ferries")]
    [InlineData("Acme Ferries plans to sell the ship.", "\"All options remain open,\" said a company spokeswoman.", "Acme Ferries")]
    public void TheBodysNounBeforeTheRole_IsTheBodyNamedBefore(string lead, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", lead, paragraph));

    // Guards: no body of that kind named, no one; never the person quoted before.
    [Fact]
    public void ABodyNounNamingNoBody_GivesNoOne()
        => Assert.Equal(
            new[] { "Jane Roe", null },
            QuoteSpeakers.Under("Probe", "Jane Roe, a councillor, spoke on Tuesday. \"Waiting is the worst outcome,\" she said. \"All options remain open,\" a company spokesman said."));

    // A university is no council: a spokesman of one kind never speaks for a body of another.
    [Fact]
    public void ABodyNounOfAnotherKind_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", "Kelso Vale University will close the lab. \"All options remain open,\" a council spokesman said."));
}
