namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A trade the lexicon does not list, read by the ending of its noun (AgentNounEndings: German
/// "-er", "-ist", "-erin", Dutch "-er", "-aar", "-ster"): after a definite article at the cue
/// ("sagt der Schäfer", "meint die Imkerin", "zegt de imker") it means the person the sentence just
/// before named alone, as a listed trade does. Stopped by: a body's or a firm's agent noun ("der
/// Energieversorger", "de vervoerder"), German "die" before a man's form (the plural, "sagen die
/// Schäfer"), two people named before, a body as the subject before, and a
/// word the article writes as a surname.
/// </summary>
public sealed class AgentNounEpithetTests
{
    [Theory]
    [InlineData("de", "Max Brenninger hat seine übrigen Schafe in den Stall geholt. „Ich mache weiter, solange ich kann“, sagt der Schäfer.", "Max Brenninger")]
    [InlineData("de", "Anna Roth hat im Winter die Hälfte ihrer Völker verloren. „Das war ein schlimmes Jahr“, meint die Imkerin.", "Anna Roth")]
    [InlineData("de", "Jonas Keil hat den Laden vor zehn Jahren übernommen. „Die Leute kaufen nur noch Rosen“, sagt der Florist.", "Jonas Keil")]
    [InlineData("nl", "Jan de Vries heeft deze winter de helft van zijn volken verloren. \"Het was een slecht jaar\", zegt de imker.", "Jan de Vries")]
    [InlineData("nl", "Sanne Bakker hoedt al twintig jaar schapen op de dijk. \"De wolf komt steeds dichterbij\", zegt de schaapherder.", "Sanne Bakker")]
    public void AnUnlistedTradeAfterItsArticle_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph));

    // The stops: a firm's or a body's agent noun, the plural, two people named, a body as the
    // subject before.
    [Theory]
    [InlineData("de", "Tom Kahl hat die neuen Tarife vorgestellt. „Wir müssen das tun“, sagt der Energieversorger.")]
    [InlineData("de", "Max Brenninger hat seine übrigen Schafe in den Stall geholt. „Wir machen weiter“, sagen die Schäfer.")]
    [InlineData("de", "Anna Roth traf am Samstag Max Brenninger. „Das war ein schlimmes Jahr“, meint die Imkerin.")]
    [InlineData("de", "Der Imkerverband hat am Montag seine Zahlen vorgelegt. „Das war ein schlimmes Jahr“, sagt der Imker.")]
    [InlineData("nl", "Kees Verhoef heeft de nieuwe dienstregeling gepresenteerd. \"We moeten dit doen\", zegt de vervoerder.")]
    [InlineData("nl", "Jan de Vries sprak zaterdag met Kees Verhoef. \"Het was een slecht jaar\", zegt de imker.")]
    public void TheQuote_HasNoTradeSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph)[^1]);

    // "Schäfer" is a surname too: where the article names someone so, "der Schäfer" is not read as a trade.
    [Fact]
    public void ASurnameOfTheArticle_IsNoTrade()
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.German,
            "Petra Schäfer leitet seit Jahren den Heimatverein im Ort.",
            "Max Brenninger hat seine übrigen Schafe in den Stall geholt. „Ich mache weiter, solange ich kann“, sagt der Schäfer.")[^1]);
}
