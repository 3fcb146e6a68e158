namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Verb forms of the languages that drop their subjects or join pronouns to their verbs: a colon
/// after a reporting verb whose subject is dropped ("Ha dicho: «…»") gives the quote to whoever the
/// article made its subject before, as the verb after the quote does; Portuguese joins object
/// pronouns to a reporting verb ("queixa-se", "disse-lhe"), which reports as the verb alone.
/// </summary>
public sealed class RomanceVerbFormTests
{
    private static string?[] Speakers(params string[] paragraphs) => QuoteSpeakers.Under("Cabo Gris amarra la flota", paragraphs);

    [Theory]
    [InlineData("Tomás Aguirre se reunirá el miércoles con la cofradía del puerto. Ha dicho: «Escucharé todas las propuestas».")]
    [InlineData("Tomás Aguirre se reunirá el miércoles con la cofradía del puerto. Luego añadió: «Escucharé todas las propuestas».")]
    [InlineData("Tomás Aguirre se reunirá el miércoles con la cofradía del puerto. Ha prometido «escuchar todas las propuestas».")]
    public void AReportingVerbWithItsSubjectDropped_BeforeAColonOrItsQuote_GivesTheSubjectBefore(string paragraph)
        => Assert.Equal(new[] { "Tomás Aguirre" }, Speakers(paragraph));

    [Theory]
    [InlineData("«Lá em baixo ninguém nos vai encontrar», queixa-se Maria do Carmo Pires, que vende peixe no mercado.", "Maria do Carmo Pires")]
    [InlineData("«Vamos recorrer à Justiça», disse-lhe o presidente do sindicato, Anderson Lima.", "Anderson Lima")]
    public void AVerbWithAnObjectPronounJoined_ReportsAsTheVerbAlone(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(paragraph));
}
