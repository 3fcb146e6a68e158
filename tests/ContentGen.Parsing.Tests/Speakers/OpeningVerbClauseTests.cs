namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In a language that drops its subjects, a reporting verb that opens its sentence, or follows an
/// opening phrase and its comma, then "que", "che" or "de que" (<c>Aseguró que … «…»</c>,
/// <c>Na carta, avisa que … “…”</c>, <c>Spiega che … «…»</c>) governs the quote of its clause, and
/// its subject is whom a pronoun would mean. The phrase may hold a relative clause set off by commas.
/// </summary>
public sealed class OpeningVerbClauseTests
{
    [Theory]
    [InlineData("La isla", "La diputada Marta Ferrer escribió el lunes al ministro de Fomento. Aseguró que el puerto vive «una auténtica emergencia».", "Marta Ferrer")]
    [InlineData("La isla", "La diputada Marta Ferrer escribió el lunes al ministro de Fomento. En su carta, advierte de que el puerto vive «una auténtica emergencia».", "Marta Ferrer")]
    [InlineData("La isla", "La diputada Marta Ferrer escribió el lunes al ministro de Fomento. En su carta, a la que ha tenido acceso este diario, advierte de que el puerto vive «una auténtica emergencia».", "Marta Ferrer")]
    [InlineData("A ilha", "O deputado Rui Tavares escreveu na segunda-feira ao ministro. Na carta, avisa que o porto vive “uma verdadeira emergência”.", "Rui Tavares")]
    [InlineData("A ilha", "O deputado Rui Tavares escreveu na segunda-feira ao ministro. Acrescentou que o porto vive “uma verdadeira emergência”.", "Rui Tavares")]
    [InlineData("L'isola", "Il deputato Franco Neri ha scritto lunedì al ministro dei Trasporti. Spiega che il porto vive «una vera emergenza».", "Franco Neri")]
    [InlineData("L'isola", "Il deputato Franco Neri ha scritto lunedì al ministro dei Trasporti. Nella lettera, avverte che il porto vive «una vera emergenza».", "Franco Neri")]
    public void AVerbWithItsSubjectDropped_BeforeItsClause_GivesTheSubjectBefore(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // With no one named before, a dropped subject means no one.
    [Theory]
    [InlineData("La isla", "Aseguró que el puerto vive «una auténtica emergencia».")]
    [InlineData("A ilha", "Na carta, avisa que o porto vive “uma verdadeira emergência”.")]
    public void WithNoOneBefore_NoOneIsGiven(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // "Advierte el alcalde que …": an article after the verb opens its own subject, no clause.
    [Fact]
    public void AVerbBeforeItsOwnSubject_IsNotTheSubjectBefore()
        => Assert.NotEqual(
            new[] { "Marta Ferrer" },
            QuoteSpeakers.Under("La isla", "La diputada Marta Ferrer escribió el lunes al ministro de Fomento. Advierte el alcalde Luis Gil que el puerto vive «una auténtica emergencia»."));
}
