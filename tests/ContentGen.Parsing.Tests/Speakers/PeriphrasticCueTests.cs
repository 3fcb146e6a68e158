using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb phrase after a quote: a periphrasis that reports whole ("», a fait savoir X",
/// "», a fait valoir X", "», a laissé entendre X"), or a verb of will before a reporting infinitive
/// ("», a tenu à rappeler X", "», a voulu préciser X"). A verb of will before an infinitive that
/// does not report ("», a voulu partir X") is no cue.
/// </summary>
public sealed class PeriphrasticCueTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Le port de Valmont ferme ses quais", paragraph)[0];

    [Theory]
    [InlineData("« Les quais fermeront en juin », a fait savoir Paul Girard.")]
    [InlineData("« Les quais fermeront en juin », a fait valoir mardi Paul Girard.")]
    [InlineData("« Les quais fermeront en juin », a laissé entendre Paul Girard.")]
    [InlineData("« Rien n'est encore décidé », a tenu à rappeler Paul Girard.")]
    [InlineData("« Rien n'est encore décidé », a voulu préciser Paul Girard devant les pêcheurs.")]
    public void AReportingVerbPhrase_AfterTheQuote_NamesItsSubject(string paragraph)
        => Assert.Equal("Paul Girard", Speaker(paragraph));

    [Fact]
    public void AVerbOfWill_BeforeAnInfinitiveThatDoesNotReport_IsNoCue()
        => Assert.Null(Speaker("« Les quais fermeront en juin », a voulu partir Paul Girard."));
}
