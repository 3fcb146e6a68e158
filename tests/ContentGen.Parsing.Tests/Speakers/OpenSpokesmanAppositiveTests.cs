using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The name phrase: a name, a comma and an organisation's spokesman or other role that no comma
/// closes ("Rhys Glyn Morgan, Harbour Party health spokesman said:") is the name's; the
/// organisation does not speak through someone unnamed.
/// </summary>
public sealed class OpenSpokesmanAppositiveTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Clinic queues to shorten, says board", paragraphs);

    [Theory]
    [InlineData("Rhys Glyn Morgan, Harbour Party health spokesman said: \"The new clinic opens far too late.\"", "Rhys Glyn Morgan")]
    [InlineData("Rhys Morgan, Harbour Party health spokesman, told reporters: \"The new clinic opens far too late.\"", "Rhys Morgan")]
    public void TheNameBeforeTheOpenAppositive_Speaks(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(paragraph));

    [Fact]
    public void APlaceBeforeTheComma_IsNoSpeaker()
        => Assert.NotEqual(new string?[] { "Cardiff" }, Speakers("In Cardiff, Harbour Party health spokesman said: \"The new clinic opens far too late.\""));
}
