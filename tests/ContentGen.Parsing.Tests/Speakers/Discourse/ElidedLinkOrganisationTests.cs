namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// An organisation noun whose complement is joined by a link elided into it (Italian
/// <c>il ministero dell'Agricoltura</c>, <c>l'ospedale dell'Aquila</c>) names a body, as
/// <c>le ministère de l'Agriculture</c> and <c>el Ministerio de Agricultura</c> do.
/// </summary>
public sealed class ElidedLinkOrganisationTests
{
    [Theory]
    [InlineData("it", "Il ministero dell'Agricoltura ha assicurato di «seguire da vicino» la situazione.", "ministero dell'Agricoltura")]
    [InlineData("it", "Il ministero dell’Interno ha fatto sapere che «la situazione è sotto controllo».", "ministero dell’Interno")]
    [InlineData("fr", "Le ministère de l'Agriculture a assuré suivre « de près » la situation.", "ministère de l'Agriculture")]
    [InlineData("es", "El Ministerio de Agricultura aseguró que sigue «de cerca» la situación.", "Ministerio de Agricultura")]
    public void AMinistryAndItsComplement_Speak(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guard: with no capital in the complement, only the people it gathers name a body.
    [Theory]
    [InlineData("it", "Il comitato dell'anno scorso ha assicurato di «seguire da vicino» la situazione.", "comitato dell'anno")]
    public void ALowerCaseComplement_NamesNoBody(string language, string paragraph, string notExpected)
        => Assert.NotEqual(notExpected, ProbeArticle.LastSpeaker(language, paragraph));
}
