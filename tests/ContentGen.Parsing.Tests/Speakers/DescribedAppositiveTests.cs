using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Between a name and its verb, an appositive says what the person is: one opened by an article
/// and all in lower case does so whatever its noun ("a former harbour pilot"), and `counsel` is
/// a role as `lawyer` is.
/// </summary>
public sealed class DescribedAppositiveTests
{
    private static string?[] Speakers(string paragraph) => QuoteSpeakers.Under("Harbour vote case", paragraph);

    [Theory]
    [InlineData("Tom Vale, a former harbour pilot, said the two skippers were \"closely tied\" to the quay board.")]
    [InlineData("Tom Vale, the oldest pilot on the quay, said the two skippers were \"closely tied\" to the quay board.")]
    [InlineData("Tom Vale, counsel for the dockers, accused the two skippers of being \"closely tied\" to the quay board.")]
    public void TheNameBeforeTheAppositive_IsTheSpeaker(string paragraph)
        => Assert.Equal(new[] { "Tom Vale" }, Speakers(paragraph));

    [Fact]
    public void AnAppositiveWithACapitalisedWord_StillNeedsARole()
        => Assert.Equal(new string?[] { null }, Speakers("In Valmont, a town of Harbour Bay, people said the plan was \"deeply flawed\"."));
}
