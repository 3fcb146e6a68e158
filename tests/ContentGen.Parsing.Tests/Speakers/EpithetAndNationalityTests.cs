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
    [InlineData("Ann Lee is confident of a medal. \"I learned more in that race than in a whole season,\" said the Harbourtown athlete.")]
    [InlineData("Ann Lee won again. \"I still love the feel of the big days,\" added the two-time Harbour Prize winner.")]
    public void APlaceOrPrizeBeforeAPersonNoun_IsAnEpithet_ForWhoeverWasNamed(string paragraph)
        => Assert.Equal("Ann Lee", Speakers(paragraph)[0]);

    [Fact]
    public void APlaceBeforeAPersonNoun_NamesNoOne_WhenNoOneWasNamed()
        => Assert.Null(Speakers("\"We ran them off their feet from the start,\" says the Harbourtown man.")[0]);

    [Fact]
    public void AnAdjectiveInLowerCaseBeforeTheWords_IsNoArticle()
        => Assert.Null(Speakers("The mayor made a \"foolish\" remark to a young reporter.")[0]);

    [Fact]
    public void ANationalityBeforeASurname_IsThePersonNamedInFull()
        => Assert.Equal(
            "Kate Harbour",
            Speakers(
                "Top seed Kate Harbour went through. American Harbour will now meet Ann Lee.",
                "Before the final, Harbour thinks she can still improve. \"I opened strongly and closed strongly, but drifted in the middle,\" she said.")[0]);

    [Fact]
    public void APersonNounBetweenAnOrganisationAndAName_LeavesTheName()
        => Assert.Equal(
            "Ray Harbour",
            Speakers("Ann Lee won. Blue Gulls veteran Ray Harbour was another first-time winner. \"It says the years on the road were worth it,\" he said.")[0]);

    [Theory]
    [InlineData("The 24-year-old Swiss added: \"At Valmont there will be fewer fans and the field is not so strong.\"")]
    [InlineData("Speaking to La Gazette, the 24-year-old Swiss added: \"At Valmont there will be fewer fans and the field is not so strong.\"")]
    public void AnAgeAndANationality_AreAnEpithet_ForWhoeverWasNamed(string paragraph)
        => Assert.Equal(
            "Nina Harbour",
            Speakers("Nina Harbour will play in the exhibition to raise money for the lifeboats. \"It is a good warm-up,\" she said.", paragraph)[1]);
}
