using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaking for an organisation of three capitalised words or more speaks for
/// all of it: "een woordvoerder van de Regionale Zorgkamer Noord" is not an office's complement
/// ("Regionale") and its holder ("Zorgkamer Noord"), as "le ministre du Travail Marc Lenoir" is.
/// </summary>
public sealed class SpokesmanOfLongNameTests
{
    [Theory]
    [InlineData("Een woordvoerder van de Regionale Zorgkamer Noord zei: \"Ziekenhuizen mogen zelf beslissen.\"", "Regionale Zorgkamer Noord")]
    [InlineData("\"We will appeal,\" said a spokesman for Harbour Rail Services Group.", "Harbour Rail Services Group")]
    public void ASpokesmanForALongName_SpeaksForAllOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Zorg in de regio", paragraph)[0]);

    [Fact]
    public void AnOfficesComplementAndItsHolder_StillReadAsBefore()
        => Assert.Equal("Marc Lenoir", QuoteSpeakers.Under("Réforme", "« Nous irons jusqu'au bout », a déclaré le ministre du Travail Marc Lenoir.")[0]);
}
