using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name that a place, a party or a body and a lower-case description go before: the person is
/// the name at the end, not the capitalised word that opens the phrase ("Wales physio Mark Davies"
/// is Mark Davies, not Wales). And a role that someone's possessive goes before ("the prime
/// minister's official spokesman") is someone unnamed, not whoever was named last.
/// </summary>
public sealed class DescribedNameTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Squad named for the weekend", "The squad for the weekend match was named on Monday after a long week of training at the national centre.", paragraph)[0];

    [Theory]
    [InlineData("\"He will not figure in the game on Saturday,\" said Harbour physio Mark Davies.", "Mark Davies")]
    [InlineData("\"It is incredible and he was so soft-spoken,\" said Florida county archivist Jody Norman.", "Jody Norman")]
    [InlineData("\"This is typical of their hypocrisy on housing,\" said Tory shadow local government secretary Caroline Spelman.", "Caroline Spelman")]
    [InlineData("Tory backbencher Edward Leigh told the paper: \"I would come up sooner with much greater tax cuts.\"", "Edward Leigh")]
    public void ANameAfterAPlaceOrPartyAndADescription_IsThePerson(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Theory]
    [InlineData("The club has struggled for form this winter. \"We have got to get the focus right on the day,\" said Harbour man Humphreys.")]
    public void ASurnameAfterAPlaceAndADescription_IsNoPlace(string paragraph)
        => Assert.NotEqual("Harbour", Speaker(paragraph));

    [Fact]
    public void ARoleAfterSomeonesPossessive_IsSomeoneUnnamed()
        => Assert.Null(QuoteSpeakers.Under(
            "Threat of attack is real",
            "Home Secretary Charles Clarke has also warned that a pre-election bombing could happen in the UK too. Asked about the comments, the prime minister's official spokesman said: \"We believe the threat is real.\"")[0]);

    [Theory]
    [InlineData("\"A fine is sufficient punishment for what he said,\" Alberto Flores told sports daily Marca.", "Alberto Flores")]
    [InlineData("\"We beat them fair and square on the night,\" said Harbour coach Tom Fox after Harbour beat Valmont in the final.", "Tom Fox")]
    public void AVerbAndItsObject_AreNoDescription(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Fact]
    public void ATitledNameBeforeADay_StaysTheName()
        => Assert.Equal("Andrea Vogt", QuoteSpeakers.Under(
            "Stadtwerke erhöhen Gaspreis",
            "Die Stadtwerke erhöhen zum 1. April den Gaspreis für Privatkunden um durchschnittlich 33 Prozent.",
            "„Wir haben die Erhöhung so lange wie möglich hinausgezögert“, sagte Geschäftsführerin Andrea Vogt am Montag.")[0]);

    [Fact]
    public void AnOrganisationsRunThatIsNoName_StaysTheSpeaker()
        => Assert.Equal("Harbour Rail", Speaker("\"We will run more trains from May,\" said Harbour Rail on Monday."));
}
