namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An ordinary person's noun before a full name describes the person, as a title does, and is no part of
/// the name: alone where nouns are capitalised ("sagte Rentner Walter Hägele"), after its article in every
/// language ("ha detto il pensionato Walter Rinaldi", where "il" is no French pronoun).
/// </summary>
public sealed class DescribedFullNameTests
{
    [Theory]
    [InlineData("„Wir warten ab“, sagte Rentner Walter Hägele.", "Walter Hägele")]
    [InlineData("„Wir warten ab“, sagte Nachbarin Ute Kranz.", "Ute Kranz")]
    [InlineData("„Wir warten ab“, sagte Rentner Walter Hägele am Montag.", "Walter Hägele")]
    public void APeopleNounBeforeAFullName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Kläranlage Hollbach", "Die Baustelle ruht seit Monaten. " + paragraph)[^1]);

    // One capitalised word after such a noun may be a surname, and the noun a first name: it is read as before.
    [Fact]
    public void APeopleNounBeforeOneWord_IsLeftAsRead()
        => Assert.NotEqual("Bingbing", QuoteSpeakers.Under("Film festival opens", "The festival opened on Friday. \"It is a great honour,\" said Fan Bingbing.")[^1]);

    [Theory]
    [InlineData("«Vedremo a giugno», ha detto il pensionato Walter Rinaldi.", "Walter Rinaldi")]
    [InlineData("«Vedremo a giugno», ha detto il vicino Walter Rinaldi.", "Walter Rinaldi")]
    public void APeopleNounAfterItsArticle_BeforeAFullName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Il depuratore di Valpiana", "Il cantiere è fermo da mesi. " + paragraph)[^1]);
}
