namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 63 (fresh), probes: a sentence that brings in a new person by a role, its complement and the name with no
/// comma ("Para el ingeniero de caminos Luis Ortega, …", "O engenheiro de minas Paulo Reis visita …"), then a quote
/// whose cue drops its subject: the quote is the newcomer's, not the one quoted before. Invented, in other words than
/// the fresh articles that showed it. Only Italian is read; the Spanish ("Para el ingeniero de caminos Luis Ortega, …"),
/// Portuguese ("O engenheiro de minas Paulo Reis visita …") and French ("Pour l'ingénieur des eaux Marc Delorme, …")
/// probes give the quote to the one before and are listed in docs/speakers.md (Session 63, fresh), unbuilt.
/// </summary>
public sealed class RoleComplementNameProbeTests
{
    [Theory]
    [InlineData("«Siamo senza acqua da un mese», ha detto Marta Gilli, residente del quartiere. ¶ Per l'esperto di trasporti Paolo Neri, la scelta arriva tardi. «Andava fatta dieci anni fa», spiega.", "Marta Gilli|Paolo Neri")]
    public void ARoleWithItsComplementBeforeTheName_BringsInTheNextQuotesSpeaker(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
