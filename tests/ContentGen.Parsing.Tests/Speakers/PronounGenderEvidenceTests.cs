using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Gender evidence from pronouns: a pronoun that only ever means a man or a woman, after the name
/// that opens its sentence with nothing between that could be meant instead, gives that name's
/// gender, so that a pronoun of the other gender passes that name by.
/// </summary>
public sealed class PronounGenderEvidenceTests
{
    private static Gender GenderOf(string surname, params string[] paragraphs)
    {
        var genders = new Genders(SpeechTables.For("en"));
        foreach (var paragraph in paragraphs)
        {
            genders.Read(paragraph);
        }

        return genders.Of(surname);
    }

    [Theory]
    [InlineData("Jon Vale said he would stay on as harbour master.", "Vale", "Male")]
    [InlineData("Ann Lee was praised for her work on the harbour plan.", "Lee", "Female")]
    [InlineData("But Jon Vale told reporters that he had no regrets.", "Vale", "Male")]
    [InlineData("Jon Vale thanked the coach for his help.", "Vale", "Unknown")]
    [InlineData("Jon Vale thanked Ann Lee for her help.", "Vale", "Unknown")]
    [InlineData("Jon Vale's wife said she was proud.", "Vale", "Unknown")]
    [InlineData("Jon Vale said: \"She is the best we have.\"", "Vale", "Unknown")]
    [InlineData("In the end, Jon Vale said he would stay.", "Vale", "Unknown")]
    [InlineData("The Harbour Trust, he said, would pay for the repairs.", "Trust", "Unknown")]
    [InlineData("Jon Vale has failed the town, she claimed.", "Vale", "Unknown")]
    [InlineData("Ann Lee, a friend of the mayor, said he was wrong.", "Lee", "Unknown")]
    public void APronounAfterTheSentencesOpeningName_GivesItsGender(string paragraph, string surname, string expected)
        => Assert.Equal(expected, GenderOf(surname, paragraph).ToString());

    [Fact]
    public void PronounsOfBothGenders_LeaveTheNameUnknown()
        => Assert.Equal(Gender.Unknown, GenderOf("Vale", "Jon Vale said he would stay.", "Jon Vale said she was wrong."));

    [Fact]
    public void AShe_SkipsTheSalientManShownByHisPronoun_ForTheWomanShownByHers()
        => Assert.Equal(new[] { "Ann Lee" }, QuoteSpeakers.Under(
            "Harbour council picks new leader",
            "Ann Lee was praised for her work on the harbour plan.",
            "Jon Vale said he would open the meeting on Monday.",
            "\"We have waited long enough for this harbour,\" she said."));
}
