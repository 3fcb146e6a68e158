namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An office that takes a brief, elided into its article, then its brief link and a capitalised
/// brief, then the holder's name: <c>« … », a expliqué l'adjoint aux Finances, X</c>, <c>l'adjointe
/// au Logement X</c>. The holder speaks, never the brief.
/// </summary>
public sealed class BriefOfficeHolderTests
{
    [Theory]
    [InlineData("fr", "« Les comptes sont sains », a expliqué l'adjoint aux Finances, Gaspard Trélat, lundi soir.", "Gaspard Trélat")]
    [InlineData("fr", "« Nous ouvrirons deux gymnases », a ajouté l'adjoint aux Sports Marc Lenoir.", "Marc Lenoir")]
    [InlineData("fr", "« Les loyers baisseront », a indiqué l'adjointe au Logement Odile Ferrand.", "Odile Ferrand")]
    [InlineData("fr", "« La navette sera gratuite », a précisé l'adjointe aux Mobilités, Inès Carvalho.", "Inès Carvalho")]
    public void TheHolderAfterABriefOffice_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the deputy mayor is read as before, and a brief with no name after it names no one.
    [Theory]
    [InlineData("fr", "« Le budget tient », a déclaré l'adjoint au maire Paul Roux.", "Paul Roux")]
    [InlineData("fr", "« Le budget tient », a déclaré l'adjointe au maire, Julie Roux.", "Julie Roux")]
    public void TheDeputyMayor_StillSpeaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("fr", "« Les comptes sont sains », a expliqué l'adjoint aux Finances.")]
    [InlineData("fr", "« Les comptes sont sains », a expliqué l'adjoint aux Finances de Valmont.")]
    public void ABriefWithNoHolder_GivesNoName(string language, string paragraph)
    {
        var speaker = ConstructionProbe.LastSpeaker(language, paragraph);
        Assert.True(speaker is null || !char.IsUpper(speaker[0]) || speaker.Contains("adjoint"), speaker);
    }
}
