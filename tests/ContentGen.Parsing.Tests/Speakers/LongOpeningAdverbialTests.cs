using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after a longer opening phrase and its comma ("Born in 1931 and schooled at Harbourbank
/// Grammar School, Lord Hollis became …") is the sentence's subject, whom a later
/// "he" means, though the phrase names places of its own.
/// </summary>
public sealed class LongOpeningAdverbialTests
{
    // An obituary: the death, then a tribute that makes Peter Vale the salient speaker.
    private static string?[] AfterTheTribute(params string[] paragraphs)
        => QuoteSpeakers.Under(
            "Former prime minister dies",
            new[]
            {
                "Former prime minister Jim Hollis has died at the age of 88.",
                "\"He was always kind and always curious,\" said Liberal Democrat leader Peter Vale.",
            }.Concat(paragraphs).ToArray());

    [Fact]
    public void ASubjectAfterALongOpeningPhrase_IsWhomHeMeans()
        => Assert.Equal(
            new[] { "Peter Vale", "Jim Hollis" },
            AfterTheTribute(
                "Born in 1931 and schooled at Harbourbank Grammar School, Lord Hollis became a junior clerk at the Harbour Board. He joined the merchant fleet in 1950.",
                "When he would not back the dock strike in 1972, he said: \"I will not step down.\""));

    [Theory]
    // An object after the comma, a titled name further on.
    [InlineData("Mr Vale never sat in his cabinet, helping both Sir Jim Hollis and Lord Dale.")]
    // A list of names after a clause of its own.
    [InlineData("Other guests include Ann Lee for Labour, Tom Baker for House of Lords and Lord Dale.")]
    public void NoSubjectAfterTheComma_LeavesTheSpeakerSalient(string paragraph)
        => Assert.Equal(
            new[] { "Peter Vale", "Peter Vale" },
            AfterTheTribute(
                paragraph + " But he is not gloomy, insisting: \"He was one of a kind.\""));

    [Fact]
    public void ANameInTheOpeningPhrase_IsNoSubject()
        => Assert.Equal(
            new[] { "Peter Vale", "Peter Vale" },
            AfterTheTribute(
                "Asked about Lord Hollis and the Harbour Board years, Mr Vale smiled. He added: \"He was one of a kind.\""));
}
