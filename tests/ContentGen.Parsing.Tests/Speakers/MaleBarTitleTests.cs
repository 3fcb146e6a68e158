namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German names a woman of the bar "Rechtsanwältin" or "Verteidigerin": the
/// masculine title before a name ("Rechtsanwalt Martin Seidl", "Verteidiger Jan Brandt") says the
/// person is a man, so a later "sie" does not mean him. Before, "sagte sie" about a witness went to
/// the lawyer, whose gender nothing gave.
/// </summary>
public sealed class MaleBarTitleTests
{
    [Fact]
    public void SheAfterALawyerNamedWithTheMasculineTitle_IsNotTheLawyer()
        => Assert.NotEqual(
            "Martin Seidl",
            QuoteSpeakers.Under("Prozess", LanguageLeads.German,
                "Rechtsanwalt Martin Seidl verwies auf das Geständnis. „Wir prüfen das Urteil in Ruhe“, sagte Seidl.",
                "Als Zeugin hatte eine frühere Pflegekraft ausgesagt. Die 34-Jährige berichtete, sie sei unter Druck gesetzt worden. „Wer nachfragte, bekam weniger Schichten“, sagte sie.").Last());

    [Fact]
    public void SheAfterADefenderNamedWithTheMasculineTitle_IsNotTheDefender()
        => Assert.NotEqual(
            "Jan Brandt",
            QuoteSpeakers.Under("Prozess", LanguageLeads.German,
                "Verteidiger Jan Brandt sprach von einem Fehler. „Mein Mandant bereut“, sagte Brandt.",
                "Die Nachbarin hatte den Mann gesehen. „Er stand jeden Tag vor der Tür“, sagte sie.").Last());

    [Fact]
    public void HeAfterALawyerNamedWithTheMasculineTitle_StaysTheLawyer()
        => Assert.Equal(
            new[] { "Martin Seidl", "Martin Seidl" },
            QuoteSpeakers.Under("Prozess", LanguageLeads.German,
                "Rechtsanwalt Martin Seidl verwies auf das Geständnis. „Wir prüfen das Urteil in Ruhe“, sagte Seidl.",
                "Ob er in Revision gehe, ließ er offen. „Das entscheidet mein Mandant“, sagte er."));
}
