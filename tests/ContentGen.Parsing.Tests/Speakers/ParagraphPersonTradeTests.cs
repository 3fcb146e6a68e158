namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade at the cue ("sagt der Schreiner", "meint die Imkerin", "zegt de imker") whose sentence
/// before names no one alone as its subject (a verbless sentence, a pronoun subject, the name inside
/// a phrase): it means the one person the paragraph named before the quote, when the paragraph
/// names no second person anywhere, no body, and quotes no one before. Stopped by a second person,
/// a body, a person named only in an earlier paragraph, and the person named in the quote's own
/// sentence (whom the quote may address).
/// </summary>
public sealed class ParagraphPersonTradeTests
{
    [Theory]
    [InlineData("de", "Anna Roth öffnet den ersten Kasten und hebt die Wabe ins Licht. Drei tote Bienen. „Das war ein schlimmes Jahr“, meint die Imkerin.", "Anna Roth")]
    [InlineData("de", "In der Werkstatt von Jonas Keil riecht es nach Holz. Im vergangenen Jahr hat er zwölf Tische gebaut. „Die Leute wollen wieder Eiche“, sagt der Schreiner.", "Jonas Keil")]
    [InlineData("nl", "Jan de Vries opent de eerste kast en houdt de raat in het licht. Drie dode bijen. \"Het was een slecht jaar\", zegt de imker.", "Jan de Vries")]
    [InlineData("nl", "In de stal van Sanne Bakker is het stil. Vorig jaar heeft ze veertig lammeren verloren. \"De wolf komt steeds dichterbij\", zegt de schaapherder.", "Sanne Bakker")]
    public void ATrade_MeansTheParagraphsOnePerson(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph));

    // The stops: a second person anywhere before the quote (as a subject or a preposition's
    // object), a body, the person named in the quote's own sentence.
    [Theory]
    [InlineData("de", "Anna Roth öffnet den ersten Kasten. Neben ihr steht Lena Kraus. Drei tote Bienen. „Das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("de", "Anna Roth arbeitet seit Jahren mit Lena Kraus zusammen. Drei tote Bienen. „Das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("de", "Anna Roth öffnet den ersten Kasten. Die Völker hat ihr die Talgrund GmbH verkauft. „Das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("de", "Anna Roth öffnet den ersten Kasten. Drei tote Bienen. „Frau Roth, das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("nl", "Jan de Vries opent de eerste kast. Naast hem staat Kees Verhoef. Drie dode bijen. \"Het was een slecht jaar\", zegt de imker.")]
    [InlineData("nl", "Jan de Vries opent de eerste kast. De volken kocht hij bij Bijenhof Noord BV. \"Het was een slecht jaar\", zegt de imker.")]
    public void TheQuote_HasNoParagraphPersonSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph)[^1]);

    // A person named only in an earlier paragraph is no one the trade means.
    [Theory]
    [InlineData("de", "Anna Roth hat im Winter die Hälfte ihrer Völker verloren.", "Drei tote Bienen liegen im Kasten. Die Sonne scheint. „Das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("nl", "Jan de Vries is deze winter de helft van zijn volken verloren.", "Drie dode bijen liggen in de kast. De zon schijnt. \"Het was een slecht jaar\", zegt de imker.")]
    public void APersonOfAnEarlierParagraph_IsNoOneTheTradeMeans(string language, string earlier, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), earlier, paragraph)[^1]);
}
