namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body given by its noun alone ("El ayuntamiento respondió el jueves.", "Die Stadtverwaltung
/// antwortete am Abend.") that the article never named is the sentence's subject: a later
/// dropped subject, pronoun or "it" may mean the body, so they no longer mean the person or
/// organisation quoted before it, when the body spoke (an undenied reporting verb right after it).
/// Before, the last speaker took their words. German "äußern" is a reporting verb.
/// </summary>
public sealed class UnnamedBodySubjectTests
{
    [Theory]
    [InlineData("es", "«Queremos árboles», dijo Pablo Ruiz, del colectivo Calles Verdes.", "El ayuntamiento respondió el jueves. «Los árboles se plantarán en marzo», aseguró.")]
    [InlineData("it", "«Vogliamo alberi», ha detto Paolo Rossi, del comitato Strade Verdi.", "Il comune ha risposto giovedì. «Gli alberi saranno piantati a marzo», ha assicurato.")]
    [InlineData("pt", "“Queremos árvores”, disse Paulo Reis, do coletivo Ruas Verdes.", "A câmara respondeu na quinta-feira. “As árvores serão plantadas em março”, assegurou.")]
    [InlineData("nl", "\"We willen bomen\", zei Paul de Wit van het comité Groene Straten.", "De gemeente reageerde donderdag. \"De bomen worden in maart geplant\", liet ze weten.")]
    [InlineData("de", "„Die Bänke sind kaputt“, sagte Paul Wendt am Mittwoch.", "Die Stadtverwaltung antwortete am Abend. „Der Park bleibt offen“, sagte sie.")]
    public void ADroppedSubjectOrPronounAfterTheBody_IsNotTheLastSpeaker(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), null }, QuoteSpeakers.Under("Probe", Lead(language), first, second));

    // "The trust pays for the repairs itself. '…'": a quote with no cue goes on with the last
    // speaker, who often speaks for the body, as before.
    [Fact]
    public void AQuoteWithNoCueAfterTheBody_StillGoesOnWithTheLastSpeaker()
        => Assert.Equal(
            new[] { "Paul Rook", "Paul Rook" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"The roof leaks in every storm,\" said Paul Rook. The trust pays for the repairs itself. \"Our volunteers fix what they can.\""));

    // Guards: a body named with a complement, a person, a role, and a body the article named are read as before.
    [Fact]
    public void ABodyNamedByItsComplement_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Pablo Ruiz", null },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Queremos árboles», dijo Pablo Ruiz, del colectivo Calles Verdes.", "El ayuntamiento de Valdeoro respondió el jueves. «Los árboles se plantarán en marzo», aseguró."));

    [Fact]
    public void APersonAsTheSubject_StillSpeaksNext()
        => Assert.Equal(
            new[] { "Pablo Ruiz", "Ana Gil" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Queremos árboles», dijo Pablo Ruiz, del colectivo Calles Verdes.", "La concejala Ana Gil respondió el jueves. «Los árboles se plantarán en marzo», aseguró."));

    // A body that did not speak leaves "añadió", "ha aggiunto" to the last speaker, and so does a
    // body whose verb is no report.
    [Theory]
    [InlineData("es", "«Queremos árboles», dijo Pablo Ruiz. El ayuntamiento no ha respondido. «Esperamos desde hace dos años», añadió.")]
    [InlineData("it", "«Vogliamo alberi», ha detto Paolo Rossi. Il comune non ha ancora risposto. «Aspettiamo da due anni», ha aggiunto.")]
    [InlineData("es", "«Queremos árboles», dijo Pablo Ruiz. El ayuntamiento compró la plaza en 2019. «Esperamos desde hace dos años», añadió.")]
    public void ABodyThatDidNotSpeak_LeavesTheLastSpeakerTheWords(string language, string paragraph)
        => Assert.Equal(new[] { Speaker(language), Speaker(language) }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    [Fact]
    public void TheSameSpeakerAfterAnotherNoun_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Pablo Ruiz", "Pablo Ruiz" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Queremos árboles», dijo Pablo Ruiz, del colectivo Calles Verdes.", "La plaza sigue sin sombra. «Los árboles se plantarán en marzo», aseguró."));

    // English keeps "it" for a body: "he" is still a person, whom the body's sentence does not change.
    [Fact]
    public void AnEnglishHe_AfterTheBody_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Paul Rook", "Paul Rook" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"The roof leaks in every storm,\" said Paul Rook.", "The trust replied on Monday. \"Our volunteers fix what they can,\" he said."));

    [Fact]
    public void TheCouncilTheArticleNamed_StillSpeaksThroughIt()
        => Assert.Equal(
            new[] { "Harbour District Council", "Harbour District Council" },
            QuoteSpeakers.Under("Probe", "\"We will plant trees,\" said Harbour District Council.", "The council responded on Thursday. \"The trees will be planted in March,\" it said."));

    private static string Speaker(string language) => language switch
    {
        "es" => "Pablo Ruiz",
        "it" => "Paolo Rossi",
        "pt" => "Paulo Reis",
        "nl" => "Paul de Wit",
        "de" => "Paul Wendt",
        _ => "Paul Rook",
    };

    private static string Lead(string language) => language switch
    {
        "es" => LanguageLeads.Spanish,
        "it" => LanguageLeads.Italian,
        "pt" => LanguageLeads.Portuguese,
        "nl" => LanguageLeads.Dutch,
        "de" => LanguageLeads.German,
        _ => "The harbour board has approved a new quay after months of talks. Work starts in the spring and will take two years.",
    };
}
