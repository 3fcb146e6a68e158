namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Danach kündigte Vereinschef X an: „…“", "Vanmiddag deelde burgemeester X mee: “…”": a separable verb of saying
/// whose subject stands after it, its particle closing the clause before a colon, reports the quote that follows;
/// so does the same verb after the quote ("„…“, teilte Sprecherin X mit"). Probes in German and Dutch, the
/// languages that split their verbs.
/// </summary>
public sealed class SeparableVerbBeforeColonTests
{
    private const string Before = "Der Saal war voll, sagte Paul Hagedorn. „Das hat uns gefreut“, sagte er.";
    private const string BeforeNl = "De zaal zat vol, zei Paul Hagedoorn. “Dat was mooi,” zei hij.";

    [Theory]
    [InlineData(Before + " ¶ Der Verein will im Sommer wiederkommen, kündigte Vereinschef Bernd Hollmich an: „Sie gehört jetzt zu uns.“", "Paul Hagedorn|Bernd Hollmich")]
    [InlineData(Before + " ¶ Am Abend teilte Sprecherin Anna Rothkehl mit: „Die Straße bleibt bis Montag gesperrt.“", "Paul Hagedorn|Anna Rothkehl")]
    [InlineData(Before + " ¶ Danach gab Trainer Jens Kohlhaas bekannt: „Ich höre im Sommer auf.“", "Paul Hagedorn|Jens Kohlhaas")]
    [InlineData(Before + " ¶ Am Montag kündigte die Bürgermeisterin Ute Vollmer an: „Wir bauen neu.“", "Paul Hagedorn|Ute Vollmer")]
    [InlineData(Before + " ¶ Später räumte Bürgermeisterin Ute Vollmer ein: „Wir waren zu langsam.“", "Paul Hagedorn|Ute Vollmer")]
    [InlineData(BeforeNl + " ¶ Vanmiddag deelde burgemeester Jan de Boer mee: “De weg blijft tot maandag dicht.”", "Paul Hagedoorn|Jan de Boer")]
    [InlineData(BeforeNl + " ¶ De club wil volgend jaar terugkomen, kondigde voorzitter Piet Smits aan: “We hebben er zin in.”", "Paul Hagedoorn|Piet Smits")]
    [InlineData(Before + " ¶ Das Dach wird im Frühjahr erneuert, erklärte Bürgermeisterin Ute Vollmer: „Wir haben lange gewartet.“", "Paul Hagedorn|Ute Vollmer")]
    [InlineData(BeforeNl + " ¶ Na afloop kondigde voorzitter Piet Smits aan: “We stoppen er volgend jaar mee.”", "Paul Hagedoorn|Piet Smits")]
    public void ASeparableVerbWithItsSubjectAfterIt_ReportsTheQuoteAfterTheColon(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    [Theory]
    [InlineData(Before + " ¶ „Die Straße bleibt bis Montag gesperrt“, teilte Sprecherin Anna Rothkehl am Abend mit.", "Paul Hagedorn|Anna Rothkehl")]
    [InlineData(Before + " ¶ „Ich höre im Sommer auf“, gab Trainer Jens Kohlhaas gestern bekannt.", "Paul Hagedorn|Jens Kohlhaas")]
    [InlineData(Before + " ¶ „Wir bauen neu“, kündigte Bürgermeisterin Ute Vollmer an.", "Paul Hagedorn|Ute Vollmer")]
    [InlineData(BeforeNl + " ¶ “De weg blijft tot maandag dicht,” deelde burgemeester Jan de Boer vanmiddag mee.", "Paul Hagedoorn|Jan de Boer")]
    public void ASeparableVerbAfterTheQuote_ReportsIt(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    [Theory]
    // A separable verb that is no verb of saying: the quote after the colon is not the subject's.
    [InlineData(Before + " ¶ Am Abend kam Bürgermeisterin Ute Vollmer an. Auf einem Schild stand: „Willkommen daheim.“", "Paul Hagedorn|-")]
    [InlineData(BeforeNl + " ¶ Vanmiddag kwam burgemeester Jan de Boer aan. Op een bord stond: “Welkom thuis.”", "Paul Hagedoorn|-")]
    public void ASeparableVerbOfNoSaying_GivesNoSpeaker(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
