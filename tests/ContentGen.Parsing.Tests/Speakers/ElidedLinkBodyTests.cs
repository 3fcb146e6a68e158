namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Italian elides its link into the body's kind noun ("dell'azienda"), so the link and the noun are
/// one word; the body named right after it is the one whose letter or spokesperson speaks, as after
/// "della cooperativa X" (and "de la aseguradora X", "da seguradora X").
/// </summary>
public sealed class ElidedLinkBodyTests
{
    [Theory]
    [InlineData("Nella lettera dell’azienda Nordassi si legge: «I carri su rimorchi vecchi sono esclusi dalla polizza».", "Nordassi")]
    [InlineData("Nella nota dell'azienda Acque Tirrene si legge: «I lavori finiranno entro l'estate, come previsto».", "Acque Tirrene")]
    public void ADocumentOfABodyUnderAnElidedLink_IsTheBodys(string paragraph, string body)
        => Assert.Equal(new[] { body }, QuoteSpeakers.Under("Carri", paragraph));

    // A lower-case word after the noun: the capitalised name further on is not the body's.
    [Fact]
    public void ANameAfterTheNounsOwnWords_IsNotTheBody()
        => Assert.NotEqual(
            new[] { "Marco Rossi" },
            QuoteSpeakers.Under("Carri", "Nella lettera dell’azienda a Marco Rossi si legge: «I carri su rimorchi vecchi sono esclusi dalla polizza»."));
}
