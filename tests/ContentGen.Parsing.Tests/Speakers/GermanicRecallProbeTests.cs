namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Probes (session 56) of the German and Dutch constructions the reader missed on fresh text, each in
/// other words than the article that showed it: a role noun between an inverted verb and the name, a
/// role between an according-to cue and the name, a verbless quote after a person brought in, and an
/// epithet at the cue for a person named before. A row the reader does not read yet is listed in
/// docs/speakers.md (session 56, "Probes not read yet"), for the next rule.
/// </summary>
public sealed class GermanicRecallProbeTests
{
    [Theory]
    [InlineData("de", "Am Dienstag erklärte Schulleiterin Monika Weiß: „Wir brauchen mehr Lehrer.“", "Monika Weiß")]
    [InlineData("de", "Danach betonte Landrat Peter Vogt: „Wir geben nicht auf.“", "Peter Vogt")]
    [InlineData("de", "Am Abend sagte Bürgermeisterin Ulrike Sommer, die Lage sei ernst. „Wir müssen sparen.“", "Ulrike Sommer")]
    [InlineData("nl", "In Utrecht heeft wethouder Karin de Vries gezegd: “We gaan door.”", "Karin de Vries")]
    [InlineData("nl", "Daarna zei burgemeester Pieter Bos: “Het is genoeg.”", "Pieter Bos")]
    [InlineData("nl", "Gisteren vertelde huisarts Anouk Smit dat de wachtlijst groeit. “Het is niet te doen.”", "Anouk Smit")]
    [InlineData("nl", "Dinsdag verklaarde Tweede Kamerlid Joost Meijer: “Dit kan zo niet langer.”", "Joost Meijer")]
    public void RoleAfterInvertedVerb(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));

    [Theory]
    [InlineData("de", "Laut Statikerin Anna Berg ist die Brücke marode: „Sie muss gesperrt werden.“", "Anna Berg")]
    [InlineData("de", "Dem Ingenieur Tobias Lang zufolge ist der Damm „kaum noch zu retten“.", "Tobias Lang")]
    [InlineData("nl", "Volgens dierenarts Bram Kok is de kudde “in slechte staat”.", "Bram Kok")]
    [InlineData("en", "According to engineer Tom Hale, the bridge is \"beyond repair\".", "Tom Hale")]
    [InlineData("fr", "Selon l'ingénieure Anne Roux, le pont est « à bout de souffle ».", "Anne Roux")]
    [InlineData("es", "Según la ingeniera Ana Ruiz, el puente está «al límite».", "Ana Ruiz")]
    public void RoleAfterAccordingTo(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));

    [Theory]
    [InlineData("de", "Auch Anwohnerin Gisela Hahn (72) ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("nl", "Ook buurman Kees Post (58) is sceptisch: “Ik geloof het pas als ik het zie.”", "Kees Post")]
    [InlineData("en", "Pensioner Jim Hart, 70, is also angry: \"Nobody listens to us.\"", "Jim Hart")]
    [InlineData("de", "Gisela Hahn ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("de", "Gisela Hahn (72) ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("de", "Auch Gisela Hahn ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("de", "Gisela Hahn, 72, ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("nl", "Ria Jansen is boos: “Niemand luistert.”", "Ria Jansen")]
    [InlineData("nl", "Ria Jansen (72) is boos: “Niemand luistert.”", "Ria Jansen")]
    [InlineData("nl", "Ook Ria Jansen is boos: “Niemand luistert.”", "Ria Jansen")]
    [InlineData("en", "Jim Hart (70) is angry: \"Nobody listens to us.\"", "Jim Hart")]
    public void VerblessQuoteAfterPerson(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));

    [Theory]
    [InlineData("de", "Gisela Hahn wohnt seit dreißig Jahren am Fluss. Der Lärm stört sie. „Nachts kann ich nicht schlafen“, sagt die 72-Jährige.", "Gisela Hahn")]
    [InlineData("nl", "Kees Post woont al dertig jaar aan de dijk. Het water komt elk jaar hoger. “Ik slaap slecht”, zegt de 58-jarige.", "Kees Post")]
    [InlineData("nl", "Wethouder Ellen Kramer wil de school sluiten. Ouders protesteren. “We hebben geen keus”, aldus de wethouder.", "Ellen Kramer")]
    public void EpithetAtCueForPersonNamedBefore(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));
}
