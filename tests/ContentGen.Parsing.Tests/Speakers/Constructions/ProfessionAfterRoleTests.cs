namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A role with its complement after an inverted verb, then, after a comma, the holder named with
/// their profession (<c>admite a coordenadora do projeto, a bióloga X</c>, <c>said the head of the
/// survey, the biologist X</c>): the name speaks, not the role before it.
/// </summary>
public sealed class ProfessionAfterRoleTests
{
    [Theory]
    [InlineData("pt", "«Os resultados surpreenderam-nos», reconhece a diretora do laboratório, a bióloga Marta Ferreira.", "Marta Ferreira")]
    [InlineData("pt", "«Vamos repetir as medições», disse o coordenador da campanha, o geólogo Rui Sampaio.", "Rui Sampaio")]
    [InlineData("pt", "«Contámos as espécies duas vezes», explica o coordenador do inventário, o entomólogo Vasco Lobato.", "Vasco Lobato")]
    [InlineData("es", "«Los datos nos sorprendieron», reconoce la directora del laboratorio, la bióloga Marta Ferrer.", "Marta Ferrer")]
    [InlineData("it", "«I dati ci hanno sorpreso», ammette la coordinatrice della ricerca, la biologa Marta Ferri.", "Marta Ferri")]
    [InlineData("fr", "« Les données nous ont surpris », reconnaît la directrice du laboratoire, la biologiste Marthe Ferrand.", "Marthe Ferrand")]
    [InlineData("nl", "‘De cijfers verrasten ons’, zegt de leider van het onderzoek, de bioloog Marta Veenstra.", "Marta Veenstra")]
    [InlineData("en", "\"The numbers surprised us,\" said the director of the survey, the engineer Martha Fenwick.", "Martha Fenwick")]
    public void TheNameAfterARoleAndAProfession_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Stops: a profession with no name after it, a second person joined after the name, or a word
    // that is no profession before the name give no one from the appositive.
    [Theory]
    [InlineData("pt", "«Os resultados surpreenderam-nos», reconhece a diretora do laboratório, a bióloga de serviço.", "diretora")]
    [InlineData("es", "«Los datos nos sorprendieron», reconoce la directora del laboratorio, la bióloga Marta Ferrer y el geólogo Luis Prado.", "directora")]
    [InlineData("it", "«I dati ci hanno sorpreso», ammette la coordinatrice della ricerca, la società Ferri Ambiente.", "coordinatrice")]
    public void NoOneNamedWithTheProfession_GivesTheRole(string language, string paragraph, string? speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
