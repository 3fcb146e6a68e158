namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch put the finite verb second, so what follows an inverted role ("räumte die
/// Landrätin … ein") up to the clause's end is its middle field: when it was said ("gleich zu
/// Beginn", "am Freitag", "dinsdag") and the verb's particle. Before, only a lower-case place or
/// listener could follow the role, so the quote had no speaker. A complement or a capitalised
/// place after the role may name another holder, so it still gives none.
/// </summary>
public sealed class RoleMiddleFieldTests
{
    private const string GermanIntro = "Landrätin Ulrike Feldmann eröffnete die Sitzung im Kreistag.";
    private const string DutchIntro = "Burgemeester Marloes Tiemens opende de vergadering in het dorpshuis.";

    [Fact]
    public void AParticleAfterTimeWords_ClosesTheCue()
        => Assert.Equal(
            new[] { "Ulrike Feldmann" },
            QuoteSpeakers.Under("Kreistag", LanguageLeads.German, GermanIntro,
                "„Wir haben die Anwohner zu spät informiert“, räumte die Landrätin gleich zu Beginn ein."));

    [Fact]
    public void AWeekdayAfterTheRole_TellsWhen()
        => Assert.Equal(
            new[] { "Ulrike Feldmann" },
            QuoteSpeakers.Under("Kreistag", LanguageLeads.German, GermanIntro,
                "„Die Straße bleibt bis zum Herbst gesperrt“, sagte die Landrätin am Freitag."));

    [Fact]
    public void ASplitVerbsParticle_ClosesTheCue()
        => Assert.Equal(
            new[] { "Ulrike Feldmann" },
            QuoteSpeakers.Under("Kreistag", LanguageLeads.German, GermanIntro,
                "„Das war ein Fehler der Verwaltung“, gab die Landrätin zu."));

    [Fact]
    public void ADutchWeekdayAfterTheRole_TellsWhen()
        => Assert.Equal(
            new[] { "Marloes Tiemens" },
            QuoteSpeakers.Under("Dorpshuis", LanguageLeads.Dutch, DutchIntro,
                "\"We hebben de bewoners te laat gewaarschuwd\", zei de burgemeester dinsdag."));

    [Fact]
    public void AComplementOrAPlaceAfterTheRole_GivesNoOne()
        => Assert.Equal(
            new string?[] { null, null },
            QuoteSpeakers.Under("Kreistag", LanguageLeads.German, GermanIntro,
                "„Die Straße bleibt bis zum Herbst gesperrt“, sagte die Landrätin des Nachbarkreises.",
                "„Wir warten auf das Land“, sagte die Landrätin am Freitag in Oberweiler."));
}
