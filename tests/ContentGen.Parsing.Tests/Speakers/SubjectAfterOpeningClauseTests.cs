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

    // An opening clause that reports gives the source, not the subject after it, as whom the next quote means ("Wie
    // die Polizei sagte, soll Berg …": the police's words may follow); a passive auxiliary after the comma makes the
    // subject one the act befell ("…, wurde Berg leicht verletzt"). Neither is the speaker of a cue-less quote or of a later "er".
    [Theory]
    [InlineData("de", "„Es war dunkel“, sagte Jens Moor. Der Radfahrer Jonas Berg war auf dem Heimweg. Wie die Polizei mitteilte, wurde Berg leicht verletzt. „Wir ermitteln in alle Richtungen.“", "Jonas Berg")]
    [InlineData("de", "„Es war dunkel“, sagte Jens Moor. Der Radfahrer Jonas Berg war auf dem Heimweg. Wie die Polizei sagte, soll Berg am Montag aussagen. „Wir ermitteln in alle Richtungen.“", "Jonas Berg")]
    [InlineData("nl", "\"Het was donker\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Zoals de politie zei, moet Kranz maandag getuigen. \"We bekijken alles.\"", "Eva Kranz")]
    [InlineData("de", "„Es war dunkel“, sagte Jens Moor. Der Radfahrer Jonas Berg war auf dem Heimweg. Nachdem der Brand gelöscht war, wurde Berg nach Hause gebracht. „Wir prüfen alles.“", "Jonas Berg")]
    [InlineData("nl", "\"Het was donker\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Zoals de politie meldde, werd Kranz licht gewond. \"We bekijken alles.\"", "Eva Kranz")]
    [InlineData("nl", "\"Het was donker\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Nadat de brand geblust was, werd Kranz naar huis gebracht. \"We bekijken alles.\"", "Eva Kranz")]
    [InlineData("nl", "\"Het was donker\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Zoals Kranz zei, wordt de fabriek gesloten. \"We bekijken alles.\"", "Zoals Kranz")]
    public void TheSubjectAfterAReportingOrPassiveOpening_IsNotTheNextSpeaker(string language, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));

    // A word that opens a dependent clause is capitalised there and no first name: "Weil Kranz" is no one. The clause's
    // actor is read without it, and a quote with no cue after the sentence is no one's: neither the last speaker's nor
    // Kranz's, who says nothing here.
    [Theory]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Weil Kranz krank war, blieb das Tor zu. „Wir prüfen alles.“")]
    [InlineData("de", "„Wir waren schnell vor Ort“, sagte Jens Moor. Auch Eva Kranz kam zum Werk. Nachdem Kranz gegangen war, blieb das Tor zu. „Wir prüfen alles.“")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Omdat Kranz ziek was, bleef de poort dicht. \"We bekijken alles.\"")]
    [InlineData("nl", "\"We waren er snel\", zei Jan Moor. Ook Eva Kranz kwam naar de fabriek. Nadat Kranz weg was, bleef de poort dicht. \"We bekijken alles.\"")]
    public void ASubordinatorOpeningTheSentence_IsNoFirstName(string language, string paragraph)
    {
        var moor = language == "de" ? "Jens Moor" : "Jan Moor";
        Assert.Equal(new[] { moor, null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph));
    }

    // The same in English and the Romance languages: the conjunction is no first name ("When Crane", "Cuando Cruz"),
    // the clause's actor is read without it ("Cuando Cruz llegó, habló …" is hers), and the quote never goes on with
    // the speaker before.
    [Theory]
    [InlineData("en", "\"It was dark,\" said Ben Moor. Eva Crane also came to the plant. When Crane arrived, she spoke to the workers. \"We are checking everything.\"", "Ben Moor", "When Crane")]
    [InlineData("es", "«Estaba oscuro», dijo Juan Mora. También Eva Cruz llegó a la fábrica. Cuando Cruz llegó, habló con los obreros. «Lo revisamos todo».", "Juan Mora", "Cuando Cruz")]
    [InlineData("it", "«Era buio», ha detto Gianni Mori. Anche Eva Conti è arrivata alla fabbrica. Quando Conti è arrivata, ha parlato con gli operai. «Verifichiamo tutto».", "Gianni Mori", "Quando Conti")]
    public void ASubordinatorOpeningTheSentence_ElsewhereIsNoFirstName(string language, string paragraph, string before, string misread)
    {
        var speakers = QuoteSpeakers.Under("Probe", LanguageLeads.For(language) + " " + paragraph);
        Assert.Equal(before, speakers[0]);
        Assert.NotEqual(before, speakers[^1]);
        Assert.DoesNotContain(misread, speakers);
    }

    [Fact]
    public void ASubordinatorOpeningTheSentence_ElsewhereLeavesTheNameAfterIt_Spanish()
        => Assert.Equal(
            "Eva Cruz",
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish + " «Estaba oscuro», dijo Juan Mora. También Eva Cruz llegó a la fábrica. Cuando Cruz llegó, habló con los obreros. «Lo revisamos todo».")[^1]);
}
