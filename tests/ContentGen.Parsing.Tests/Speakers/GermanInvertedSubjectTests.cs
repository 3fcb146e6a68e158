namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an inverted German verb the subject closes the clause, and German writes every noun with
/// a capital: "sagte die Gewerkschaft Verdi" is an organisation named with its noun, "sagte die
/// Ingenieurin Sabine Roth" a person described by a noun no list needs to hold, and "sagte Sabine
/// Roth der Zeitung" a person and the paper she told.
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
    public void APersonDescribedOrTellingAPaper_IsThePerson(string sentence)
        => Assert.Equal(new[] { "Sabine Roth" }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a noun and one word may be a description and a place; inside a clause, where the
    // German verb comes last, a noun and the capitalised words after it are no subject.
    [Fact]
    public void ANounAndOneWord_IsNoOne()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " „Die Preise bleiben stabil“, sagte der Landwirt Talheim."));

    [Fact]
    public void ANounAndNamesInsideAClause_AreNoSubject()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " Die Stadt weiß, dass die Firma Acme Talheim Geld schuldet. Auf dem Plakat stand „Brücke jetzt“."));
}
