using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name that a place, a party or a body and a lower-case description go before: the person is
/// the name at the end, not the capitalised word that opens the phrase ("Valmont physio Mark Dale"
/// is Mark Dale, not Valmont). And a role that someone's possessive goes before ("the prime
/// minister's official spokesman") is someone unnamed, not whoever was named last.
/// </summary>
public sealed class DescribedNameTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Squad named for the weekend", "The squad for the weekend match was named on Monday after a long week of training at the national centre.", paragraph)[0];

    [Theory]
    [InlineData("\"He should be fit again for the match on Sunday,\" said Harbour physio Mark Dale.", "Mark Dale")]
    [InlineData("\"It was a surprise, she had always been so quiet,\" said Valmont county archivist Jean Hollis.", "Jean Hollis")]
    [InlineData("\"This is more of their double talk on ferries,\" said Tory shadow local transport secretary Jane Roe.", "Jane Roe")]
    [InlineData("Tory backbencher Tom Vale told the paper: \"I would have cut the harbour dues sooner and by more.\"", "Tom Vale")]
    public void ANameAfterAPlaceOrPartyAndADescription_IsThePerson(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Theory]
    [InlineData("The club has struggled for form this winter. \"We need to keep our heads on the day,\" said Harbour man Hollis.")]
    public void ASurnameAfterAPlaceAndADescription_IsNoPlace(string paragraph)
        => Assert.NotEqual("Harbour", Speaker(paragraph));

    [Fact]
    public void ARoleAfterSomeonesPossessive_IsSomeoneUnnamed()
        => Assert.Null(QuoteSpeakers.Under(
            "Flood risk is real",
            "Home Secretary Jane Roe has also warned that the river could burst its banks in the town this winter. Asked about her words, the prime minister's official spokesman said: \"The danger is real.\"")[0]);

    [Theory]
    [InlineData("\"A ban would be far too harsh for one remark,\" Pablo Ruiz told sports daily Deportes.", "Pablo Ruiz")]
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
