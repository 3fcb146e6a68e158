namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// More occupations anyone may hold are role nouns, English (pharmacist, midwife, paramedic,
/// plumber …) and German (Hebamme, Anwohnerin, Pflegerin; not "Anwohner" or "Pfleger", which are
/// plurals too) alike: opening a name, they describe it
/// ("Pharmacist Owen Pryce" is Owen Pryce, "Hebamme Lisa Brunner" is Lisa Brunner). German
/// district councillors (Kreisrat, Kreisrätin) are titles, as town councillors were. A forum is an
/// organisation, so "The Dunmore Parents' Forum" keeps its whole name after the plural's possessive.
/// </summary>
public sealed class ProfessionBeforeNameTests
{
    [Theory]
    [InlineData("Pharmacist Owen Pryce put it more bluntly. \"If the boat doesn't sail, my patients don't get their medicines,\" he told the Gazette.", "Owen Pryce")]
    [InlineData("\"We are short of staff,\" said midwife Ann Hale.", "Ann Hale")]
    public void AnEnglishOccupationOpeningTheName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Ferry strike", paragraph));

    [Theory]
    [InlineData("„Seit Monaten fallen Schichten aus“, berichtet Hebamme Lisa Brunner.", "Lisa Brunner")]
    [InlineData("Anwohnerin Petra Kohlhaas sagte dieser Zeitung: „Ich habe jeden Morgen Angst.“", "Petra Kohlhaas")]
    [InlineData("„Das reicht nicht“, sagte Kreisrätin Sabine Oster.", "Sabine Oster")]
    public void AGermanOccupationOrTitleOpeningTheName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Klinik", LanguageLeads.German + " " + paragraph));

    [Fact]
    public void AForumAfterAPluralPossessive_IsTheOrganisationsName()
        => Assert.Equal(
            new[] { "Dunmore Parents' Forum" },
            QuoteSpeakers.Under("School merger", "The Dunmore Parents' Forum, which has collected 1,200 signatures, called the timetable \"absurdly rushed\"."));

    // Guards: a surname spelt like an occupation stays a name; a plural's possessive before a
    // person is still the person's employer.
    [Theory]
    [InlineData("\"We will vote no,\" said Jane Plumber.", "Jane Plumber")]
    [InlineData("\"We will vote no,\" said Harbour Bookmakers' Tom Fox.", "Tom Fox")]
    public void ANameAfterOrSpeltLikeAnOccupation_StaysAName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Vote", paragraph));

    // Guards: German plurals spelt like a singular occupation ("die Anwohner", "die Pfleger") are a
    // group, never the one named resident.
    [Theory]
    [InlineData("„Es ist zu laut“, sagt Anwohner Peter Roth.", "„Wir wollen endlich Ruhe“, sagten die Anwohner am Montag.")]
    [InlineData("„Es fehlt an allem“, sagt Pfleger Peter Roth.", "„Wir streiken ab Montag“, kündigten die Pfleger an.")]
    public void APluralSpeltLikeAnOccupation_IsNotTheOneNamed(string first, string second)
        => Assert.NotEqual("Peter Roth", QuoteSpeakers.Under("Klinik", LanguageLeads.German + " " + first, second)[1]);
}
