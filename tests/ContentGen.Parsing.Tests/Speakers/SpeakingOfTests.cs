namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Parler de", "parlare di" report a speaker's own word for something, as "dénoncer" does: "Son
/// directeur artistique, Antoine Rivals, parle d'un « crève-cœur »", "il consigliere Stefano
/// Gualtieri, che ha parlato di «smantellamento mascherato»".
/// </summary>
public sealed class SpeakingOfTests
{
    [Fact]
    public void ParlerDe_ReportsTheSpeakersWord_InFrench()
        => Assert.Equal(
            new[] { "Antoine Rivals" },
            QuoteSpeakers.Under("Le festival annulé", LanguageLeads.French, "Son directeur artistique, Antoine Rivals, parle d'un « crève-cœur »."));

    [Fact]
    public void ParlareDi_ReportsTheSpeakersWord_InItalian()
        => Assert.Equal(
            new[] { "Stefano Gualtieri" },
            QuoteSpeakers.Under("Ospedali di montagna", LanguageLeads.Italian, "Di tutt'altro avviso il consigliere di opposizione Stefano Gualtieri, che ha parlato di «smantellamento mascherato»."));

    [Fact]
    public void AGroupSpeakingOf_IsTheGroup_InFrench()
        => Assert.Equal(
            new[] { "habitants" },
            QuoteSpeakers.Under("Le quai aux grains", LanguageLeads.French, "Désormais, les habitants parlent d'un « chantier sans fin »."));

    // Guard: an impersonal subject speaks for no one.
    [Fact]
    public void ParlerDe_WithNoSubject_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Le festival annulé", LanguageLeads.French, "On parle déjà d'un « crève-cœur » dans toute la ville."));
}
