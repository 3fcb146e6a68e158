using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Capitalised words that describe rather than name: a place or a prize before a person noun
/// (an epithet for someone named before), a nationality before a surname, and a person noun
/// between an organisation and a name.
/// </summary>
public sealed class EpithetAndNationalityTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour games open", paragraphs);

    [Theory]
    [InlineData("Ann Lee is confident of a medal. \"It was definitely a learning curve for me,\" said the Harbourtown athlete.")]
    [InlineData("Ann Lee won again. \"I believe in the spirit of the games,\" added the two-time Harbour Prize winner.")]
    public void APlaceOrPrizeBeforeAPersonNoun_IsAnEpithet_ForWhoeverWasNamed(string paragraph)
        => Assert.Equal("Ann Lee", Speakers(paragraph)[0]);

    [Fact]
    public void APlaceBeforeAPersonNoun_NamesNoOne_WhenNoOneWasNamed()
        => Assert.Null(Speakers("\"We were the better side today by far,\" says the Harbourtown man.")[0]);

    [Fact]
    public void AnAdjectiveInLowerCaseBeforeTheWords_IsNoArticle()
        => Assert.Null(Speakers("The mayor made a \"Nazi\" comment to a Jewish reporter.")[0]);

    [Fact]
    public void ANationalityBeforeASurname_IsThePersonNamedInFull()
        => Assert.Equal(
            "Lindsay Harbour",
            Speakers(
                "World number one Lindsay Harbour progressed. American Harbour will now face Ann Lee.",
                "Before the match, Harbour believes there is room. \"I started well and finished well, but played some games,\" she said.")[0]);

    [Fact]
    public void APersonNounBetweenAnOrganisationAndAName_LeavesTheName()
        => Assert.Equal(
            "Brian Harbour",
            Speakers("Ann Lee won. Sea Boys veteran Brian Harbour was another first-time winner. \"It represents triumph and achievement in music,\" he said.")[0]);

    [Theory]
    [InlineData("The 24-year-old Swiss added: \"At Pattaya there will not be as many people and the players are ranked lower.\"")]
    [InlineData("Speaking to Le Matin, the 24-year-old Swiss added: \"At Pattaya there will not be as many people and the players are ranked lower.\"")]
    public void AnAgeAndANationality_AreAnEpithet_ForWhoeverWasNamed(string paragraph)
        => Assert.Equal(
            "Martina Harbour",
            Speakers("Martina Harbour will play at the event as part of her charity work. \"The tournament is a test,\" she said.", paragraph)[1]);
}
