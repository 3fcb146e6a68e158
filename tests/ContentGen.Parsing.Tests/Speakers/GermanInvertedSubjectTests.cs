namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an inverted German verb the subject closes the clause, and German writes every noun with
/// a capital: "sagte die Gewerkschaft Verdi" is an organisation named with its noun, "sagte die
/// Ingenieurin Sabine Roth" a person described by her occupation, and "sagte Sabine Roth der
/// Zeitung" a person and the paper she told. A capitalised word may be any noun: a day, a month, a
/// part of the day or those who listen are no name, and a noun no list holds says nothing.
/// </summary>
public sealed class GermanInvertedSubjectTests
{
    [Theory]
    [InlineData("„Die Preise bleiben stabil“, sagte die Gewerkschaft Verdi.", "Gewerkschaft Verdi")]
    [InlineData("„Die Preise bleiben stabil“, sagte der Verein Brückenfreunde.", "Verein Brückenfreunde")]
    [InlineData("„Die Preise bleiben stabil“, teilte die Gewerkschaft Verdi mit.", "Gewerkschaft Verdi")]
    public void AnOrganisationsNounAndName_AfterTheVerb_IsTheOrganisation(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    [Theory]
    [InlineData("„Die Preise bleiben stabil“, sagte die Ingenieurin Sabine Roth.")]
    [InlineData("„Die Preise bleiben stabil“, sagte die Ingenieurin Sabine Roth am Montag.")]
    [InlineData("„Die Preise bleiben stabil“, sagte Sabine Roth der Zeitung.")]
    [InlineData("„Die Preise bleiben stabil“, sagte Sabine Roth dem Sender.")]
    [InlineData("„Die Preise bleiben stabil“, sagte Sabine Roth der Deutschen Presse-Agentur.")]
    [InlineData("„Die Preise bleiben stabil“, sagte Sabine Roth dem Hessischen Rundfunk am Abend.")]
    [InlineData("„Die Preise bleiben stabil“, sagte Sabine Roth der Westfälischen Tageszeitung.")]
    public void APersonDescribedOrTellingAPaper_IsThePerson(string sentence)
        => Assert.Equal(new[] { "Sabine Roth" }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a noun and one word may be a description and a place; inside a clause, where the
    // German verb comes last, a noun and the capitalised words after it are no subject.
    [Theory]
    [InlineData("„Die Preise bleiben stabil“, sagte der Nachbar Talheim.")]
    [InlineData("„Die Preise bleiben stabil“, erklärte der Verband Anfang März.")]
    [InlineData("„Die Preise bleiben stabil“, sagte die Gewerkschaft Mittwoch.")]
    [InlineData("„Die Preise bleiben stabil“, erklärte die Ingenieurin Ende Mai.")]
    [InlineData("„Wir lassen niemanden allein“, versprach die Nachbarin Kindern Süßigkeiten.")]
    [InlineData("„Die Preise bleiben stabil“, sagte der Verein Reportern.")]
    public void ANounAndWordsThatNameNoOne_IsNoOne(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    [Fact]
    public void ANounAndNamesInsideAClause_AreNoSubject()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " Die Stadt weiß, dass die Firma Acme Talheim Geld schuldet. Auf dem Plakat stand „Brücke jetzt“."));

    // A surname alone, for a person named before, and a quote cut by the cue.
    [Fact]
    public void ASurnameTellingAnAgency_IsThePersonNamedBefore()
        => Assert.Equal(
            new[] { "Sabine Roth", "Sabine Roth", "Sabine Roth" },
            QuoteSpeakers.Under(
                "Neue Brücke",
                LanguageLeads.German + " Die Stadt hat die Ingenieurin Sabine Roth beauftragt. „Wir haben“, sagte Roth der Deutschen Presse-Agentur, „noch drei Monate Zeit.“",
                "„Das reicht“, sagte Roth dem Bayerischen Rundfunk nach der Sitzung."));

    // Guard: a listener's noun after adjectives that a name goes on after is no listener.
    [Fact]
    public void AListenersNounAfterAdjectivesInsideAName_StaysInIt()
        => Assert.Equal(
            new[] { "Verband der Freien Sender Nord" },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " „Die Preise bleiben stabil“, sagte ein Sprecher des Verbands der Freien Sender Nord."));

    // Guard: a listener's noun inside an organisation's name, with the name going on, stays in it.
    [Fact]
    public void AListenersNounInsideAName_StaysInIt()
        => Assert.Equal(
            new[] { "Verband der Sender Nord" },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " „Die Preise bleiben stabil“, sagte ein Sprecher des Verbands der Sender Nord."));
}
