namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, an opening phrase puts it before its subject: a full name right
/// after it ("Neben ihm sortiert Jonas Petrescu Kisten", "Tussen de kisten staat Gerrit Hofstede") is the
/// sentence's subject, whom a later pronoun means, before the speaker of the paragraph before.
/// </summary>
public sealed class BareVerbSecondSubjectTests
{
    [Theory]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "Neben ihm sortiert Jonas Petrescu Kisten im Hof. „Hier verdiene ich gut“, sagt er.", "Jonas Petrescu")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Tussen de kisten staat Jonas Petrescu over een weegschaal gebogen. \"Kijk\", zegt hij.", "Jonas Petrescu")]
    public void AFullNameRightAfterTheSecondVerb_IsTheSubject(string language, string first, string second, string expected)
        => Assert.Equal(new[] { Huber(language), expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    // Stops: an opening no listed preposition opens ("Zusammen mit X sortiert er"); past that
    // guard, a preposition before the name makes it an object ("Neben der Halle mit X sortiert er").
    [Theory]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "Zusammen mit Jonas Petrescu sortiert er Kisten im Hof. „Hier verdiene ich gut“, sagt er.", "Karl Huber")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Samen met Jonas Petrescu staat hij bij de kisten. \"Kijk\", zegt hij.", "Karel Hoekstra")]
    [InlineData("de", "„Die Ernte ist gut“, sagt der Landwirt Karl Huber.", "Neben der Halle mit Jonas Petrescu sortiert er Kisten. „Hier verdiene ich gut“, sagt er.", "Karl Huber")]
    [InlineData("nl", "\"De oogst is goed\", zegt boer Karel Hoekstra.", "Tussen de kisten met Jonas Petrescu staat hij gebogen. \"Kijk\", zegt hij.", "Karel Hoekstra")]
    public void ANameAfterAPreposition_IsNoSubject(string language, string first, string second, string expected)
        => Assert.Equal(new[] { Huber(language), expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    private static string Huber(string language) => language == "de" ? "Karl Huber" : "Karel Hoekstra";
}
