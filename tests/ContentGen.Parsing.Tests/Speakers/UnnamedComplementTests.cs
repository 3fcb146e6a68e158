namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed after another noun and its link ("The daughter of one resident … said") is
/// whom that noun is about, not who speaks: before, "resident" was the speaker. Someone unnamed
/// heading the phrase ("said one resident", "a resident of the street told reporters") still speaks.
/// </summary>
public sealed class UnnamedComplementTests
{
    [Fact]
    public void SomeoneUnnamedAfterALink_IsNotTheSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Care home fraud", "The daughter of one resident, who asked not to be named, said outside court: \"Mum never knew.\""));

    [Theory]
    [InlineData("A resident of the street told reporters: \"Mum never knew.\"")]
    [InlineData("\"Mum never knew,\" said one resident.")]
    public void SomeoneUnnamedHeadingThePhrase_StillSpeaks(string paragraph)
        => Assert.Equal(new[] { "resident" }, QuoteSpeakers.Under("Care home fraud", paragraph));
}
