using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The name set off by commas after a short description that opens the sentence ("One woman,
/// Victoria Calvi, found …"), at each edge: the sentence opens in capitals; the description is
/// someone brought in or a role, its first word and at most three lower-case words, none a
/// reporting verb; the name is two capitalised words or more, closed by a comma with a lower-case
/// word (its verb) after it.
/// </summary>
public sealed class OpeningDescriptionBoundaryTests
{
    private static string? Named(string sentence)
    {
        var tokens = OneSentence.Tokens(sentence);
        var subject = OneSentence.Cues.Phrase.ReadNamedAfterOpeningDescription(tokens);
        return subject.IsFound ? subject.Text : null;
    }

    [Theory]
    [InlineData("One woman, Victoria Calvi, found her sister")]
    [InlineData("One young local woman, Victoria Calvi, found her sister")]
    [InlineData("The chief, Victoria Calvi, found her sister")]
    [InlineData("The young chief, Victoria Calvi, found her sister")]
    [InlineData("The chief executive, Victoria Calvi, found her sister")]
    public void ANameBetweenCommas_AfterSomeoneDescribed_IsNamed(string sentence)
        => Assert.Equal("Victoria Calvi", Named(sentence));

    [Theory]
    [InlineData("one woman, Victoria Calvi, found her sister")]
    [InlineData("One very young local woman, Victoria Calvi, found her sister")]
    [InlineData("The film, Victoria Calvi, found her sister")]
    [InlineData("One, Victoria Calvi, found her sister")]
    [InlineData("One woman said, Victoria Calvi, found her sister")]
    [InlineData("One woman, Calvi, found her sister")]
    [InlineData("One woman, Victoria Calvi found her sister")]
    [InlineData("One woman, Victoria Calvi, Found her sister")]
    [InlineData("One woman, Victoria Calvi,")]
    public void AnythingElse_NamesNoOne(string sentence)
        => Assert.Null(Named(sentence));
}
