using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The subject of a passive reporting verb is whom the words are about, never who said them:
/// "Baker, who made a fortune, was called "one of the biggest pirates" by the judge" quotes the
/// judge. "He was speaking to reporters" is no passive.
/// </summary>
public sealed class PassiveSubjectTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Copier jailed for two years", "Tom Baker from Harbourtown was convicted of three copyright offences in May.", paragraph)[0];

    [Theory]
    [InlineData("Baker, who grew rich from his market stalls, was called \"the busiest copier on the coast\" by the sentencing judge.")]
    [InlineData("The plan was described as a \"fire sale of the harbour boards\" by one dockers' union.")]
    public void ThePassivesSubject_IsNoSpeaker(string paragraph)
        => Assert.Null(Speaker(paragraph));

    [Fact]
    public void AProgressive_IsNoPassive()
        => Assert.Equal("Tom Baker", Speaker("Mr Baker was speaking to reporters outside the court: \"I will appeal against this ruling.\""));
}
