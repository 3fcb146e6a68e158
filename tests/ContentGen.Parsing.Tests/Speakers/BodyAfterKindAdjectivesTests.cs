namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In the languages that write adjectives after the noun, one or two adjectives may stand between the
/// noun that says what kind of body follows and the body's name (<c>un portavoz de la aseguradora
/// sanitaria Zorgzaam</c>, <c>um porta-voz da seguradora pública Vitalis</c>, <c>un portavoce della
/// compagnia aerea Volaria</c>): the spokesperson speaks for that body.
/// </summary>
public sealed class BodyAfterKindAdjectivesTests
{
    [Theory]
    [InlineData("Urgencias", "«Buscamos una solución a largo plazo», señaló un portavoz de la aseguradora sanitaria Zorgzaam.", "Zorgzaam")]
    [InlineData("Urgências", "“Procuramos uma solução a longo prazo”, disse um porta-voz da seguradora privada Vitalis.", "Vitalis")]
    [InlineData("Voli", "«Cerchiamo una soluzione a lungo termine», ha detto un portavoce della compagnia aerea Volaria.", "Volaria")]
    public void ASpokespersonOfABodyNamedPastItsAdjectives_SpeaksForTheBody(string headline, string paragraph, string body)
        => Assert.Equal(new[] { body }, QuoteSpeakers.Under(headline, paragraph));

    // "La aseguradora sanitaria Zorgzaam asegura …. «…», señaló un portavoz.": the body the
    // sentence before made its subject, read past its noun's adjective, is whom the spokesperson speaks for.
    [Theory]
    [InlineData("Urgencias", "La aseguradora sanitaria Zorgzaam asegura en una respuesta que comprende la preocupación de los pacientes. «Buscamos una solución a largo plazo», señaló un portavoz.", "Zorgzaam")]
    [InlineData("Urgências", "A seguradora pública Vitalis garante numa resposta que compreende a preocupação dos doentes. “Procuramos uma solução a longo prazo”, disse um porta-voz.", "Vitalis")]
    [InlineData("Voli", "La cooperativa sociale Volaria assicura in una risposta che comprende la preoccupazione dei soci. «Cerchiamo una soluzione a lungo termine», ha detto un portavoce.", "Volaria")]
    public void ASpokespersonAfterABodyNamedPastItsAdjectives_SpeaksForTheBody(string headline, string paragraph, string body)
        => Assert.Equal(new[] { body }, QuoteSpeakers.Under(headline, paragraph));

    // A place after a link is no body's name: the adjective is passed only right before the name.
    [Fact]
    public void APlaceAfterALink_IsNotTheBody()
        => Assert.NotEqual(
            new[] { "Aldermeer" },
            QuoteSpeakers.Under("Urgencias", "«Buscamos una solución a largo plazo», señaló un portavoz de la aseguradora sanitaria de Aldermeer."));
}
