namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>A broadcaster's channel controller is a role, as a director is: the name after it speaks.</summary>
public sealed class ControllerRoleTests
{
    [Fact]
    public void AChannelController_BeforeANameAndAColon_GivesTheName()
        => Assert.Equal(
            new string?[] { "Ross Kemble" },
            QuoteSpeakers.Under(
                "Quiz show moves channel",
                "The quiz will return in spring in a longer format. Channel Nine controller Ross Kemble: \"It is a new start for the show, and we want it to be bigger.\""));

    [Fact]
    public void AChannelController_AfterTheVerb_GivesTheName()
        => Assert.Equal(
            new string?[] { "Ross Kemble" },
            QuoteSpeakers.Under(
                "Quiz show moves channel",
                "The quiz will return in spring. \"It is a new start for the show,\" said Channel Nine controller Ross Kemble."));
}
