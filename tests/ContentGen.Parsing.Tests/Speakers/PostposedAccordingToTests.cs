namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German puts its "according to" after the source: "Katrin Vogel zufolge" is "laut Katrin Vogel".
/// The source is the name or role right before the word. Words that open the sentence may be an
/// adjective and a noun ("Ersten Schätzungen"), so they give the source only as a role's holder;
/// one word may be any noun, so it gives only the surname of someone the article names in full.
/// </summary>
public sealed class PostposedAccordingToTests
{
    [Theory]
    [InlineData("Das Geld ist Katrin Vogel zufolge „längst ausgegeben“.")]
    [InlineData("Das Geld ist Bürgermeisterin Katrin Vogel zufolge „längst ausgegeben“.")]
    [InlineData("Katrin Vogel leitet die Kasse der Stadt. Vogel zufolge ist das Geld „längst ausgegeben“.")]
    public void ANameBeforeZufolge_IsTheSource(string sentence)
        => Assert.Equal(new[] { "Katrin Vogel" }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    // Guards: a document before the word gives no person; the word before a genitive reads nothing backwards.
    [Theory]
    [InlineData("Dem Bericht zufolge ist das Geld „längst ausgegeben“.")]
    [InlineData("Den Plänen zufolge soll die „Wackelbrücke“ im Juni schließen.")]
    [InlineData("Einer Umfrage zufolge ist der Kai „unverzichtbar“.")]
    [InlineData("Ersten Schätzungen zufolge kostet die Reparatur „mehrere Millionen“.")]
    [InlineData("Die Reparatur kostet Schätzungen zufolge „mehrere Millionen“.")]
    public void ANounBeforeZufolge_IsNoPerson(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));
}
