namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// An organisation that opens a sentence as its subject is whom a bare spokesperson in the next
/// sentence speaks for, also when a few words set off by commas stand between it and its verb
/// (<c>L'Asl Valdimonte, in una nota, fa sapere …</c>), and when its capitalised noun is joined to
/// an elided article (<c>L'Asl Valdimonte</c>, <c>L'Agence Bio</c>).
/// </summary>
public sealed class OrganisationSubjectPastInsertTests
{
    [Theory]
    [InlineData("en", "Valdimonte Health Board, in a statement, says it understands the concerns. \"We are working on a long-term solution,\" a spokesman said.", "Valdimonte Health Board")]
    [InlineData("fr", "L'Agence régionale de santé, dans un communiqué, dit comprendre les inquiétudes. « Nous travaillons à une solution durable », a expliqué un porte-parole.", "Agence régionale de santé")]
    [InlineData("it", "La Asl Valdimonte, in una nota, fa sapere di comprendere le preoccupazioni. «Stiamo lavorando a una soluzione», ha spiegato un portavoce.", "Asl Valdimonte")]
    [InlineData("it", "L'Asl Valdimonte, in una nota, fa sapere di comprendere le preoccupazioni. «Stiamo lavorando a una soluzione», ha spiegato un portavoce.", "Asl Valdimonte")]
    [InlineData("it", "L'Asl Valdimonte comprende le preoccupazioni. «Stiamo lavorando a una soluzione», ha spiegato un portavoce.", "Asl Valdimonte")]
    [InlineData("es", "El Servicio de Salud de Valdimonte, en un comunicado, asegura que comprende la preocupación. «Trabajamos en una solución a largo plazo», explicó un portavoz.", "Servicio de Salud de Valdimonte")]
    public void ASpokespersonAfterTheOrganisationsSentence_SpeaksForIt(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: an insert that names someone, or a sentence that names someone else after its verb,
    // leaves whom the spokesperson speaks for in doubt.
    [Theory]
    [InlineData("en", "Valdimonte Health Board, in a letter to Jane Roe, says it understands the concerns. \"We are working on a long-term solution,\" a spokesman said.", "Valdimonte Health Board")]
    [InlineData("it", "L'Asl Valdimonte, in una nota, risponde al sindaco Marco Neri. «Stiamo lavorando a una soluzione», ha spiegato un portavoce.", "Asl Valdimonte")]
    public void AnotherNameInTheSentence_LeavesTheSpokespersonUnread(string language, string paragraph, string notExpected)
        => Assert.NotEqual(notExpected, ProbeArticle.LastSpeaker(language, paragraph));
}
