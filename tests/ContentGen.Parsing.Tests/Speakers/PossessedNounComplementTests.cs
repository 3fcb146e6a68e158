namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The person noun after a possessive may carry a short complement before the name ("La sua vicina
/// di casa, Ilda Sartori, ha scosso la testa.", "Sa voisine de palier, Anne Roux, …", "Su compañera
/// de trabajo Ana Gil …", "Haar buurvrouw van hiernaast, Ans Mol, …"): the named person is still the
/// sentence's subject, whom the quote with no cue after it means.
/// </summary>
public sealed class PossessedNounComplementTests
{
    [Theory]
    [InlineData("Emporio",
        "«Se entro marzo non arrivano i soldi, chiudiamo», ha detto il presidente della cooperativa, Claudio Rossetti.",
        "La sua vicina di casa, Ilda Sartori, ha scosso la testa. «Senza l’emporio passo giorni interi senza vedere nessuno».",
        "Ilda Sartori")]
    [InlineData("Emporio",
        "«Se entro marzo non arrivano i soldi, chiudiamo», ha detto il presidente della cooperativa, Claudio Rossetti.",
        "La sua vicina di casa Ilda Sartori ha scosso la testa. «Senza l’emporio passo giorni interi senza vedere nessuno».",
        "Ilda Sartori")]
    public void ANameAfterThePersonNounsComplement_SpeaksTheQuoteAfter(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // French and Dutch read the same sentence through other rules (a name set off after its noun's
    // words); these keep them read beside the Italian.
    [Theory]
    [InlineData("Épicerie",
        "« Si l’argent n’arrive pas en mars, nous fermons », a déclaré le président de la coopérative, Claude Roussel.",
        "Sa voisine de palier, Anne Roux, a secoué la tête. « Sans l’épicerie, je passe des journées entières sans voir personne. »",
        "Anne Roux")]
    [InlineData("Dorpswinkel",
        "“Als het geld er in maart niet is, gaan we dicht”, zei voorzitter Klaas Ruiter van de coöperatie.",
        "Haar buurvrouw van hiernaast, Hilde Smit, schudt het hoofd. “Zonder de winkel zie ik dagenlang niemand.”",
        "Hilde Smit")]
    public void ANameAfterThePersonNounsComplement_InFrenchAndDutch_SpeaksTheQuoteAfter(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // The complement runs on into a verb and an object: the named person is the object, whose words these are not.
    [Fact]
    public void ANameAfterTheVerbPastTheComplement_IsNotTheSubject()
        => Assert.NotEqual(
            "Ilda Sartori",
            QuoteSpeakers.Under(
                "Emporio",
                "«Se entro marzo non arrivano i soldi, chiudiamo», ha detto il presidente della cooperativa, Claudio Rossetti.",
                "La sua vicina di casa ha chiamato Ilda Sartori. «Senza l’emporio passo giorni interi senza vedere nessuno».")[1]);
}
