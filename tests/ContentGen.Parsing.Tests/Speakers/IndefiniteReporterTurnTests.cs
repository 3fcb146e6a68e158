namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opened by an indefinite article whose words up to its reporting verb are all lower
/// case ("A woman who lives above the shops said …", "Een bewoonster van de flat zei …", "Une
/// retraitée de l'immeuble a expliqué …") brings in someone unnamed who reports, whose noun no
/// list holds: the last speaker's turn is over, and a quote with no cue after it is not theirs.
/// Before, it went on with the last speaker, a paragraph back. A pronoun or a comma before the
/// verb leaves the report to whom they mean.
/// </summary>
public sealed class IndefiniteReporterTurnTests
{
    // A people noun with a relative clause ("A woman who lives above the shops …") brings that person in as the
    // sentence's subject, so the quote right after is hers, given by the noun (SpeakerFinder.UnnamedBroughtInQuotedNext.cs);
    // before session 63 it was no one's, as the rows below still are.
    [Fact]
    public void SomeoneUnnamedBroughtInReporting_IsWhoseTheQuoteAfterIs_InEnglish()
        => Assert.Equal(
            new string?[] { "Henk Bos", "woman" },
            QuoteSpeakers.Under("Shops fear empty units", "\"If the supermarket goes, I go too,\" said butcher Henk Bos.",
                "A woman who lives above the shops said afterwards that she was worried. \"I am 81. Where will I do my shopping?\""));

    // "resident" is a role in English, which the reading of someone brought in leaves unnamed.
    [Theory]
    [InlineData("A resident of the flats above the shops said afterwards that she was worried. \"I am 81. Where will I do my shopping?\"")]
    public void SomeoneUnnamedReporting_EndsTheTurn_InEnglish(string paragraph)
        => Assert.Equal(
            new string?[] { "Henk Bos", null },
            QuoteSpeakers.Under("Shops fear empty units", "\"If the supermarket goes, I go too,\" said butcher Henk Bos.", paragraph));

    [Fact]
    // Since session 66 the people noun opening the sentence brings the person in as its subject
    // (SpeakerFinder.UnnamedPlainSubject.cs), so the quote right after is theirs, by the noun; it was no one's.
    public void SomeoneUnnamedReporting_EndsTheTurn_InDutch()
        => Assert.Equal(
            new string?[] { "Henk Bosman", "bewoonster" },
            QuoteSpeakers.Under(
                "Winkeliers vrezen leegstand",
                LanguageLeads.Dutch,
                "“Als de supermarkt gaat, ga ik ook”, zegt slager Henk Bosman.",
                "Een bewoonster van de flat boven het winkelcentrum zei na afloop dat ze zich zorgen maakt. “Ik ben 81. Waar moet ik straks mijn boodschappen doen?”"));

    [Fact]
    // As in Dutch: the newcomer's, since session 66.
    public void SomeoneUnnamedReporting_EndsTheTurn_InFrench()
        => Assert.Equal(
            new string?[] { "Henri Bossu", "retraitée" },
            QuoteSpeakers.Under(
                "Les commerçants inquiets",
                LanguageLeads.French,
                "« Si le supermarché part, je pars aussi », dit le boucher Henri Bossu.",
                "Une retraitée de l'immeuble a expliqué à la sortie qu'elle était inquiète. « J'ai 81 ans. Où vais-je faire mes courses ? »"));

    // Guards: a pronoun or a comma before the reporting verb leaves the report to the one speaking.
    [Theory]
    [InlineData("A decision is due in May, he said. \"We are ready for it.\"")]
    [InlineData("A lot has changed since the spring, and he said the work had gone well. \"We are ready for it.\"")]
    public void AReportBySomeoneNamed_GoesOn(string sentences)
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.Under("Quay to reopen", "\"We will keep to the timetable,\" said Tom Fox. " + sentences));
}
