namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A police office is named by a compound whose last part is its kind of office ("Polizeiinspektion
/// Sonthal", "Polizeipräsidium Nordtal"): a body, as "Landesamt" is. So a later "der 24-Jährige",
/// who is a person, never means it, and a later "aus der Behörde" does.
/// </summary>
public sealed class PoliceOfficeBodyTests
{
    // Before, the office was read as a person's name, and the age went to it.
    [Theory]
    [InlineData("Die Polizeiinspektion Sonthal teilte mit, die Wanderin sei auf einem markierten Steig unterwegs gewesen.")]
    [InlineData("Das Polizeipräsidium Nordtal teilte mit, die Wanderin sei auf einem markierten Steig unterwegs gewesen.")]
    public void AnAgeAfterAPoliceOffice_IsNoOneThere(string office)
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Nacht am Grat",
                LanguageLeads.German,
                office,
                "„Ich habe zuerst nur ihre Jacke gesehen“, erzählt der 24-Jährige."));

    [Fact]
    public void APoliceOffice_IsTheBodyMeantLater()
        => Assert.Equal(
            new[] { "Polizeiinspektion Hollstein" },
            QuoteSpeakers.Under(
                "Brand im Recyclinghof",
                LanguageLeads.German,
                "Die Polizeiinspektion Hollstein ermittelt zur Brandursache. „Wir schließen nichts aus“, hieß es aus der Behörde."));

    // The person the sentence before named still speaks past an office named earlier.
    [Fact]
    public void APersonNamedAfterTheOffice_IsStillMeantByTheAge()
        => Assert.Equal(
            new[] { "Jonas Leitl" },
            QuoteSpeakers.Under(
                "Nacht am Grat",
                LanguageLeads.German,
                "Die Polizeiinspektion Sonthal teilte mit, die Wanderin sei auf einem markierten Steig unterwegs gewesen.",
                "Jonas Leitl hat die Frau gefunden. „Ich habe zuerst nur ihre Jacke gesehen“, erzählt der 24-Jährige."));
}
