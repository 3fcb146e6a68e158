using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A headline packs a person's words under the body the article is about ("Harbour Trust
/// mourns its founder: 'He knew every boat by name'"): when the body quotes those words and gives
/// them to one person by a full name, that person said them, not the body the headline names.
/// Stops: the body quoting the words itself, two speakers holding them, an unnamed speaker, a
/// single word the body takes for a person ("Docker delegates"), and a phrase of fewer than three
/// words leave the headline's own reading.
/// </summary>
public sealed class HeadlineBodyEchoTests
{
    [Theory]
    [InlineData("en", "Harbour Trust against the new quay: 'We will lose the whole beach'",
        "The Harbour Trust has fought the quay plans since March.",
        "\"We will lose the whole beach. Nobody asked us,\" said Tom Baxter, who has fished there for forty years.", "Tom Baxter")]
    [InlineData("fr", "Les Amis du Port contre le nouveau quai : « On va perdre toute la plage »",
        "L’association Les Amis du Port combat le projet depuis mars.",
        "« On va perdre toute la plage. Personne ne nous a demandé », raconte Paul Girard, pêcheur depuis quarante ans.", "Paul Girard")]
    [InlineData("de", "Hafenverein Lindau gegen den neuen Kai: „Wir verlieren den ganzen Strand“",
        "Der Hafenverein Lindau kämpft seit März gegen die Pläne.",
        "„Wir verlieren den ganzen Strand. Gefragt hat uns niemand“, sagt Udo Weber, der dort seit vierzig Jahren fischt.", "Udo Weber")]
    [InlineData("es", "Asociación Puerto Viejo contra el nuevo muelle: «Vamos a perder toda la playa»",
        "La Asociación Puerto Viejo combate el proyecto desde marzo.",
        "«Vamos a perder toda la playa. Nadie nos preguntó», contó Luis Moreno, que pesca allí desde hace cuarenta años.", "Luis Moreno")]
    [InlineData("it", "Associazione Porto Vecchio contro il nuovo molo: «Perderemo tutta la spiaggia»",
        "L’Associazione Porto Vecchio combatte il progetto da marzo.",
        "«Perderemo tutta la spiaggia. Nessuno ci ha chiesto niente», racconta Marco Ferri, che pesca lì da quarant’anni.", "Marco Ferri")]
    [InlineData("pt", "Associação Porto Velho contra o novo cais: «Vamos perder a praia toda»",
        "A Associação Porto Velho combate o projeto desde março.",
        "«Vamos perder a praia toda. Ninguém nos perguntou nada», contou Rui Matos, que pesca ali há quarenta anos.", "Rui Matos")]
    [InlineData("nl", "Havenvereniging Lindoord tegen nieuwe kade: ‘We verliezen het hele strand’",
        "De Havenvereniging Lindoord verzet zich sinds maart tegen de plannen.",
        "‘We verliezen het hele strand. Niemand heeft ons iets gevraagd’, zegt Henk Bakker, die er al veertig jaar vist.", "Henk Bakker")]
    public void AHeadlineQuoteUnderABody_WhoseWordsAPersonSaysInTheBody_IsThatPersons(string language, string title, string first, string second, string speaker)
    {
        var quote = TitleQuote(language, title, first, second);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
    }

    // The body that the headline names quotes the words itself: they stay its own.
    [Theory]
    [InlineData("en", "Harbour Trust against the new quay: 'We will lose the whole beach'",
        "Tom Baxter, who has fished there for forty years, signed the petition.",
        "\"We will lose the whole beach,\" the Harbour Trust said in a statement.", "Harbour Trust")]
    [InlineData("es", "Asociación Puerto Viejo contra el nuevo muelle: «Vamos a perder toda la playa»",
        "Luis Moreno, que pesca allí desde hace cuarenta años, firmó la petición.",
        "«Vamos a perder toda la playa», señaló la Asociación Puerto Viejo en un comunicado.", "Asociación Puerto Viejo")]
    public void TheBodyQuotingTheWordsItself_KeepsThem(string language, string title, string first, string second, string speaker)
        => Assert.Equal(speaker, TitleQuote(language, title, first, second).Speaker);

    // Two people quote the words: the body holds no one answer, and neither is given the headline's.
    // An unnamed speaker ("a fisherman") is no named person to take a headline's words from the
    // body, and two words are a phrase anyone may repeat: the person stays in the body.
    [Theory]
    [InlineData("fr", "Les Amis du Port contre le nouveau quai : « On va perdre toute la plage »",
        "« On va perdre toute la plage », raconte Paul Girard, pêcheur depuis quarante ans.",
        "« On va perdre toute la plage, et le port avec », répond Julie Marchand, la présidente du club de voile.", "Paul Girard", "Julie Marchand")]
    [InlineData("it", "Associazione Porto Vecchio contro il nuovo molo: «Perderemo tutta la spiaggia»",
        "Marco Ferri, che pesca lì da quarant’anni, ha firmato la petizione.",
        "«Perderemo tutta la spiaggia», racconta un pescatore che preferisce non dare il suo nome.", "Marco Ferri", "pescatore")]
    [InlineData("nl", "Havenvereniging Lindoord tegen nieuwe kade: ‘Hele strand’",
        "De Havenvereniging Lindoord verzet zich sinds maart tegen de plannen.",
        "‘Hele strand’, zegt Henk Bakker, die er al veertig jaar vist.", "Henk Bakker", "Bakker")]
    [InlineData("en", "Dockers urge 'a fair deal for the port'",
        "Docker delegates gathered on Friday, declaring the town needs \"a fair deal for the port\".",
        "The union's regional secretary spoke later in the day.", "Docker", "Docker delegates")]
    [InlineData("pt", "Associação Porto Velho contra o novo cais: «Praia toda»",
        "A Associação Porto Velho combate o projeto desde março.",
        "«Praia toda», contou Rui Matos, que pesca ali há quarenta anos.", "Rui Matos", "Matos")]
    public void TwoSpeakersAnUnnamedOneOrAShortPhrase_GiveTheHeadlineNoPersonFromTheBody(string language, string title, string first, string second, string person, string other)
    {
        var quote = TitleQuote(language, title, first, second);

        Assert.NotEqual(person, quote.Speaker);
        Assert.NotEqual(other, quote.Speaker);
    }

    private static Quote TitleQuote(string language, string title, string first, string second)
    {
        var article = ArticleParser.Parse(title + "\n\n" + first + "\n\n" + second, language);

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        return article.Quotes[0];
    }
}
