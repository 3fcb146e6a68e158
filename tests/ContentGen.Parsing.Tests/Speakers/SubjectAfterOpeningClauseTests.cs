namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, a dependent clause can fill the first place ("Ob das Werk wieder öffnet,
/// wollte Kranz nicht sagen.", "Of de fabriek weer opengaat, wilde Kranz niet zeggen."): the verb stands right after
/// the clause's comma and the subject right after the verb. That subject ends the last speaker's turn, and a quote
/// with no cue after the sentence is theirs. Before, the clause hid the subject and the quote went on with whoever
/// was quoted before: a wrong speaker.
/// </summary>
public sealed class SubjectAfterOpeningClauseTests
{
    [Theory]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Ob das Werk wieder öffnet, wollte Kranz nicht sagen. „Wir prüfen alles.“")]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Wie es weitergeht, weiß Kranz noch nicht. „Wir prüfen alles.“")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Of de fabriek weer opengaat, wilde Kranz niet zeggen. \"We bekijken alles.\"")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Hoe het verder moet, weet Kranz nog niet. \"We bekijken alles.\"")]
    public void AQuoteAfterTheSubjectOfAClauseOpenedSentence_IsTheirs(string language, string paragraph)
        => Assert.Equal(
            new[] { language == "de" ? "Jens Moor" : "Jan Moor", "Eva Kranz" },
            QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // The subject after the clause is whom "sie" in the cue of the next quote means, not the woman quoted before.
    [Theory]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jana Moor. Auch Eva Kranz kam zum Werk. Ob das Werk wieder öffnet, wollte Kranz nicht sagen. „Wir prüfen alles“, sagte sie.")]
    [InlineData("nl", "\"We waren er snel\", zei Jana Moor. Ook Eva Kranz kwam naar de fabriek. Of de fabriek weer opengaat, wilde Kranz niet zeggen. \"We bekijken alles\", zei ze.")]
    public void APronounAfterTheSubjectOfAClauseOpenedSentence_MeansThatSubject(string language, string paragraph)
        => Assert.Equal(new[] { "Jana Moor", "Eva Kranz" }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // Guards: a name inside the opening clause is that clause's subject, not the sentence's ("weiß niemand"); after the
    // verb, an article opens a noun that is no one named ("stand der Rauch").
    [Theory]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Ob Kranz das Werk wieder öffnet, weiß niemand. „Wir prüfen alles.“")]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Ob Kranz das Werk wieder öffnet, entscheidet der Konzern. „Wir prüfen alles.“")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Of Kranz de fabriek weer opent, weet niemand. \"We bekijken alles.\"")]
    public void ANameInsideTheOpeningClause_IsNotTheNextQuotesSpeaker(string language, string paragraph)
        => Assert.DoesNotContain("Eva Kranz", QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // A word that opens a dependent clause is capitalised there and no first name: "Weil Kranz" is no one.
    [Theory]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Weil Kranz krank war, blieb das Tor zu. „Wir prüfen alles.“")]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Nachdem Kranz gegangen war, blieb das Tor zu. „Wir prüfen alles.“")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Omdat Kranz ziek was, bleef de poort dicht. \"We bekijken alles.\"")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Nadat Kranz weg was, bleef de poort dicht. \"We bekijken alles.\"")]
    public void ASubordinatorOpeningTheSentence_IsNoFirstName(string language, string paragraph)
        => Assert.All(
            QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph),
            speaker => Assert.Contains(speaker, new[] { null, "Jens Moor", "Jan Moor", "Eva Kranz" }));
}
