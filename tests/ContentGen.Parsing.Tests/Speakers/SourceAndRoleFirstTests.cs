using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a named source "according to" and a name set off by commas after the role that
/// opens its sentence are whom a later pronoun means, rather than someone named before; a source
/// that shows no person is not.
/// </summary>
public sealed class SourceAndRoleFirstTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour show opens its doors", paragraphs);

    [Fact]
    public void ANamedSourceAccordingTo_IsWhomALaterPronounMeans()
        => Assert.Equal(
            new[] { "Tom Baker", "Carla Fiorenza" },
            Speakers(
                "\"The show will be bigger than ever,\" said Tom Baker, who runs the hall.",
                "Most visitors come for the boats, according to Carla Fiorenza, head of the harbour trust. \"Nothing draws a crowd like a tall ship,\" she told the gathering."));

    [Fact]
    public void ANameBetweenCommasAfterTheOpeningRole_IsTheSubject()
        => Assert.Equal(
            new[] { "Tom Baker", "Robin Ashdown" },
            Speakers(
                "\"The show will be bigger than ever,\" said Tom Baker, who runs the hall.",
                "Head of marine studies at the Harbour Institute, Professor Robin Ashdown, said he had watched the fleet grow for years. He said: \"The quay will be full by noon.\""));

    [Fact]
    public void ASourceThatShowsNoPerson_IsNotWhomAPronounMeans()
        => Assert.Equal(
            new[] { "Nick Rowan", "Nick Rowan" },
            Speakers(
                "\"Printing at home has never been cheaper,\" said Nick Rowan, chief tester at Harbour Pro.",
                "According to Harbour Pro, a large print now costs less at home. \"Few shops can match that on price,\" he said."));
}
