namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where nouns are capitalised, an ordinary person's noun before a full name ("sagte Rentner Walter
/// Hägele", "Nachbarin Ute Kranz sagte") describes the person, as a title does, and is no part of the name.
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
}
