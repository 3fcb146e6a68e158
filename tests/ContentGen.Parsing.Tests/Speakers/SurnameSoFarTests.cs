using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a surname means the one person the article has named in full so far. It turns
/// ambiguous only from the paragraph that names a second person with it (a reader who meets
/// "Hollis said" after "Jason Hollis" alone does not wait for an "Andy Hollis" further down),
/// and a surname named in full only later still means nobody.
/// </summary>
public sealed class SurnameSoFarTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour captain out of final", paragraphs);

    [Fact]
    public void ASurnameBeforeASecondPersonSharesIt_IsTheOneNamedSoFar()
        => Assert.Equal(
            new string?[] { "Jason Harwood", "Andy Harwood" },
            Speakers(
                "Harbour captain Jason Harwood will sit out the final after hurting his ankle in training.",
                "Harwood said: \"Sitting out a final is hard, but the squad will cope.\"",
                "And coach Andy Harwood said: \"Jason has carried this team all season.\""));

    [Fact]
    public void ASurnameAfterBothPeopleAreNamed_IsNobody()
        => Assert.Equal(
            new string?[] { "Andy Harwood", null },
            Speakers(
                "Harbour captain Jason Harwood will sit out the final after hurting his ankle in training.",
                "Coach Andy Harwood said: \"Jason has carried this team all season.\"",
                "Harwood said: \"Sitting out a final is hard, but the squad will cope.\""));

    [Fact]
    public void ASurnameBeforeAnyoneIsNamedWithIt_IsNobody_WhenTwoAreNamedLater()
        => Assert.Equal(
            new string?[] { null, "Andy Harwood" },
            Speakers(
                "Harwood said: \"Sitting out a final is hard, but the squad will cope.\"",
                "Harbour captain Jason Harwood will sit out the final after hurting his ankle in training.",
                "Coach Andy Harwood said: \"Jason has carried this team all season.\""));

    [Fact]
    public void APronounAfterACapitalisedWord_IsNoSurname()
        => Assert.Equal(
            new string?[] { null },
            Speakers(
                "The old ferry song is played at every harbour fete.",
                "Personally I find it tiresome. I wonder why anyone still calls it a \"classic\" tune."));
}
