namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A party in brackets after a name set off by commas after its office is an aside, as after a name
/// that opens the sentence: <c>La alcaldesa, Marta Gil (PP), aseguró …</c>, <c>Sa présidente, Claire
/// Vautrin (LR), a évoqué « … »</c>, <c>« … », a dit la maire, Claire Vautrin (LR).</c>
/// </summary>
public sealed class BracketedPartyInAppositionTests
{
    [Theory]
    [InlineData("El puerto", "El puerto de Moraga cierra en enero. La alcaldesa, Marta Gil (PP), aseguró que el puerto vive «una auténtica emergencia».", "Marta Gil")]
    [InlineData("Le port", "Le port de Morvan ferme en janvier. Sa présidente, Claire Vautrin (LR), a évoqué une « journée amère ».", "Claire Vautrin")]
    [InlineData("Le port", "Le port de Morvan ferme en janvier. « C'est une journée amère », a dit la maire, Claire Vautrin (LR).", "Claire Vautrin")]
    [InlineData("O porto", "O porto de Corvelo fecha em janeiro. “É um dia amargo”, disse o presidente da câmara, Rui Costa (PS).", "Rui Costa")]
    public void APartyInBracketsAfterTheApposedName_IsAnAside(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // A second name after the bracket is a list, and the bracket does not make the first the subject.
    [Fact]
    public void ABracketBeforeAnotherName_GivesNoOneAsTheSubject()
        => Assert.NotEqual(
            new[] { "Marta Gil" },
            QuoteSpeakers.Under("El puerto", "El puerto de Moraga cierra en enero. Los portavoces, Marta Gil (PP) y Luis Ramos (PSOE), aseguraron que el puerto vive «una auténtica emergencia»."));
}
