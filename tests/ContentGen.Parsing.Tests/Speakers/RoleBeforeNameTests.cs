using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Output: a role noun capitalised at a sentence's start is no first name ("Midfielder Edo",
/// "Referee Graham Pollard" give Edo and Graham Pollard), nor is it one of the article's full names
/// that a later surname completes to.
/// </summary>
public sealed class RoleBeforeNameTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour beat Vale in cup tie", paragraphs);

    [Theory]
    [InlineData("Referee", "Graham Pollard")]
    [InlineData("Wing", "Christophe Dominguez")]
    [InlineData("Songwriter", "Guy Chalmers")]
    [InlineData("Keeper", "Tony Bullen")]
    [InlineData("Solicitor", "Gareth Pearce")]
    [InlineData("Backbencher", "Stephen Pounds")]
    [InlineData("Magistrate", "Ann Lister")]
    public void ARoleOpeningTheSentence_IsNoPartOfTheName(string role, string name)
        => Assert.Equal(new[] { name }, Speakers(role + " " + name + " said: \"We did everything we could on the day.\""));

    [Fact]
    public void ARoleBeforeALoneName_IsNoFullNameForIt()
        => Assert.Equal(
            new[] { "Edo", "Edo" },
            Speakers(
                "Midfielder Edo said: \"My family is settled here by the sea.\"",
                "\"I will sign whatever the club puts in front of me,\" said Edo."));

    [Fact]
    public void ARoleWordBeforeAnOrganisationsNoun_StaysInItsName()
        => Assert.Equal(
            new[] { "Premier League", "Premier League", "Premier League" },
            Speakers(
                "The Premier League will hear the appeal next month.",
                "\"Both clubs will be heard in full,\" a Premier League spokesman confirmed. \"Nothing has been decided yet.\"",
                "\"We will hear both clubs in the spring,\" said a spokesman for the League."));
}
