namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote right after a participle of titling ("a report titled "…"", "une note intitulée « … »", "ein Papier
/// betitelt „…“", "un informe titulado «…»", "un dossier intitolato «…»", "um estudo intitulado «…»", "een notitie
/// getiteld ‘…’") or after a noun of title or slogan with its article ("under the slogan "…"", "mit dem Titel „…“",
/// "sous le titre « … »", "bajo el lema «…»", "dal titolo «…»", "sob o lema «…»", "onder het motto ‘…’") is a work's
/// title or a slogan, quoted from nobody, even when a person reports in the sentence. The words with other words
/// between them and the quote leave the quote someone's.
/// </summary>
public sealed class TitleBeforeQuoteTests
{
    [Theory]
    [InlineData("en", "Tom Reed said he had sent the council a report titled \"the long wait for a ferry\".")]
    [InlineData("en", "Tom Reed said he had written a short book entitled \"why the quay matters\" last year.")]
    [InlineData("de", "Jonas Brandt sagte, er habe dem Rat ein Papier betitelt „warum der Kai zählt“ geschickt.")]
    [InlineData("fr", "Paul Girard a expliqué avoir remis au maire une note intitulée « le long hiver du port ».")]
    [InlineData("es", "Julia Marín explicó que entregó al pleno un estudio titulado «el largo invierno del muelle».")]
    [InlineData("it", "Franco Rossi ha spiegato di aver consegnato al sindaco un dossier intitolato «il lungo inverno del porto».")]
    [InlineData("pt", "Manuel Sousa explicou que entregou à câmara um estudo intitulado «o longo inverno do cais».")]
    [InlineData("nl", "Erik Jansma zei dat hij de raad een notitie getiteld ‘de lange winter van de haven’ had gestuurd.")]
    public void AQuoteAfterAParticipleOfTitling_IsNobodysWords(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Buren letten op elkaar", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("en", "Tom Reed said the residents had marched under the slogan \"keep our ferry running\".")]
    [InlineData("de", "Jonas Brandt sagte, die Gruppe habe im Frühjahr unter dem Motto „lasst den Kai offen“ demonstriert.")]
    [InlineData("de", "Jonas Brandt sagte, er habe dem Rat ein Papier mit dem Titel „warum der Kai zählt“ geschickt.")]
    [InlineData("fr", "Paul Girard a expliqué que le collectif avait défilé sous le slogan « gardez notre bac ».")]
    [InlineData("es", "Julia Marín explicó que los vecinos se manifestaron bajo el lema «salvemos el muelle».")]
    [InlineData("it", "Franco Rossi ha spiegato di aver scritto un libro dal titolo «il lungo inverno del porto».")]
    [InlineData("pt", "Manuel Sousa explicou que os moradores desfilaram sob o lema «salvem o cais».")]
    [InlineData("nl", "Erik Jansma zei dat de bewoners onder het motto ‘houd de pont in de vaart’ hadden gedemonstreerd.")]
    public void AQuoteAfterANounOfTitleOrSlogan_IsNobodysWords(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Buren letten op elkaar", LanguageLeads.For(language), paragraph));

    // The participle or the noun with other words before the quote: the quote is the person's own words.
    [Theory]
    [InlineData("en", "Tom Reed, who feels entitled to an answer, said: \"We have waited long enough.\"", "Tom Reed")]
    [InlineData("de", "Jonas Brandt, der den Titel seit Jahren hält, sagte: „Ich höre noch nicht auf.“", "Jonas Brandt")]
    [InlineData("fr", "Paul Girard, dont le livre intitulé par son éditeur a déplu, a dit : « Je ne regrette rien. »", "Paul Girard")]
    [InlineData("es", "Julia Marín, que ganó el título el año pasado, dijo: «No pienso retirarme todavía».", "Julia Marín")]
    public void TheWordsWithOtherWordsBeforeTheQuote_LeaveItSomeones(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Buren letten op elkaar", LanguageLeads.For(language), paragraph));

    // "title" with no article or preposition before it is not read: "Title "…"" could be anything.
    [Fact]
    public void TheNounWithoutItsArticle_LeavesTheQuoteSomeones()
        => Assert.Equal(new[] { "Tom Reed" }, QuoteSpeakers.Under(
            "Quay residents speak out",
            LanguageLeads.For("en"),
            "Tom Reed said winning the title \"meant more than anything\" to the crew."));
}
