namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence with no quote that names a person in full, after an organisation's words, ends the
/// organisation's turn: a quote with no cue after it is not the organisation's, even where the
/// reader cannot tell that the person is the sentence's subject (past an opening phrase and an age).
/// A sentence naming no one new leaves the organisation's words going on.
/// </summary>
public sealed class PersonAfterBodyTests
{
    [Theory]
    [InlineData("en", "The company Halden Mills will close in June. \"There are no orders left,\" the company said.", "At the gate on Monday, Fern Lopes, 52, could not believe it. \"I came here at twenty-two. What am I going to do now?\"")]
    [InlineData("pt", "A empresa Conservas Marés vai fechar em março. “Não há encomendas suficientes”, informou a empresa.", "À porta da loja, ao fim da tarde, Fernanda Sousa, 52 anos, ainda não queria acreditar. “Entrei aqui com vinte e dois anos. O que é que eu vou fazer agora?”")]
    [InlineData("es", "La empresa Textiles Ribera cerrará en verano. «No podemos competir con las importaciones», explicó la empresa.", "A la puerta de la nave, al caer la tarde, Lucía Pardo, de 52 años, todavía no se lo creía. «Entré aquí con veintidós años. ¿Qué voy a hacer ahora?»")]
    public void APersonNamedAfterABodysWords_EndsItsTurn(string language, string bodySpoke, string personIntroduced)
        => Assert.Null(QuoteSpeakers.Under("Werk", LanguageLeads.For(language), bodySpoke, personIntroduced)[1]);

    // Guard: a sentence that names no one new leaves the body's words going on.
    [Fact]
    public void ASentenceNamingNoOne_LeavesTheBodysWordsGoingOn()
        => Assert.Equal(new[] { "Halden Mills", "Halden Mills" }, QuoteSpeakers.Under(
            "Mill to close",
            LanguageLeads.For("en"),
            "The company Halden Mills will close in June. \"There are no orders left,\" the company said.",
            "\"We tried everything to keep the mill open, but the last three years left us no choice at all.\""));
}
