using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A guillemet that closes a quotation in a headline ("« … » : entretien avec …") is the quotation's
/// end, not a trail's separator before a site name; before, the headline was cut after the quotation.
/// </summary>
public sealed class QuotedTitleTests
{
    [Theory]
    [InlineData("« Les bus de nuit changent la vie des villages » : entretien avec la présidente de la région")]
    [InlineData("Transports : « Nous voulons des bus toute la nuit » demandent les habitants")]
    public void AClosingGuillemet_CutsNothing(string line) => Assert.Equal((line, null), TitleSplitter.Split(line));

    [Fact]
    public void AGuillemetBetweenCrumbs_StillPartsTheSite()
        => Assert.Equal(("Le pont de Saint-Aubin fermé trois mois pour travaux", "Le Courrier"), TitleSplitter.Split("Le pont de Saint-Aubin fermé trois mois pour travaux » Le Courrier"));
}
