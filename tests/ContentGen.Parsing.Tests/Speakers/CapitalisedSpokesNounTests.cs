using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German capitalises its nouns, so "Ein Sprecher" looks like a title before a name. Someone
/// unnamed brought in by an indefinite article speaks for the organisation after the link
/// (<c>Ein Sprecher der Wasserwerke Tannfeld sagte</c>), or for no one; never for the person
/// named before them.
/// </summary>
public sealed class CapitalisedSpokesNounTests
{
    private const string Mayor =
        "Bürgermeisterin Helga Sommerfeld eröffnete am Freitag das neue Hallenbad. „Das Bad gehört allen“, sagte Sommerfeld bei der Feier.";

    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Hallenbad in Tannfeld eröffnet", paragraphs);

    [Theory]
    [InlineData("Ein Sprecher der Wasserwerke Tannfeld sagte: „Die Becken werden jede Nacht neu gefüllt.“")]
    [InlineData("Eine Sprecherin der Wasserwerke Tannfeld sagte, man werde „die Becken jede Nacht neu füllen“.")]
    [InlineData("„Die Becken werden jede Nacht neu gefüllt“, sagte eine Sprecherin der Wasserwerke Tannfeld.")]
    [InlineData("Ein Sprecher der Wasserwerke Tannfeld sagte, man prüfe längere Öffnungszeiten: „Im Winter bleibt das Bad bis zehn Uhr offen.“")]
    public void ASpokesmanOfAnOrganisation_SpeaksForIt_NotForThePersonNamedBefore(string paragraph)
        => Assert.Equal(new[] { "Helga Sommerfeld", "Wasserwerke Tannfeld" }, Speakers(Mayor, paragraph));

    [Fact]
    public void ASpokesmanOfNoOneNamed_SpeaksForNoOne()
        => Assert.Equal(
            new[] { "Helga Sommerfeld", null },
            Speakers(Mayor, "Ein Sprecher sagte: „Die Becken werden jede Nacht neu gefüllt.“"));

    // One capitalised noun after the link is a body's common noun ("des Landkreises"), not its name.
    [Theory]
    [InlineData("Ein Sprecher des Landkreises sagte: „Die Becken werden jede Nacht neu gefüllt.“")]
    [InlineData("Ein Sprecher der Stadt sagte: „Die Becken werden jede Nacht neu gefüllt.“")]
    [InlineData("„Die Becken werden jede Nacht neu gefüllt“, sagte ein Sprecher des Ministeriums.")]
    public void ASpokesmanOfABodyGivenByItsNoun_SpeaksForNoOneNamed(string paragraph)
        => Assert.Equal(new[] { "Helga Sommerfeld", null }, Speakers(Mayor, paragraph));

    [Fact]
    public void ASpokesmanOfABodyGivenByItsAcronym_SpeaksForIt()
        => Assert.Equal(
            new[] { "Helga Sommerfeld", "TWV" },
            Speakers(Mayor, "Ein Sprecher der TWV sagte: „Die Becken werden jede Nacht neu gefüllt.“"));
}
