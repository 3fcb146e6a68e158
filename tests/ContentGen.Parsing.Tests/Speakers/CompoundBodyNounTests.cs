namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch write a body's noun as the last part of a compound ("Landesamt",
/// "Bauernverband", "Fietsersbond"): such a compound is a body's noun as its last part is, so
/// "Das Landesamt Nord" is an organisation that a later "die Behörde" or "aus dem Landesamt"
/// means. A word that only ends in the same letters ("Insgesamt") is none.
/// </summary>
public sealed class CompoundBodyNounTests
{
    [Theory]
    [InlineData("Das Bad", "Das Landesamt Nord prüft seit Wochen einen Antrag auf Fördergeld für das Hallenbad. „Die Chancen stehen nicht schlecht“, heißt es aus der Behörde.", "Landesamt Nord")]
    [InlineData("Das Bad", "Das Landesamt Nord prüft seit Wochen einen Antrag auf Fördergeld für das Hallenbad. „Die Chancen stehen nicht schlecht“, hieß es aus dem Landesamt.", "Landesamt Nord")]
    [InlineData("Der Hafen", "Das Landesamt Nord prüft seit Wochen den Antrag der Hafenbetriebe. Aus der Behörde hieß es am Freitag, die Chancen seien „nicht schlecht“.", "Landesamt Nord")]
    [InlineData("Die Ernte", "Der Bauernverband Talgrund fordert schnelle Hilfe für die Betriebe. „Viele Höfe sind in Not“, hieß es aus dem Verband.", "Bauernverband Talgrund")]
    [InlineData("De fietsbrug", "De Fietsersbond Waterland wil dat de brug voor de zomer open is. “Dit duurt veel te lang”, zegt de bond.", "Fietsersbond Waterland")]
    public void ACompoundEndingInABodysNoun_NamesABody(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // "Das Jugendamt" by its noun alone is one body, as "die Gemeinde" is: a later "die Behörde" means it.
    [Fact]
    public void ACompoundBodyByItsNounAlone_IsOneBody()
        => Assert.Equal(
            new[] { "Jugendamt" },
            QuoteSpeakers.Under(
                "Die Kita",
                "Das Jugendamt prüft seit Wochen die Beschwerden der Eltern. „Wir nehmen jeden Hinweis ernst“, heißt es aus der Behörde."));

    // "Insgesamt" ends in "-amt" and is an adverb: it opens no body, and the person speaks.
    [Fact]
    public void AWordThatOnlyEndsLikeABody_IsNone()
        => Assert.Equal(
            new[] { "Jonas Wellbrock" },
            QuoteSpeakers.Under(
                "Die Ernte",
                "Insgesamt haben dreihundert Betriebe Hilfe beantragt, sagt Jonas Wellbrock. „Die Lage ist ernst“, sagte Wellbrock."));
}
