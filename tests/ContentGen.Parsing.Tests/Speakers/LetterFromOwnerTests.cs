using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A letter or memo speaks for whoever sent it: "the letter from Tidelink said" gives Tidelink, as "a
/// statement of Acme" gives Acme.
/// </summary>
public sealed class LetterFromOwnerTests
{
    [Theory]
    [InlineData("\"We wish to confirm that our bid remains open,\" the letter from Tidelink said.", "Tidelink")]
    [InlineData("The letter from Harbour Rail said the line would \"reopen within days\".", "Harbour Rail")]
    [InlineData("\"We will not sell,\" said a memo from Tom Baker.", "Tom Baker")]
    public void ALetterFromItsSender_SpeaksForTheSender(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Telecoms bid rejected", paragraph)[0]);

    [Fact]
    public void ALetterFromAPlace_IsNoOne()
        => Assert.Null(QuoteSpeakers.Under("Telecoms bid rejected", "\"We will not sell,\" the letter from home said.")[0]);
}
