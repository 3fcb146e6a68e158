namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote right after the noun "name" ("under the name "Quay Watch"", "unter dem Namen „…“", "sous le
/// nom de « … »", "con el nombre de «…»", "con il nome di «…»", "com o nome «…»", "onder de naam ‘…’")
/// is what something is called, quoted from nobody, even when a person reports in the sentence; the
/// noun with other words between it and the quote ("whose name is on the list") leaves the quote someone's.
/// </summary>
public sealed class NameNounBeforeQuoteTests
{
    [Theory]
    [InlineData("en", "Tom Reed said he set up the group in 2019 under the name \"Eyes on the quay\".")]
    [InlineData("de", "Jonas Brandt sagte, er habe die Gruppe im Frühjahr unter dem Namen „Augen auf im Viertel“ gegründet.")]
    [InlineData("fr", "Paul Girard a expliqué avoir fondé l'association en 2019 sous le nom de « Yeux sur le port ».")]
    [InlineData("es", "Julia Marín explicó que fundó la asociación en 2019 con el nombre de «Ojos en la calle».")]
    [InlineData("it", "Franco Rossi ha spiegato di aver fondato il gruppo nel 2019 con il nome di «Occhi aperti».")]
    [InlineData("pt", "Manuel Sousa explicou que criou o grupo em 2019 com o nome «Olhos na rua».")]
    [InlineData("nl", "Erik Jansma zei dat hij de groep in 2019 onder de naam ‘Ogen op de straat’ had opgericht.")]
    public void AQuoteAfterTheNounName_IsNobodysWords(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Buren letten op elkaar", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("en", "Tom Reed, whose name is on the list, said: \"I am staying.\"", "Tom Reed")]
    [InlineData("de", "Jonas Brandt, dessen Name auf der Liste steht, sagte: „Ich bleibe.“", "Jonas Brandt")]
    [InlineData("fr", "Paul Girard, dont le nom figure sur la liste, a dit : « Je reste. »", "Paul Girard")]
    public void TheNounNameWithWordsBeforeTheQuote_LeavesItSomeones(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Buren letten op elkaar", LanguageLeads.For(language), paragraph));

    // "name" as a verb, with no article before it: the residents' words, reported by Tom Reed.
    [Fact]
    public void TheVerbName_LeavesTheQuoteSomeones()
        => Assert.Equal(new[] { "Tom Reed" }, QuoteSpeakers.Under(
            "Quay residents speak out",
            LanguageLeads.For("en"),
            "Tom Reed said that most residents still name \"the endless traffic\" as their worst worry."));
}
