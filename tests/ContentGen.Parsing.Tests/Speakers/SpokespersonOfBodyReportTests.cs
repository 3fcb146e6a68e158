namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An unnamed spokesperson of a body ("ein Sprecher der Polizei", "een woordvoerder van de politie")
/// in the cue ending a sentence of reported words with no quote of its own reports for that body, so
/// the quote with no cue in the next sentence is the body's, as the same cue beside a quote gives it.
/// Probes of session 56 ("Probes not read yet"), in other words too. In German the definite article
/// after the spokes noun is its genitive ("ein Sprecher der Polizei"), a dative names whom they told.
/// </summary>
public sealed class SpokespersonOfBodyReportTests
{
    [Theory]
    [InlineData("nl", "Alle tips worden onderzocht, zei een woordvoerder van de politie. “We nemen dit serieus.”", "politie")]
    [InlineData("nl", "De weg blijft dicht, meldde een woordvoerster van de gemeente. “De schade is groot.”", "gemeente")]
    [InlineData("fr", "Toutes les pistes sont étudiées, a déclaré un porte-parole de la police. « Nous prenons cela au sérieux. »", "police")]
    [InlineData("es", "Se investigan todas las pistas, dijo un portavoz de la policía. «Nos lo tomamos en serio.»", "policía")]
    [InlineData("de", "Man prüfe alle Hinweise, sagte ein Sprecher der Polizei. „Wir nehmen das sehr ernst.“", "Polizei")]
    public void AQuoteAfterASpokespersonOfABodysReport_IsTheBodys(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    // The same cue beside the quote, read before this rule: the body the report gives must be this one.
    [Theory]
    [InlineData("de", "„Wir nehmen das sehr ernst“, sagte ein Sprecher der Polizei.", "Polizei")]
    [InlineData("nl", "“We nemen dit serieus”, zei een woordvoerder van de politie.", "politie")]
    [InlineData("fr", "« Nous prenons cela au sérieux », a déclaré un porte-parole de la police.", "police")]
    [InlineData("es", "«Nos lo tomamos en serio», dijo un portavoz de la policía.", "policía")]
    public void TheSameCueBesideTheQuote_GivesTheSameBody(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    // Stops: a spokesperson inside the report, not in its cue (the person at the cue reports); a
    // sentence between the report and the quote; the next quote with a cue of its own.
    [Theory]
    [InlineData("de", "Ein Sprecher der Polizei habe alles geprüft, sagte Hans Vogt. „Wir nehmen das sehr ernst.“", "Hans Vogt")]
    [InlineData("de", "Man prüfe alle Hinweise, sagte ein Sprecher der Polizei. „Das ist Unsinn“, sagte Hans Vogt.", "Hans Vogt")]
    [InlineData("nl", "Alle tips worden onderzocht, zei een woordvoerder van de politie. “Dat is onzin”, zegt Kees Post.", "Kees Post")]
    public void AnotherReporter_IsLeftTheirs(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("de", "Man prüfe alle Hinweise, sagte ein Sprecher der Polizei. Der Fall ist noch ungeklärt. „Wir nehmen das sehr ernst.“")]
    [InlineData("nl", "Alle tips worden onderzocht, zei een woordvoerder van de politie. De zaak is nog onduidelijk. “We nemen dit serieus.”")]
    [InlineData("de", "Man prüfe alles, sagte ein Sprecher des Ministers. „Wir nehmen das sehr ernst.“")]
    [InlineData("de", "Man prüfe alles, sagte ein Sprecher dem Tageblatt. „Wir nehmen das sehr ernst.“")]
    [InlineData("de", "Man prüfe alles, sagte ein Sprecher der Ministerin. „Wir nehmen das sehr ernst.“")]
    public void ASentenceBetween_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language), paragraph));
}
