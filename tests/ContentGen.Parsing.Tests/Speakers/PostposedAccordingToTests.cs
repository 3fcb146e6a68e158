namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German puts its "according to" after the source: "Katrin Vogel zufolge" is "laut Katrin Vogel".
/// The source is the name or role right before the word.
/// </summary>
public sealed class PostposedAccordingToTests
{
    [Theory]
    [InlineData("Katrin Vogel zufolge ist das Geld „längst ausgegeben“.")]
    [InlineData("Das Geld ist Katrin Vogel zufolge „längst ausgegeben“.")]
    public void ANameBeforeZufolge_IsTheSource(string sentence)
        => Assert.Equal(new[] { "Katrin Vogel" }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a document before the word gives no person; the word before a genitive reads nothing backwards.
    [Theory]
    [InlineData("Dem Bericht zufolge ist das Geld „längst ausgegeben“.")]
    [InlineData("Den Plänen zufolge soll die „Wackelbrücke“ im Juni schließen.")]
    public void ANounBeforeZufolge_IsNoPerson(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));
}
