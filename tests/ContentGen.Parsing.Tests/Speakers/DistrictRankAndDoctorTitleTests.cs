namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A district's fire chief and a farmers' or a club's district head ("Kreisbrandrat", "Kreisobmann")
/// and, in Dutch, a doctor ("Veearts") are titles before a name, also as the last part of a compound
/// and capitalised at a sentence's start: they were kept on the name ("Kreisobmann Alois Brandl"). A first name that merely ends like a title word ("Hermann")
/// and a surname that does ("Aarts") stay names.
/// </summary>
public sealed class DistrictRankAndDoctorTitleTests
{
    [Fact]
    public void AGermanDistrictRankBeforeTheName_IsATitle()
        => Assert.Equal(
            new[] { "Alois Brandl", "Peter Gruber" },
            QuoteSpeakers.Under("Wolf", LanguageLeads.German,
                "„Der Wolf ist angekommen“, sagte Kreisobmann Alois Brandl.",
                "„Wir hatten 200 Kräfte vor Ort“, sagte Kreisbrandrat Peter Gruber der Zeitung."));

    [Fact]
    public void ADutchDoctorOpeningTheSentence_IsATitle()
        => Assert.Equal(
            new[] { "Ria Smit" },
            QuoteSpeakers.Under("Praktijk", LanguageLeads.Dutch,
                "Veearts Ria Smit stopt na veertig jaar. \"Ik ga de dieren missen, en de boeren ook.\""));

    [Fact]
    public void AFirstNameOrSurnameEndingLikeATitle_StaysAName()
        => Assert.Equal(
            new[] { "Hermann Kolb", "Tom Aarts" },
            new[]
            {
                QuoteSpeakers.Under("Kaserne", LanguageLeads.German, "„Wir machen weiter“, sagte Hermann Kolb am Abend.").Single(),
                QuoteSpeakers.Under("Winkel", LanguageLeads.Dutch, "\"We gaan gewoon door\", zegt Tom Aarts.").Single(),
            });
}
