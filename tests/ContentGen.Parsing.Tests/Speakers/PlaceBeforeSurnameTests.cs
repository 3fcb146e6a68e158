namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A place glued before a surname with no comma ("speaking in Leeds Kowalczyk admitted") is no second
/// person of that surname: the surname still names the one person the article gave in full, in the
/// quotes before it too.
/// </summary>
public sealed class PlaceBeforeSurnameTests
{
    [Fact]
    public void APlaceBeforeTheSurname_LeavesTheSurnameToThePersonNamed()
        => Assert.Equal(
            new string?[] { "Marta Kowalczyk", "Marta Kowalczyk", "Marta Kowalczyk" },
            QuoteSpeakers.Under(
                "Tennis player returns",
                "Marta Kowalczyk returns to the tour after two years out of the game.",
                "She meets a qualifier in the first round. \"I still want to win every match,\" said Kowalczyk. \"I missed the noise of a full stand.\" Last spring she called a comeback unlikely, but speaking in Leeds Kowalczyk admitted: \"I said that because I could not tell how my knee would hold.\""));

    [Fact]
    public void TwoPeopleSharingTheSurname_StillLeaveItToNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Tennis sisters split",
                "Marta Kowalczyk and Ewa Kowalczyk will play for different clubs this season.",
                "\"It is time we each went our own way,\" said Kowalczyk."));
}
