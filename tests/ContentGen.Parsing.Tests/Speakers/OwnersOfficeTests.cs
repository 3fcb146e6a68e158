using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaking for an organisation's part ("a spokeswoman for the Harbour Trust's
/// Valmont office") speaks for the organisation that owns it.
/// </summary>
public sealed class OwnersOfficeTests
{
    [Theory]
    [InlineData("The watchdog is seeking \"several fines\", a spokeswoman for the HSA's Valmont office told the BBC.", "HSA")]
    [InlineData("\"We will appeal,\" said a spokesman for Harbour Rail's London office.", "Harbour Rail")]
    public void ASpokesmanForAnOwnersOffice_SpeaksForTheOwner(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Fund managers charged", paragraph)[0]);

    [Fact]
    public void ASpokesmanForSomeonesRole_IsNoOne()
        => Assert.Null(QuoteSpeakers.Under("Fund managers charged", "\"We will appeal,\" said a spokesman for Harbour Rail's chairman.")[0]);
}
