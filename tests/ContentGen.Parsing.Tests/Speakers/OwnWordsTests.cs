namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A phrase of one's own words inside a sentence ("nach eigenen Worten", "naar eigen zeggen", "in
/// his own words", "selon ses propres mots") points back to the subject opening the sentence: the
/// quote it brings in is that subject's (Cues.OwnWords.cs). Someone else named, or a verb of saying,
/// between the subject and the phrase gives no one.
/// </summary>
public sealed class OwnWordsTests
{
    [Theory]
    [InlineData("de", "Bürgermeister Paul Kern hat die Nachricht nach eigenen Worten „aus dem Radio“ erfahren.", "Paul Kern")]
    [InlineData("nl", "Scholier Daan Mulder (17) had zich naar eigen zeggen ‘suf gestudeerd’.", "Daan Mulder")]
    [InlineData("en", "Walter Ash took over the band in 1980, when it had nine players and, in his own words, \"two marches and an overdraft\".", "Walter Ash")]
    [InlineData("fr", "Le maire Jean Roux a appris la nouvelle, selon ses propres mots, « par la radio ».", "Jean Roux")]
    [InlineData("es", "El alcalde Julián Robles se enteró de la noticia, según sus propias palabras, «por la radio».", "Julián Robles")]
    [InlineData("it", "Il sindaco Carlo Neri ha saputo la notizia, per sua stessa ammissione, «dalla radio».", "Carlo Neri")]
    [InlineData("pt", "O autarca Rui Lemos soube da notícia, nas suas próprias palavras, \"pela rádio\".", "Rui Lemos")]
    public void OwnWordsPhrase_GivesTheOpeningSubject(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // Guards: someone else named between the subject and the phrase, whose words they may be.
    [Theory]
    [InlineData("de", "Bürgermeister Paul Kern hat mit Anna Roth nach eigenen Worten „stundenlang“ gestritten.")]
    [InlineData("en", "Councillor Jane Roe met Tom Fox, who had in his own words \"two marches and an overdraft\".")]
    // Someone brought in in lower case, by an indefinite article or before a relative.
    [InlineData("en", "Councillor Jane Roe hired a bandmaster who had, in his own words, \"two marches and an overdraft\".")]
    [InlineData("en", "Councillor Jane Roe hired the bandmaster who had, in his own words, \"two marches and an overdraft\".")]
    [InlineData("fr", "Le maire Jean Roux a engagé un chef qui a, selon ses propres mots, « deux marches et un découvert ».")]
    public void OwnWordsAfterSomeoneElse_IsNoOnes(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Bridge", LanguageLeads.For(language) + " " + sentence));

    // The relative right after the subject is the subject's own.
    [Fact]
    public void OwnWordsInARelativeRightAfterTheSubject_AreTheSubjects()
        => Assert.Equal(
            new[] { "Walter Ash" },
            QuoteSpeakers.Under("Bridge", LanguageLeads.For("en") + " Walter Ash, who took over the band in 1980, had in his own words \"two marches and an overdraft\"."));
}
