using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone reports about a person, the next sentence makes that person its subject, and a quote
/// that speaks of someone as "he" ends on "he said": the words are about the subject, so the one
/// who reported says them (or no one, when the article shows the reporter is a woman). A quote
/// that does not speak of anyone by the pronoun, or a pronoun with no report before it, is read
/// as before.
/// </summary>
public sealed class TopicPronounTests
{
    private const string Report =
        "Harbour sailing club captain Tom Fenwick said on Sunday that young helmsman Alex Morrow needed a long winter rest. "
        + "Morrow, 19, won three races in June but has lost his touch in recent weeks. ";

    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour regatta ends in rain", paragraphs);

    [Theory]
    [InlineData("\"It has been a huge year for him and he was superb until the autumn,\" he said.")]
    [InlineData("\"He's had a huge year and nobody sailed better until the autumn,\" he said.")]
    public void AQuoteSpeakingOfTheSubjectAsHe_IsTheReportersWords(string quote)
        => Assert.Equal(new[] { "Tom Fenwick" }, Speakers(Report + quote));

    [Fact]
    public void AQuoteThatSpeaksOfNoOneAsHe_StaysTheSubjects()
        => Assert.Equal(new[] { "Alex Morrow" }, Speakers(Report + "\"I am tired and I want to go home for a while,\" he said."));

    [Fact]
    public void AReporterShownToBeAWoman_SaysNothingAfterHe_NorDoesTheSubject()
        => Assert.Equal(
            new string?[] { null },
            Speakers(Report.Replace("captain Tom Fenwick", "captain Ms Jane Fenwick") + "\"He's had a huge year and he was superb until the autumn,\" he said."));

    [Fact]
    public void APronounWithNoReportBefore_IsTheSalientPerson()
        => Assert.Equal(
            new[] { "Tom Fenwick" },
            Speakers("Club captain Tom Fenwick praised helmsman Alex Morrow after the last race. \"He sailed brilliantly all week,\" he said."));
}
