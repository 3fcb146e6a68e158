namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A verb phrase the lexicons list as reporting (<c>ReportingPhrases</c>) governs a quote later in its sentence as one reporting verb does, when
/// "che", "que" or "that" opens its clause right after it: "L'azienda Acque Tirrene fa sapere che
/// «…»" gives Acque Tirrene. Dutch "laten weten" is a reporting verb already; a water board is a
/// body the Dutch lexicon knows by its noun ("het waterschap Lage Wetering").
/// </summary>
public sealed class GoverningPhraseTests
{
    [Theory]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "L'azienda Acque Tirrene fa sapere che «nessuno resterà senza acqua».", "Acque Tirrene")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Marco Bellini ha fatto sapere che il molo «riaprirà a maggio».", "Marco Bellini")]
    [InlineData("El puerto cierra en invierno", LanguageLeads.Spanish, "Marco Bellini hizo saber que el muelle «abrirá en mayo».", "Marco Bellini")]
    [InlineData("Porto fecha no inverno", LanguageLeads.Portuguese, "Marco Bellini fez saber que o cais “reabre em maio”.", "Marco Bellini")]
    [InlineData("Le port ferme l'hiver", LanguageLeads.French, "Paul Girard a fait savoir que le quai « rouvrira en mai ».", "Paul Girard")]
    public void AReportingPhraseBeforeItsClause_GovernsTheQuote(string headline, string lead, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, lead, sentence));

    // Guards: the phrase before an object, or the verb alone, governs nothing.
    [Theory]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Marco Bellini fa sapere la data del «grande ritorno» ai pescatori.")]
    [InlineData("Il porto chiude d'inverno", LanguageLeads.Italian, "Marco Bellini fa che il molo sia «sempre aperto».")]
    [InlineData("Le port ferme l'hiver", LanguageLeads.French, "Paul Girard a fait que le quai soit « toujours ouvert ».")]
    public void ThePhraseWithoutItsClause_GovernsNothing(string headline, string lead, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, lead, sentence));

    [Theory]
    [InlineData("\"De werkzaamheden zijn in het voorjaar klaar\", laat het waterschap Lage Wetering weten.")]
    [InlineData("\"De werkzaamheden zijn in het voorjaar klaar\", zei een woordvoerder van het waterschap Lage Wetering.")]
    public void AWaterBoard_IsABodyByItsNoun(string sentence)
        => Assert.Equal(new[] { "Lage Wetering" }, QuoteSpeakers.Under("Gemeenteraad stemt in met nieuwe brug", LanguageLeads.Dutch, sentence));

    [Fact]
    public void AWaterBoardNamedBefore_IsWhomItsNounMeans()
        => Assert.Equal(
            new[] { "Lage Wetering" },
            QuoteSpeakers.Under(
                "Gemeenteraad stemt in met nieuwe brug",
                LanguageLeads.Dutch,
                "Het waterschap Lage Wetering betaalt de helft. \"We zijn tevreden\", zei een woordvoerder van het waterschap."));

    // Review guards: "vouloir dire" means "to mean", and reports nothing.
    [Theory]
    [InlineData("Le départ d'Anne Morel veut dire que le quai « restera fermé ».")]
    [InlineData("Le départ de la présidente Anne Morel veut dire que le quai « restera fermé ».")]
    public void ToMean_ReportsNothing(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Le port ferme l'hiver", LanguageLeads.French, sentence));
}
