using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A paragraph that names someone only as a possessor ("It was Okafor's third title."), after the
/// salient person was named in an earlier paragraph: an age or a role said next may mean either,
/// so no one is given. The salient person's own possessive, or the salient person named again in
/// the paragraph, leaves the role meaning them.
/// </summary>
public sealed class PossessedNewcomerTests
{
    private const string Before = "Tom Brackley won the men's race on the harbour track.";

    private static string? LastSpeaker(params string[] paragraphs)
    {
        var speakers = QuoteSpeakers.Under("Harbour games close", paragraphs);
        return speakers[speakers.Length - 1];
    }

    [Theory]
    [InlineData("The champion cleared a new mark in the high jump. It was Okafor's third title of the winter. \"I feel lighter than ever,\" the 24-year-old told reporters.")]
    [InlineData("The champion cleared a new mark in the high jump. It was Okafor's third title of the winter. \"I feel lighter than ever,\" said the champion.")]
    [InlineData("The champion cleared a new mark in the high jump. The crowd rose for Okafor's last jump of the night. \"I feel lighter than ever,\" the 24-year-old told reporters.")]
    public void APossessorNamedSince_LeavesTheAgeOrRole_ToNoOne(string paragraph)
        => Assert.Null(LastSpeaker(Before, paragraph));

    [Fact]
    public void APossessorNamedSince_InDutch_LeavesTheAge_ToNoOne()
        => Assert.Null(LastSpeaker(
            "Tom Brackley won zondag de race over vijf kilometer.",
            "De kampioene sprong een nieuw record. Het was Okafor's derde titel van de winter. \"Ik voel me lichter dan ooit\", zei de 24-jarige."));

    [Fact]
    public void TheSalientPersonsOwnPossessive_LeavesTheAge_ToThem()
        => Assert.Equal(
            "Tom Brackley",
            LastSpeaker(Before, "He cleared a new mark in the high jump. It was Brackley's third title of the winter. \"I feel lighter than ever,\" the 24-year-old told reporters."));

    [Fact]
    public void ThePossessorNamedWithTheSalientPerson_InTheParagraph_LeavesTheAge_ToTheSalient()
        => Assert.Equal(
            "Tom Brackley",
            LastSpeaker("Tom Brackley broke Okafor's old mark in the high jump. \"I feel lighter than ever,\" the 24-year-old told reporters."));

    [Fact]
    public void NoPossessor_LeavesTheAge_ToTheSalient()
        => Assert.Equal(
            "Tom Brackley",
            LastSpeaker(Before, "The champion cleared a new mark in the high jump. \"I feel lighter than ever,\" the 24-year-old told reporters."));
}
