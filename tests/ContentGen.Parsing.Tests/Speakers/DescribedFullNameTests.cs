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

    // "Die Nachbarin Ute Kranz", "la vecina Ana Ruiz", "de buurvrouw Els Smit", "the neighbour Ann Lee":
    // the noun after its article, after the quote or before the colon; in German, where nouns are
    // capitalised, only as the subject opening the sentence.
    [Theory]
    [InlineData("de", "Die Nachbarin Ute Kranz, seit Jahren im Viertel, sagte: „Wir warten ab.“", "Ute Kranz")]
    [InlineData("de", "Die Nachbarin Ute Kranz sagte: „Wir warten ab.“", "Ute Kranz")]
    [InlineData("de", "Die Nachbarin Ute Kranz hat es kommen sehen: „Wir warten ab.“", "Ute Kranz")]
    [InlineData("es", "«Esperamos», dijo la vecina Ana Ruiz.", "Ana Ruiz")]
    [InlineData("es", "La vecina Ana Ruiz dijo: «Esperamos».", "Ana Ruiz")]
    [InlineData("fr", "« Nous attendons », a dit la voisine Anne Roy.", "Anne Roy")]
    [InlineData("fr", "La voisine Anne Roy a dit : « Nous attendons. »", "Anne Roy")]
    [InlineData("it", "«Aspettiamo», ha detto la vicina Anna Rossi.", "Anna Rossi")]
    [InlineData("pt", "«Esperamos», disse a vizinha Ana Rocha.", "Ana Rocha")]
    [InlineData("nl", "\"We wachten af\", zei de buurvrouw Els Smit.", "Els Smit")]
    [InlineData("nl", "De buurvrouw Els Smit zei: \"We wachten af.\"", "Els Smit")]
    [InlineData("en", "\"We are waiting,\" said the neighbour Ann Lee.", "Ann Lee")]
    [InlineData("en", "The neighbour Ann Lee said: \"We are waiting.\"", "Ann Lee")]
    public void APeopleNounAfterItsArticle_GivesTheNameAlone(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));

    // Capitalised nouns after an article and a people noun anywhere else are read as before.
    [Theory]
    [InlineData("Jeden Freitag gab die Nachbarin Kindern Süßigkeiten. „Das macht sie gern“, sagte Rosa Bellmann.")]
    [InlineData("Die Nachbarin Kindern Süßigkeiten zu geben, fand Rosa Bellmann gut. „Das macht sie gern“, sagte sie.")]
    public void CapitalisedNounsAfterAnArticleAndANoun_ElsewhereAreNoName(string paragraph)
        => Assert.DoesNotContain("Kindern Süßigkeiten", Constructions.ConstructionProbe.Speakers("de", paragraph));
}
