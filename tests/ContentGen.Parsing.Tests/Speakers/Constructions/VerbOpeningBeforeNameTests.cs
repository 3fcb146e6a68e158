namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A verb of saying that opens its sentence before its subject (<c>Said Tom Ashby, who led the study:
/// "…"</c>, <c>Afirmó Lucía Benítez, portavoz de la oposición: «…»</c>, <c>Disse Lucia Berti: «…»</c>)
/// is capitalised as the sentence's first word, and is no part of the speaker's name.
/// </summary>
public sealed class VerbOpeningBeforeNameTests
{
    [Theory]
    [InlineData("en", "Said Tom Ashby, who led the study: \"Nobody reads the second page.\"", "Tom Ashby")]
    [InlineData("en", "Said Tom Ashby: \"Nobody reads the second page.\"", "Tom Ashby")]
    [InlineData("es", "Afirmó Lucía Benítez, portavoz de la oposición: «Es un error que pagaremos caro».", "Lucía Benítez")]
    [InlineData("it", "Disse Lucia Berti, consigliera di opposizione: «È un errore che pagheremo caro».", "Lucia Berti")]
    [InlineData("pt", "Afirmou Inês Carvalho, vereadora da oposição: «É um erro que vamos pagar caro».", "Inês Carvalho")]
    public void TheOpeningVerb_IsNoPartOfTheName(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
