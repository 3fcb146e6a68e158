using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Quotes that a label gives rather than a verb: a list line naming a manager before his words,
/// an interview's topic before the guest's answer; and the reach of a turn: past a quote that
/// ends with its own question, and past a role's brief after an appositive.
/// </summary>
public sealed class LabelAndInterviewTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour beat Vale", paragraphs);

    private static string?[] FrenchSpeakers(params string[] paragraphs)
        => ArticleParser.Parse("Les points clés de l'interview de Paul Martin\n\n" + string.Join("\n\n", paragraphs), "fr").Quotes.Select(q => q.Speaker).ToArray();

    [Fact]
    public void AListLineNamingSomeoneBeforeTheirWords_GivesThemTheQuote()
        => Assert.Equal(
            new[] { "Tom Fox", "Ann Lee" },
            Speakers("- Harbour boss Tom Fox \"I am gutted by that score.\"\n - Vale boss Ann Lee \"We earned the points. Our second half was much better.\""));

    [Theory]
    [InlineData("The Harbour Trust \"will not back down\".")]
    [InlineData("Acme launched its \"Premium Gold\" range.")]
    public void ANameBeforeAQuote_WithNoListDash_IsNoLabel(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void ATopicBeforeAColon_InAnInterview_LabelsTheGuestsAnswer()
        => Assert.Equal(
            new[] { "Paul Martin", "Paul Martin" },
            FrenchSpeakers(
                "Le porte-parole du parti Paul Martin, député de la Somme, répondait aux questions de Julie Durand et Marc Petit.",
                "Grève des dockers du port : « On a un ministère muet qui refuse de voir la crise. »",
                "Europe : « Nous voulons une Europe des ports. »"));

    [Fact]
    public void ATopicBeforeAColon_WithNoInterview_LabelsNoOne()
        => Assert.Null(FrenchSpeakers("Le texte sera voté mardi.", "Grève des dockers du port : « On a un ministère muet qui refuse de voir la crise. »")[0]);

    [Fact]
    public void AQuoteEndingWithItsOwnQuestion_BeforeANewSentence_GoesOnWithTheReporter()
        => Assert.Equal(
            "Dan Harbour",
            Speakers(
                "Dan Harbour, features editor of Vale magazine, says old series come with their own fans.",
                "\"I see why the studios like it. What comes after, a sequel set under the sea?\" Even after the last one's weak takings, the fashion is not fading.")[0]);

    [Fact]
    public void AShortClauseAfterAQuestion_IsACue_NotANewSentence()
        => Assert.Equal(
            new string?[] { "Tom Mills", null },
            Speakers("\"Not as far as I know,\" Tom Mills replied. \"Did you ever see him sign the book?\" Mr Harbour pressed."));

    [Theory]
    [InlineData("Steve Harbour, 31, from Valmont, said after the speech: \"I think that changed a lot for us.\"", "Steve Harbour")]
    [InlineData("Harry Harbour, 61, left his Vale Park post on Monday and vowed: \"I will not take the easy way out.\"", "Harry Harbour")]
    [InlineData("Some Harbour fans would be angry at such a move, but Perry Vale countered: \"I know feelings would run high.\"", "Perry Vale")]
    public void AClauseAfterACommaThatOpensWithALinkOrAPossessive_DescribesNoOne(string paragraph, string? speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Dr John E. Harbour, Acme senior vice president, Research and Design, said: \"We are proud of the team.\"", "John E. Harbour")]
    [InlineData("The head of the unit, Acting Detective Chief Inspector, Mick Harbour, said: \"This inquiry has broken up the gang.\"", "Mick Harbour")]
    public void ARolesBriefAfterAnAppositive_GoesOnWithIt_ButANameIsNoBrief(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);
}
