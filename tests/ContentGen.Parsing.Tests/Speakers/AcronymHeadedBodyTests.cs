namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An article, an acronym and a capitalised name ("gegen die HSG Talheim", "van de SV Westerkamp") is a
/// body's name headed by its abbreviation: its last word opening a later sentence is no one's surname,
/// so a pronoun after it is not the body's.
/// </summary>
public sealed class AcronymHeadedBodyTests
{
    [Theory]
    [InlineData("de", "Der TSV Lindach hat am Samstag gegen die HSG Talheim gewonnen. Trainer Jonas Weber jubelte nach dem Spiel.",
        "Talheim lag zur Pause vorn, und Weber wurde in der Kabine laut. „Wir haben uns nicht aufgegeben“, sagte er.", "Jonas Weber")]
    [InlineData("nl", "De VV Oosterveen won zaterdag van de SV Westerkamp. Trainer Henk Bakker was tevreden.",
        "Westerkamp stond bij de rust voor, maar Bakker bleef rustig. \"We hebben doorgezet\", zei hij.", "Henk Bakker")]
    public void AClubsNameAfterItsAbbreviation_IsNoOnesSurname(string language, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    // Stops: initials with no article before them may be a person's; a title after the acronym names a person.
    [Theory]
    [InlineData("de", "Die Rede hielt TJ Brandt. Trainer Jonas Weber hörte zu.", "Brandt sprach lange. „Das reicht nicht“, sagte er.", "TJ Brandt")]
    [InlineData("de", "Im Saal saß auch der SPD Stadtrat Peter Roth. Trainer Jonas Weber hörte zu.", "Roth meldete sich zu Wort. „Das reicht nicht“, sagte er.", "Peter Roth")]
    public void InitialsWithNoArticle_OrATitleAfterThem_NameAPerson(string language, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));
}
