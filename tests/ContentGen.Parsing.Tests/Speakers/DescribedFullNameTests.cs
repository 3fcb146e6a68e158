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

    // Session 42: a trade or a position no list holds ("l'attaccante", "el delantero", "de spits")
    // describes the person after its article as a people noun does: after the verb, and as the
    // subject of a sentence that does not report, whose person the next quote then means.
    [Theory]
    [InlineData("it", "«Meritavamo il pareggio», ha detto l'attaccante Marco Riva.", "Marco Riva")]
    [InlineData("it", "«Il secondo posto è meritato», ha detto Aldo Ferrante. L'attaccante Marco Riva è uscito al 60'. «Meritavamo il pareggio.»", "Marco Riva")]
    [InlineData("es", "«Merecíamos el empate», dijo el delantero Marco Riva.", "Marco Riva")]
    [InlineData("es", "«El segundo puesto es merecido», dijo Aldo Ferrante. El delantero Marco Riva salió en el minuto 60. «Merecíamos el empate.»", "Marco Riva")]
    [InlineData("fr", "« Nous méritions le nul », a dit l'attaquant Marc Rivière.", "Marc Rivière")]
    [InlineData("pt", "“Merecíamos o empate”, disse o avançado Marco Rocha.", "Marco Rocha")]
    [InlineData("nl", "\"We verdienden een gelijkspel\", zei de spits Mark Rietveld.", "Mark Rietveld")]
    [InlineData("en", "\"We deserved a draw,\" said the striker Mark Rivers.", "Mark Rivers")]
    public void AnyNounAfterItsArticle_BeforeAFullName_DescribesThePerson(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: a name after an object's article is no subject.
    [Theory]
    [InlineData("it", "«Meritavamo il pareggio», ha detto Aldo Ferrante dopo aver abbracciato l'attaccante Marco Riva.", "Aldo Ferrante")]
    [InlineData("en", "\"We deserved a draw,\" said Aldo Ferrante after hugging the striker Mark Rivers.", "Aldo Ferrante")]
    public void ANameAfterAnObjectsNoun_IsNoSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));

    // Capitals between an adjective and the phrase's head noun modify the noun: the epithet means
    // whoever was named before.
    [Theory]
    [InlineData("en", "Tom Vale waved to the fans. \"It is a special time,\" added the two-time Harbour Prize winner.", "Tom Vale")]
    public void CapitalsBeforeThePhrasesHead_AreNoName(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));
}
