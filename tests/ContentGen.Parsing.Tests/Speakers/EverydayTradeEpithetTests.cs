namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A family doctor, an investigator, a master butcher and a pensioner are called by that noun
/// once named ("sagt der Hausarzt", "sagte die Rentnerin", "zegt de huisarts"): after its definite article the noun means the person the sentence just
/// before named alone, as any trade of the lexicons' ProfessionEpithets does. "eine Rentnerin"
/// stays someone new, and a sentence naming two people gives no one.
/// </summary>
public sealed class EverydayTradeEpithetTests
{
    [Theory]
    [InlineData("de", "Bernd Achatz hat im vergangenen Jahr vier Patienten ins Krankenhaus überwiesen. „Früher hatte ich einen Fall alle drei Jahre“, sagt der Hausarzt.", "Bernd Achatz")]
    [InlineData("de", "Gerlinde Hofbauer kauft seit fünfzig Jahren jeden Samstag im Dorf ein. „Ich habe kein Auto“, sagt die Rentnerin.", "Gerlinde Hofbauer")]
    [InlineData("de", "Gerhard Lenz lag im Juli elf Tage auf der Intensivstation. „Ich finde manchmal die einfachsten Wörter nicht“, erzählt der Rentner.", "Gerhard Lenz")]
    [InlineData("de", "Werner Stöckl kam dem Mann über das Kennzeichen auf die Spur. „Nachbarn haben sich das Auto notiert“, sagte der Ermittler.", "Werner Stöckl")]
    [InlineData("de", "Georg Wendlinger sieht das gelassen. „Ein Verkaufswagen ist besser als nichts“, meint der Metzgermeister.", "Georg Wendlinger")]
    [InlineData("nl", "Marieke Dekker heeft vorig jaar vier patiënten naar het ziekenhuis gestuurd. \"Vroeger zag ik één geval in drie jaar\", zegt de huisarts.", "Marieke Dekker")]
    public void ATradeAfterItsArticle_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph));

    // Guards: two people named before, the last speaker answered.
    [Theory]
    [InlineData("de", "Gerlinde Hofbauer traf am Samstag Georg Wendlinger. „Ich habe kein Auto“, sagt die Rentnerin.")]
    [InlineData("de", "„Es geht voran“, sagte Bernd Achatz. „Das sehe ich anders“, entgegnete der Hausarzt.")]
    [InlineData("nl", "Marieke Dekker sprak zaterdag met Kees Verhoef. \"Vroeger zag ik één geval in drie jaar\", zegt de huisarts.")]
    public void TheLastQuote_HasNoTradeSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.For(language), paragraph)[^1]);

    // "eine Rentnerin" is someone new, not the person just named.
    [Fact]
    public void AnIndefinitePensioner_IsNotThePersonJustNamed()
        => Assert.NotEqual(
            "Gerlinde Hofbauer",
            QuoteSpeakers.Under("Im Dorf", LanguageLeads.German, "Gerlinde Hofbauer kauft seit fünfzig Jahren jeden Samstag im Dorf ein. „Ich habe kein Auto“, sagt eine Rentnerin.")[^1]);
}
