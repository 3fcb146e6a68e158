namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "fala num “…”", "habla de «…»", "parla di «…»": a subject that speaks of something in quotes
/// says those words, in Portuguese and Spanish as Italian "parlare" already reads; speaking with
/// someone names a listener, and a quoted name after "of the project" is no one's words.
/// </summary>
public sealed class SpeaksOfTests
{
    [Theory]
    [InlineData("Conserveira", "O Sindicato dos Operários do Litoral, que representa a maioria dos trabalhadores, fala num “encerramento planeado há meses”.", "Sindicato dos Operários do Litoral")]
    [InlineData("Conserveira", "O vereador Rui Calçada falou de “um fecho anunciado”.", "Rui Calçada")]
    [InlineData("Conservera", "La portavoz Begoña Ruiz habla de «un cierre anunciado».", "Begoña Ruiz")]
    [InlineData("Conservera", "El Sindicato de Operarios del Litoral habló de una decisión «precipitada».", "Sindicato de Operarios del Litoral")]
    [InlineData("Acciaieria", "Il capogruppo Paolo Santelli ha parlato di «una chiusura annunciata».", "Paolo Santelli")]
    public void TheWordsSomeoneSpeaksOf_AreTheirs(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Speaking with someone: the listener's own verb says the words in the relative clause.
    [Theory]
    [InlineData("Conserveira", "O autarca Rui Calçada falou com a ministra Ana Gomes, que prometeu “uma resposta até março”.", "Ana Gomes")]
    [InlineData("Conservera", "El alcalde Pedro Haro habló con la consejera Marta Gil, que prometió «una respuesta antes de marzo».", "Marta Gil")]
    public void SomeoneSpokenWith_SpeaksForThemselves(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // A project's quoted name after "do projeto", "del proyecto" is no one's words.
    [Theory]
    [InlineData("Conserveira", "O autarca Rui Calçada fala do projeto “Cidade Verde” há meses.")]
    [InlineData("Conservera", "El alcalde Pedro Haro habla del proyecto «Ciudad Verde» desde hace meses.")]
    public void AProjectsQuotedName_IsNoOnesWords(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
