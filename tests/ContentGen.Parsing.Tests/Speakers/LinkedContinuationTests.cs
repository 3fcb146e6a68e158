namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S9 reaches a quote opening its sentence followed by a relative clause that ends the sentence and
/// names no one ("« Nous ouvrirons trois classes », qui accueilleront les enfants du quartier."):
/// the clause says more of what the words are about, so they go on with the last speaker's. Before,
/// the quote had no speaker. A clause a comma closes makes the quote the subject of a later verb (a
/// title, a slogan), and a clause that reports gives the words to no one.
/// </summary>
public sealed class LinkedContinuationTests
{
    [Fact]
    public void ARelativeClauseEndingTheSentence_NamesNoOneElse_InFrench()
        => Assert.Equal(
            new[] { "Hélène Marchal", "Hélène Marchal" },
            QuoteSpeakers.Under(
                "L'école agrandie",
                LanguageLeads.French,
                "« Les travaux commencent en avril », a confirmé la directrice de l'école, Hélène Marchal. « Nous ouvrirons trois classes », qui accueilleront les enfants du quartier."));

    [Fact]
    public void ARelativeClauseEndingTheSentence_NamesNoOneElse_InEnglish()
        => Assert.Equal(
            new[] { "Owen Pryde", "Owen Pryde" },
            QuoteSpeakers.Under(
                "Ferry timetable",
                "\"The new boat arrives in April,\" said harbour master Owen Pryde. \"It will carry two hundred cars a day\", which should end the summer queues."));

    // Guards (review s24, finding 7): a title or a chant before a relative clause that a comma
    // closes is the subject of a later verb; a reporting clause; and a conjunction with an adverb
    // before the quote, read as before (no speaker).
    [Theory]
    [InlineData("« Le long chemin du retour à la maison », qui sort en mai, est son troisième film.")]
    [InlineData("« Pas de fermeture de classe », que scandaient les parents, a résonné toute la matinée.")]
    public void AClauseClosedByAComma_IsNoContinuation_InFrench(string sentence)
        => Assert.Equal(
            new string?[] { "Paul Roux", null },
            QuoteSpeakers.Under("Le cinéma rouvre", LanguageLeads.French, "« Nous avons tourné pendant deux ans », a dit le réalisateur Paul Roux. " + sentence));

    [Theory]
    [InlineData("\"It will carry two hundred cars a day\", which Ann Lee said was far too few.")]
    [InlineData("But in the end, \"nobody asked the crews what they wanted\".")]
    [InlineData("But critics, \"the new boat was never worth the money\".")]
    public void AReportingClauseOrALinkBefore_IsReadAsBefore(string sentence)
        => Assert.Equal(
            new string?[] { "Owen Pryde", null },
            QuoteSpeakers.Under("Ferry timetable", "\"The new boat arrives in April,\" said harbour master Owen Pryde. " + sentence));
}
