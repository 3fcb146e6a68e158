namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where every noun is capitalised, an inverted subject may be an article, an age, a noun of a
/// person (a role, a trade, a nationality, someone ordinary) and the full name after it ("sagt der
/// 79-jährige Rentner X"). Before, it gave no speaker, or a place named earlier in the sentence.
/// Without the age, a noun and capitalised words may be the verb's objects: no one.
/// </summary>
public sealed class ArticleNounNameTests
{
    [Fact]
    public void AnAgeANounAndAName_GiveTheName()
        => Assert.Equal(
            new[] { "Leonel Sarmento" },
            QuoteSpeakers.Under("Dürre", LanguageLeads.German,
                "Im Dorf Moinhos Velhos reden die Gäste über den Regen. „Heute ist Wasser Gold wert“, scherzt der 79-jährige Rentner Leonel Sarmento und blickt zum Himmel."));

    [Fact]
    public void WithoutAnAge_ANounAndCapitalisedWords_AreLeftAlone()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Dorffest", LanguageLeads.German,
                "„Wir lassen niemanden allein“, versprach die Nachbarin Kindern Süßigkeiten."));

    [Fact]
    public void AnAgeAndATradeBeforeTheName_GiveTheName()
        => Assert.Equal(
            new[] { "Lina Roth" },
            QuoteSpeakers.Under("Geburtshaus", LanguageLeads.German,
                "„Wir brauchen mehr Räume“, erzählt die 34-jährige Hebamme Lina Roth."));

    [Fact]
    public void AnAgeAloneBeforeTheName_GivesTheName()
        => Assert.Equal(
            new[] { "Gerd Lohmann", "Martine Roche" },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German,
                "Bürgermeister Gerd Lohmann sprach zuerst. „Ohne die Freiwilligen hätten wir Tote gehabt“, rief er.",
                "Im Saal war die Geduld am Ende. „Ich habe 1200 Euro Rente“, empörte sich die 71-jährige Martine Roche, deren Haus unter Wasser stand."));
}
