namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where nouns are capitalised, the word after an article or a possessive is a noun, not a first
/// name: "Ihr Herausforderer Jens Ahlers" names Jens Ahlers in full, so a later "Ahlers" opening a
/// sentence is him, whom "der 41-Jährige" or "er" then means. Before, the run of capitals was
/// no full name, the surname alone named no one, and the epithet took the woman quoted before.
/// </summary>
public sealed class GermanNounBeforeNameTests
{
    [Theory]
    [InlineData("„Wir haben gezeigt, dass wir da sind“, sagte der 41-Jährige.")]
    [InlineData("„Wir haben gezeigt, dass wir da sind“, sagte er.")]
    public void ANounAfterAPossessive_IsNoFirstName(string last)
        => Assert.Equal(
            new[] { "Sabine Weller", "Jens Ahlers" },
            QuoteSpeakers.Under(
                "Stichwahl in Grafenau",
                LanguageLeads.German,
                "Die Bürgermeisterin Sabine Weller hat die Stichwahl gewonnen. Ihr Herausforderer Jens Ahlers lag nur 214 Stimmen zurück.",
                "„Das ist ein Auftrag zum Zuhören“, sagte Weller. Ahlers ging noch am Abend nach Hause. " + last));

    // Guard: a name of three words with no article before it stays whole.
    [Fact]
    public void AThreeWordNameWithNoArticle_StaysWhole()
        => Assert.Equal(
            new[] { "Jens Brandt", "Anna Maria Vogel" },
            QuoteSpeakers.Under(
                "Stichwahl in Grafenau",
                LanguageLeads.German,
                "„Das ist ein Auftrag“, sagte Jens Brandt. Anna Maria Vogel lag nur 214 Stimmen zurück. Vogel ging noch am Abend nach Hause. „Wir haben gezeigt, dass wir da sind“, sagte sie."));

    // Guards: an organisation's noun keeps its name; a noun, a genitive and a body name no one.
    [Theory]
    [InlineData("Der Verein Grünes Lindau kritisierte den Plan als „völlig überzogen“.", "Verein Grünes Lindau")]
    [InlineData("In einem Brief an die Mitglieder des Fördervereins schrieb er, die Stadt stehe „ohne Wenn und Aber“ hinter dem Museum.", null)]
    public void AnOrganisationOrAGenitive_IsReadAsBefore(string paragraph, string? speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Einbruch ins Museum", LanguageLeads.German, paragraph));
}
