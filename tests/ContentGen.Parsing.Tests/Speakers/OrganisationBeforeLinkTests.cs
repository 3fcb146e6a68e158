namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation's noun anywhere before an employer link keeps the words after the link in its
/// name ("a Secretaria Estadual do Meio Ambiente", "the Harbour Council for the Arts of Valmont"):
/// before, only a noun right before the link did, and "Secretaria Estadual" spoke for "Meio Ambiente".
/// A person's name before the link still splits off the employer ("Ruth Lake of Harbour Rail").
/// </summary>
public sealed class OrganisationBeforeLinkTests
{
    [Fact]
    public void AnOrganisationNounBeforeTheAdjective_KeepsTheLinkInTheName()
        => Assert.Equal(
            new[] { "Secretaria Estadual do Meio Ambiente" },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " Em nota, a Secretaria Estadual do Meio Ambiente informou que enviou “todas as equipes disponíveis” para a região."));

    [Fact]
    public void APersonBeforeTheLink_StillSplitsOffTheEmployer()
        => Assert.Equal(
            new[] { "Ruth Lake" },
            QuoteSpeakers.Under("Rail plan", "\"We will not wait,\" said Ruth Lake of Harbour Rail."));

    [Fact]
    public void APortugueseNameBeforeTheLink_StillSplitsOffTheEmployer()
        => Assert.Equal(
            new[] { "Caio Nunes" },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " “Avisamos há anos”, disse Caio Nunes da Cerrado Vivo."));
}
