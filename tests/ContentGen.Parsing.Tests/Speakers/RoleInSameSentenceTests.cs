using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Each quote's cue is its own. A source given before an earlier quote of the sentence ("D'après
/// Marie Leroy, « … », tandis que selon le préfet, « … »") is that quote's; a role reporting after
/// a later quote ("said Jane Roe, but '…,' the minister replied") is someone set beside the one
/// named, not that person, unless the article made them the role's holder.
/// </summary>
public sealed class RoleInSameSentenceTests
{
    [Fact]
    public void ARoleAfterANamedSpeakerOfItsSentence_IsSomeoneElse()
        => Assert.Equal(
            new[] { "Marie Leroy", null },
            QuoteSpeakers.Under("Santé : le dialogue bloqué", "D'après Marie Leroy, « la situation ne peut plus durer », tandis que selon le préfet, « tout est sous contrôle »."));

    [Theory]
    [InlineData("« La situation ne peut plus durer », a déclaré Marie Leroy, mais « tout est sous contrôle », a répondu le ministre.", "Marie Leroy")]
    [InlineData("\"We cannot go on like this,\" said Jane Roe, but \"nothing has changed,\" the minister replied.", "Jane Roe")]
    public void ARoleReportingAfterANamedSpeakerOfItsSentence_IsSomeoneElse(string paragraph, string named)
        => Assert.Equal(new[] { named, null }, QuoteSpeakers.Under("Le dialogue bloqué", paragraph));

    [Fact]
    public void ARoleInTheNextSentence_StillPointsBack()
        => Assert.Equal(
            new[] { "Marie Leroy", "Marie Leroy" },
            QuoteSpeakers.Under("Santé : le dialogue bloqué", "D'après Marie Leroy, « la situation ne peut plus durer ». Pour la présidente, « tout est bloqué »."));

    [Fact]
    public void ARoleTheArticleGaveTheNamedSpeaker_IsThatSpeaker()
        => Assert.Equal(
            new[] { "Marie Leroy", "Marie Leroy" },
            QuoteSpeakers.Under("Santé : le dialogue bloqué", "La présidente du collectif, Marie Leroy, a reçu la presse.", "D'après Marie Leroy, « la situation ne peut plus durer », et selon la présidente, « tout est bloqué »."));
}
