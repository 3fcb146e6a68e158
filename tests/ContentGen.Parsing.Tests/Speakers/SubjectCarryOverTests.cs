using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S9, carry-over to the subject of the sentence just before a quote with no cue, when that
/// subject is a person: named ("Jean Dupont était à Calais lundi. « … »"), also before anyone was
/// quoted, or a pronoun that points to someone ("Il a rencontré des associations. « … »").
/// A pronoun that points to no one, or a subject that is no person, gives the quote no one.
/// </summary>
public sealed class SubjectCarryOverTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Calais : le ministre sur le terrain", paragraphs);

    [Fact]
    public void TheFirstQuote_GoesToTheNamedSubjectJustBefore()
        => Assert.Equal(
            new[] { "Jean Dupont" },
            Speakers("Le ministre de l'Intérieur Jean Dupont était à Calais lundi. « Nous ne lâcherons rien sur la sécurité des habitants. »"));

    [Fact]
    public void AQuote_GoesToWhomThePronounSubjectJustBeforeMeans()
        => Assert.Equal(
            new[] { "Jean Dupont" },
            Speakers(
                "Le texte doit être présenté au printemps devant le Parlement.",
                "Jean Dupont était à Calais lundi. Il a rencontré des associations et des élus. « Nous ne lâcherons rien sur la sécurité des habitants. »"));

    [Fact]
    public void AQuote_GoesToWhomThePronounSubjectJustBeforeMeans_InEnglish()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under(
                "Union leader attacks pay deal",
                "\"We were never consulted,\" said Tom Baker, who has led the drivers for ten years.",
                "The union's members voted on Tuesday and the count took six hours.",
                "Mr Baker spoke to reporters after the count. He was clearly angry. \"This is a betrayal of every one of our members.\""));

    [Fact]
    public void APronounThatMeansNoOne_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers("Il a plu toute la journée sur le camp. « Nous ne lâcherons rien sur la sécurité des habitants. »"));

    [Fact]
    public void ASubjectThatIsNoPerson_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            Speakers("Le texte sera présenté lundi au Sénat. « Nous ne lâcherons rien sur la sécurité des habitants. »"));
}
