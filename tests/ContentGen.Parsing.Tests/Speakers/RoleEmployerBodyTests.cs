namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named only as the employer of a role ("la presidenta de la Cofradía de Pescadores de
/// Arenales, Rosa Gil,", "il direttore del Consorzio Agrario di Valbruna", "a presidente da Cooperativa
/// Agrícola do Vale Verde") enters the cast as a body, so its noun later means it ("la cofradía
/// asegura", "il consorzio ha assicurato", "a cooperativa garante"). A place after the role is no body,
/// and a person's name glued to the body's is no part of it.
/// </summary>
public sealed class RoleEmployerBodyTests
{
    [Theory]
    [InlineData("es", "La directora de la Fundación Mar Abierto, Ana Ruiz, habló con la prensa el lunes. La fundación sostiene que el proyecto es «inviable».", "Fundación Mar Abierto")]
    [InlineData("it", "Il presidente del Consorzio Agrario di Valbruna, Mario Rossi, ha incontrato i soci lunedì. Il consorzio, in una nota, ha assicurato che «nessun socio resterà senza pagamento».", "Consorzio Agrario di Valbruna")]
    [InlineData("pt", "A presidente da Cooperativa Agrícola do Vale Verde, Maria Sousa, reuniu os sócios na segunda-feira. A cooperativa garante que a colheita está «assegurada até ao fim do ano».", "Cooperativa Agrícola do Vale Verde")]
    [InlineData("pt", "O coordenador do Sindicato dos Enfermeiros do Norte, Paulo Dias, falou à porta do hospital. Em comunicado, o sindicato denuncia «turnos de 16 horas».", "Sindicato dos Enfermeiros do Norte")]
    public void TheBodyARoleServes_IsMeantByItsNoun(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph));

    // Guard: a place after the role ("el alcalde de Villanueva del Río") names no body, so "la
    // cooperativa" means no one the article names.
    [Fact]
    public void APlaceAfterTheRole_IsNoBody()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Noticia",
            LanguageLeads.Spanish,
            "El alcalde de Villanueva del Río, Juan Gil, visitó la fábrica el lunes. La cooperativa sostiene que el proyecto es «inviable»."));

    // Guard: a person's name glued to the body's ("del Consorzio Agrario di Valbruna Mario Rossi")
    // is no part of the body's name.
    [Fact]
    public void APersonGluedToTheBody_IsNoPartOfIt()
        => Assert.DoesNotContain("Consorzio Agrario di Valbruna Mario Rossi", QuoteSpeakers.Under(
            "Notizia",
            LanguageLeads.Italian,
            "Mario Rossi guida i soci da anni. Il presidente del Consorzio Agrario di Valbruna Mario Rossi ha incontrato i soci lunedì. Il consorzio, in una nota, ha assicurato che «nessun socio resterà senza pagamento»."));
}
