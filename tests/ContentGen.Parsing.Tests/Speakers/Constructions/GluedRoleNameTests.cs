namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A subject whose role, employer and name are written as one run with no comma (<c>La catedrática
/// de la Universidad de Aldermeer Marta Vidal ve …</c>, <c>L'attaccante del Portofosco Marco Riva
/// …</c>): the cast cannot tell where the employer's name ends, but the sentence is about a newcomer,
/// so a dropped subject or a quote with no cue after it no longer goes on with the speaker quoted before.
/// </summary>
public sealed class GluedRoleNameTests
{
    [Theory]
    [InlineData("es", "La catedrática de la Universidad de Aldermeer Marta Vidal ve una tendencia en todo el país. «Cierran centros en todas partes», explica.")]
    [InlineData("es", "El delegado de Transportes Unidos del Sur Pedro Lago critica el plan. «Nadie nos ha preguntado nada», añade.")]
    [InlineData("it", "L'assessore del Comune di Valbruna Marco Riva ha visitato il cantiere. «Ci vorrà ancora un anno», ha detto.")]
    [InlineData("it", "Per l'ingegnere della Provincia di Valbruna Marco Riva, il ponte va rifatto. «Non si può più aspettare.»")]
    [InlineData("pt", "O treinador do Vilar Formoso Rui Costa considera o empate injusto. «Merecíamos mais», disse.")]
    public void ARoleWithItsEmployerAndNameGlued_EndsTheSpeakerBeforesTurn(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // Where the rule must not fire: the employer alone, with no name glued to it, leaves the cue to
    // the rules that read it; a noun no list gives to a person (a square) brings in no one.
    [Theory]
    [InlineData("es", "La plaza de San Juan Bautista estaba llena el lunes. «Es un buen día para todos», dijo.", "Ana Ruiz")]
    [InlineData("it", "La piazza di San Giovanni Battista era piena lunedì. «È un bel giorno per tutti», ha detto.", "Anna Rossi")]
    [InlineData("pt", "A praça de São João Batista estava cheia na segunda-feira. «É um bom dia para todos», disse.", "Ana Rocha")]
    public void ANounThatIsNoPersons_BringsInNoOne(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("es", "La alcaldesa de la Mancomunidad de Valbruna Ana Ruiz visitó el puerto. «Es un buen día para todos», dijo.", "Ana Ruiz")]
    [InlineData("it", "La sindaca del Comune di Valbruna Anna Rossi ha visitato il porto. «È un bel giorno per tutti», ha detto.", "Anna Rossi")]
    public void TheSpeakerBeforesOwnSurname_KeepsHerTurn(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("es", "La catedrática de la Universidad Complutense estudia el caso. «Es un buen día para todos», dijo.", "Ana Ruiz")]
    [InlineData("pt", "O treinador do Vilar Formoso considera o empate injusto. «É um bom dia para todos», disse.", "Ana Rocha")]
    [InlineData("pt", "O presidente da Câmara Municipal de Vila do Sal visitou o porto. «É um bom dia para todos», disse.", "Ana Rocha")]
    public void TheEmployerAlone_GluesNoName(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    [Theory]
    [InlineData("es", "La catedrática de la Universidad de Aldermeer, Marta Vidal, ve una tendencia en todo el país. «Cierran centros en todas partes», explica.", "Marta Vidal")]
    [InlineData("pt", "O presidente da Câmara Municipal de Vila do Sal, Joaquim Loureiro, pediu ajuda ao Governo. «Não estamos a pedir nenhum favor», afirmou.", "Joaquim Loureiro")]
    [InlineData("it", "Anche la sindaca del Comune di Valbruna, Paola Neri, ha festeggiato. «Una serata da ricordare», ha scritto.", "Paola Neri")]
    public void ANameSetOffByCommas_IsStillRead(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
