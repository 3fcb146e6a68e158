namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A subordinate clause opening the sentence (the lexicons' <c>Subordinators</c>: "before",
/// "when", "although", "quand", "cuando", "quando", "wenn", "toen") reports less than the main
/// clause after its comma: "Even before the club said he would stay, Baker insisted …" makes Baker
/// whom the next "he" means (issue 10's S3). A subordinate clause with no main clause that reports
/// leaves its own reporting subject as it was.
/// </summary>
public sealed class SubordinateClauseTests
{
    private const string Headline = "Harbour striker row deepens";
    private const string Lead = "The striker was dropped for the weekend game after a row with the manager. The club has not commented.";

    [Theory]
    [InlineData("But even before Harbourton said the player would not be sold, Tom Baker insisted he had no intention of leaving. \"I would play anywhere for this club,\" he said.")]
    [InlineData("When Harbourton said the player would not be sold, Tom Baker insisted he had no intention of leaving. \"I would play anywhere for this club,\" he said.")]
    [InlineData("Although Harbourton said the player would not be sold, Tom Baker insisted he had no intention of leaving. \"I would play anywhere for this club,\" he said.")]
    public void TheMainClausesReporter_IsWhomHeMeans(string paragraph)
        => Assert.Equal(new[] { "Tom Baker" }, QuoteSpeakers.Under(Headline, Lead, paragraph));

    [Fact]
    public void TheMainClausesReporter_IsWhomIlMeans_InFrench()
        => Assert.Equal(new[] { "Paul Girard" }, QuoteSpeakers.Under(
            "Le port ferme l'hiver",
            LanguageLeads.French,
            "Quand la mairie a annoncé la fermeture, Paul Girard a protesté devant le quai. « Le port meurt », a-t-il lancé."));

    // Guard: a role in the main clause may mean anyone salient, and does not take over.
    [Fact]
    public void ARoleInTheMainClause_DoesNotTakeOver()
    {
        var speakers = QuoteSpeakers.Under(
            Headline,
            Lead,
            "Tom Roe backed the plan on Monday.",
            "When Robin Lee said the vote would be close, the chairman insisted it would pass. \"We have the numbers,\" he said.");
        // The reading before the rule: the subordinate clause's reporter stays.
        Assert.Equal("Robin Lee", speakers[^1]);
    }

    // Guard: with no reporting verb in the main clause, the subordinate clause's reporter stays.
    [Fact]
    public void ASubordinateReporterAlone_StaysTheReporter()
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under(
            Headline,
            Lead,
            "When Jane Roe said the player would stay, the fans cheered. \"He is going nowhere,\" she said."));

    // Review guards: a subordinator after the main clause's own verb opens no clause before it.
    [Theory]
    [InlineData("Tom Baker said when the season ended, Sam Lee told him he could leave. \"It was a shock,\" he said.", "Tom Baker")]
    [InlineData("Tom Baker spoke while Sam Lee, the chairman, said nothing. \"It went well,\" he said.", "Tom Baker")]
    public void ASubordinatorAfterTheMainVerb_HandsNothingOver(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headline, Lead, paragraph));

    [Fact]
    public void ASubordinatorAfterAPronounsVerb_HandsNothingOver()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(Headline, Lead, "He said once the deal was signed, Sam Lee warned the players. \"It was a shock,\" he said."));
}
