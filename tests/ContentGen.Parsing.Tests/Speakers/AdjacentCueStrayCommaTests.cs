using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S1 after the quote, with a stray comma between the speaker's name (and where they work) and
/// the verb: <c>"…," Ann Marlow from the Harbour Traders Guild, told the Gazette</c>.
/// The name still speaks; a comma that opens anything but the verb is read as before.
/// </summary>
public sealed class AdjacentCueStrayCommaTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new AdjacentCue(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow from the Harbour Traders Guild, told the Gazette.", "Ann Marlow")]
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow, told reporters.", "Ann Marlow")]
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow of Acme, said on Monday.", "Ann Marlow")]
    [InlineData("«Los puestos abrirán al alba», Ana Ruiz, dijo a los periodistas.", "Ana Ruiz")]
    [InlineData("«Le bancarelle apriranno all'alba», Marco Bassi, ha detto ai cronisti.", "Marco Bassi")]
    public void AStrayCommaBeforeTheVerb_LeavesTheNameSpeaking(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // A second name after the comma is someone else, and the verb is theirs.
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow, Ann Lee said.")]
    public void ANameAfterTheComma_IsNotSkipped(string sentence)
        => Assert.NotEqual("Ann Marlow", Speaker(sentence));

    [Theory]
    // What follows the comma is a clause about the name, not its verb.
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow, who runs the show.")]
    [InlineData("\"Stalls will open at dawn,\" Ann Marlow, and the crowd cheered.")]
    public void NoVerbAfterTheComma_NamesNobody(string sentence)
        => Assert.Null(Speaker(sentence));
}
