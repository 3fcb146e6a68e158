namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A dateline opening a paragraph ("KRESSBRUNN – ", "LONDON – ", "Berlin (dpa) – ") says where the report was
/// filed; the sentence after it opens with its own subject, whom a later pronoun, dropped subject or age means.
/// </summary>
public sealed class DatelineTests
{
    [Fact]
    public void AnAgeAfterADatelinedSubject_IsThatSubject_German()
        => Assert.Equal(
            new string?[] { "Georg Wendlinger" },
            QuoteSpeakers.Under(
                "Die letzte Metzgerei schließt",
                "KRESSBRUNN – Georg Wendlinger führt den Betrieb seit dreißig Jahren.",
                "„Irgendwann ist Schluss“, sagt der 64-Jährige."));

    [Fact]
    public void APronounAfterADatelinedSubject_IsThatSubject_English()
        => Assert.Equal(
            new string?[] { "Tom Baker" },
            QuoteSpeakers.Under(
                "The last butcher's shop closes",
                "MILLBECK – Tom Baker has run the shop on the corner for thirty years.",
                "\"Nobody wants to start at four in the morning,\" he said."));

    [Fact]
    public void AnAgeAfterADatelinedSubject_IsThatSubject_Italian()
        => Assert.Equal(
            new string?[] { "Giorgio Ferrante" },
            QuoteSpeakers.Under(
                "Chiude l'ultima macelleria del paese",
                "ROCCAVERDE – Giorgio Ferrante gestisce la bottega di famiglia da trent'anni.",
                "«Nessuno vuole alzarsi alle quattro», ha detto il 64enne."));

    [Fact]
    public void AnAgeAfterADatelinedSubject_IsThatSubject_Dutch()
        => Assert.Equal(
            new string?[] { "Gerrit Wolters" },
            QuoteSpeakers.Under(
                "Laatste slager van het dorp stopt",
                "DALMEER – Gerrit Wolters runt de slagerij al dertig jaar.",
                "\"Niemand wil om vier uur 's ochtends beginnen\", zegt de 64-jarige."));

    [Fact]
    public void AnAgeAfterAnAgencyDateline_IsThatSubject_German()
        => Assert.Equal(
            new string?[] { "Georg Wendlinger" },
            QuoteSpeakers.Under(
                "Die letzte Metzgerei schließt",
                "Kressbrunn (dpa) – Georg Wendlinger führt den Betrieb seit dreißig Jahren.",
                "„Irgendwann ist Schluss“, sagt der 64-Jährige."));

    [Fact]
    public void ADatelineIsNoSpeaker_German()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Die letzte Metzgerei schließt",
                "KRESSBRUNN – Der Laden bleibt ab Juli geschlossen.",
                "„Irgendwann ist Schluss“, sagt der 64-Jährige."));
}
