namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Zijn klasgenoot Noor El Amrani kan het begrijpen. "…"", "Ihre Kollegin Eva Lind sieht das anders.
/// „…“": a possessive, any noun of a tie to the owner (a classmate, a colleague) and a full name open
/// the sentence; the name is its subject, whom a quote standing alone after it belongs to, not the
/// speaker the owner means. Only a full name of two words or more, not joined to another subject:
/// "Zijn club Ajax" names no one, and the quote goes on as before. German reads its capitalised nouns
/// so already; the test stands for the counterpart.
/// </summary>
public sealed class CompanionBeforeNameTests
{
    [Theory]
    [InlineData("nl", "Daan Mulder is boos. \"Ik heb hard geleerd voor dit vak\", zegt hij.", "Zijn klasgenoot Noor El Amrani kan de beslissing wel begrijpen. \"Stel dat iedereen denkt dat je gespiekt hebt.\"", "Noor El Amrani")]
    [InlineData("de", "Anna Roth ist verärgert. „Ich habe für dieses Fach hart gelernt“, sagt sie.", "Ihre Kollegin Eva Lind sieht das anders. „Lieber jetzt noch einmal schreiben als mit Zweifeln leben.“", "Eva Lind")]
    public void AQuoteAlone_AfterACompanionNamedInFull_IsTheCompanions(string language, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Examen", LanguageLeads.For(language), first, second)[^1]);

    // The stop: a subject joined to another ("X en zijn vriend Y") is neither's alone.
    [Fact]
    public void ACompanionJoinedToAnother_IsNotTheSubject()
        => Assert.NotEqual(
            "Noor El Amrani",
            QuoteSpeakers.Under("Examen", LanguageLeads.Dutch,
                "Daan Mulder is boos. \"Ik heb hard geleerd voor dit vak\", zegt hij.",
                "Zijn klasgenoot Noor El Amrani en zijn vriend Sem de Jong kunnen de beslissing wel begrijpen. \"Stel dat iedereen denkt dat je gespiekt hebt.\"")[^1]);

    // The stop: a one-word name after the noun ("Zijn club Ajax") is no person named in full.
    [Fact]
    public void AOneWordNameAfterTheNoun_IsNotTheSubject()
        => Assert.NotEqual(
            "Ajax",
            QuoteSpeakers.Under("Examen", LanguageLeads.Dutch,
                "Daan Mulder is boos. \"Ik heb hard getraind dit jaar\", zegt hij.",
                "Zijn club Ajax kan de beslissing wel begrijpen. \"Stel dat iedereen denkt dat je vals gespeeld hebt.\"")[^1]);

    // The stop: a noun that is no person's ("his film") names a work, never a companion.
    [Theory]
    [InlineData("en", "Dan Mulder is pleased. \"I worked hard this year,\" he said.", "His film Silent Waters won a prize yesterday. \"Imagine everyone thinking it was luck.\"", "Silent Waters")]
    public void ANounThatIsNoPersons_NamesNoCompanion(string language, string before, string sentence, string work)
        => Assert.NotEqual(work, QuoteSpeakers.Under("Prijs", LanguageLeads.For(language), before, sentence)[^1]);
}
