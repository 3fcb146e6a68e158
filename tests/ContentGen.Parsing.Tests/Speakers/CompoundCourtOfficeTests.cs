namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Schiedsrichter Tobias Lenzinger", "Amtsrichter Uwe Brandl": a court's or a match's office
/// compounded on "Richter" is a title before the name, as "Richterin" and its compounds are.
/// "Richter" alone stays out of the titles (it is a surname as often as a judge), but no surname
/// is written "Schiedsrichter": the speaker kept the office in the name (fresh articles of session 56).
/// </summary>
public sealed class CompoundCourtOfficeTests
{
    [Theory]
    [InlineData("„Ich habe sofort unterbrochen“, sagte Schiedsrichter Paul Danner.", "Paul Danner")]
    [InlineData("Amtsrichter Uwe Brandl sah das anders. „Der Angeklagte zeigt keine Reue“, sagte er.", "Uwe Brandl")]
    [InlineData("„Die Flasche kam von der Tribüne“, berichtete Linienrichter Jonas Kessler.", "Jonas Kessler")]
    [InlineData("„Das Urteil ist rechtskräftig“, sagte Jugendrichterin Maren Sauer.", "Maren Sauer")]
    public void AnOfficeCompoundedOnRichter_IsNoPartOfTheName_InGerman(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Urteil nach Spielabbruch", LanguageLeads.German, paragraph));

    [Theory]
    [InlineData("‘Ik was bang voor mijn assistenten,’ zei scheidsrechter Joris Dam.", "Joris Dam")]
    [InlineData("Kantonrechter Els Dijk was duidelijk. ‘Dit was geen noodweer,’ zei ze.", "Els Dijk")]
    public void AnOfficeCompoundedOnRechter_IsNoPartOfTheName_InDutch(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Uitspraak", LanguageLeads.Dutch, paragraph));

    // Negatives: "Richter" as a surname stays the name, after a first name or alone once named in full.
    [Theory]
    [InlineData("„Wir kämpfen weiter“, sagte Klaus Richter vom Förderverein.", "Klaus Richter")]
    [InlineData("„Die Station bleibt offen“, sagte Anna Oberrichter.", "Anna Oberrichter")]
    public void RichterInASurname_IsStillTheName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um Lärmschutz", LanguageLeads.German, paragraph));
}
