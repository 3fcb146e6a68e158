using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after a longer opening phrase and its comma ("Born in 1912 and educated at Portsmouth
/// Northern Secondary School, Lord Callaghan became …") is the sentence's subject, whom a later
/// "he" means, though the phrase names places of its own.
/// </summary>
public sealed class LongOpeningAdverbialTests
{
    [Fact]
    public void ASubjectAfterALongOpeningPhrase_IsWhomHeMeans()
        => Assert.Equal(
            new[] { "Charles Kennedy", "Jim Callaghan" },
            QuoteSpeakers.Under(
                "Former prime minister dies",
                "Former prime minister Jim Callaghan has died at the age of 92.",
                "\"He was always full of warmth and wisdom,\" said Liberal Democrat leader Charles Kennedy.",
                "Born in 1912 and educated at Portsmouth Northern Secondary School, Lord Callaghan became a clerk at the Inland Revenue. He enlisted in the Royal Navy in 1942.",
                "When he refused to support the trade union plans in 1968, he said: \"I am not going to resign.\""));

    [Theory]
    // An object after the comma, a titled name further on.
    [InlineData("Mr Kennedy never led the party, assisting both Sir Jim Callaghan and Lord Owen.")]
    // A list of names after a clause of its own.
    [InlineData("Other guests include Tony Blair for Labour, Tom Baker for House of Lords and Lord Owen.")]
    public void NoSubjectAfterTheComma_LeavesTheSpeakerSalient(string paragraph)
        => Assert.Equal(
            new[] { "Charles Kennedy", "Charles Kennedy" },
            QuoteSpeakers.Under(
                "Former prime minister dies",
                "Former prime minister Jim Callaghan has died at the age of 92.",
                "\"He was always full of warmth and wisdom,\" said Liberal Democrat leader Charles Kennedy.",
                paragraph + " But he is not bitter, insisting: \"He was a giant.\""));

    [Fact]
    public void ANameInTheOpeningPhrase_IsNoSubject()
        => Assert.Equal(
            new[] { "Charles Kennedy", "Charles Kennedy" },
            QuoteSpeakers.Under(
                "Former prime minister dies",
                "Former prime minister Jim Callaghan has died at the age of 92.",
                "\"He was always full of warmth and wisdom,\" said Liberal Democrat leader Charles Kennedy.",
                "Asked about Lord Callaghan and the Inland Revenue years, Mr Kennedy smiled. He added: \"He was a giant.\""));
}
