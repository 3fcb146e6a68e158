namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A statement quoted a second time is named with an adverb that carries its reading on, between the
/// impersonal verb and the document: "“…”, staat verder in de verklaring", "„…“, heißt es weiter in der
/// Mitteilung". The words are the document's issuer's, as without the adverb. Before, the adverb stood
/// where the document's preposition was looked for and the quote went to no one. The adverb alone
/// brings in no document: a place or an agenda after it gives no one, as before.
/// </summary>
public sealed class ReadingGoingOnTests
{
    [Theory]
    [InlineData("staat in de verklaring")]
    [InlineData("staat verder in de verklaring")]
    [InlineData("staat voorts in de verklaring")]
    public void Dutch_StatementReadOn_IsItsIssuer(string cue)
        => Assert.Equal(
            new[] { "Harbourline Ferries", "Harbourline Ferries" },
            QuoteSpeakers.Under(
                "Staking bij de veerdienst",
                "Rederij Harbourline Ferries laat in een verklaring weten \"teleurgesteld\" te zijn door de uitslag. \"Onze prioriteit is dat de eilanders kunnen blijven reizen\", " + cue + "."));

    [Theory]
    [InlineData("heißt es weiter in der Mitteilung")]
    [InlineData("hieß es ferner in der Mitteilung")]
    public void German_StatementReadOn_IsItsIssuer(string cue)
        => Assert.Equal(
            new[] { "Genossenschaft Milchhof Talgrund", "Genossenschaft Milchhof Talgrund" },
            QuoteSpeakers.Under(
                "Molkerei schließt",
                "Die Genossenschaft Milchhof Talgrund hat am Montag eine Mitteilung verschickt. „Wir bedauern den Schritt sehr“, heißt es in der Mitteilung. „Eine andere Lösung war nicht möglich“, " + cue + "."));

    // Italian, Spanish and Portuguese write the adverb as a filler the reading already skips.
    [Fact]
    public void Italian_StatementReadOn_IsItsIssuer()
        => Assert.Equal(
            new[] { "Botteghe di Ranzano" },
            QuoteSpeakers.Under(
                "Il mercato di Ranzano chiude",
                "Il mercato coperto chiuderà a settembre. Contraria l'associazione Botteghe di Ranzano.",
                "«Nessuno ci ha consultati», si legge inoltre nella nota."));

    // Guards: the adverb brings in no document of its own.
    [Fact]
    public void Dutch_AdverbBeforeNoDocument_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Staking bij de veerdienst",
            "Rederij Harbourline Ferries laat in een verklaring weten \"teleurgesteld\" te zijn door de uitslag. \"Onze prioriteit is dat de eilanders kunnen blijven reizen\", staat verder op de agenda.")[1]);

    [Fact]
    public void German_AdverbBeforeAPlace_GivesNoOne()
        => Assert.Null(QuoteSpeakers.Under(
            "Molkerei schließt",
            "Die Genossenschaft Milchhof Talgrund hat am Montag eine Mitteilung verschickt. „Wir bedauern den Schritt sehr“, heißt es in der Mitteilung. „Eine andere Lösung war nicht möglich“, heißt es weiter in Berlin.")[1]);
}
