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
        => ArticleParser.Parse("Ce qu'il faut retenir de l'interview de Paul Martin\n\n" + string.Join("\n\n", paragraphs), "fr").Quotes.Select(q => q.Speaker).ToArray();

    [Fact]
    public void AListLineNamingSomeoneBeforeTheirWords_GivesThemTheQuote()
        => Assert.Equal(
            new[] { "Tom Fox", "Ann Lee" },
            Speakers("- Harbour boss Tom Fox \"I am bitterly disappointed with the result.\"\n - Vale boss Ann Lee \"We deserved the win. We had a really good second half.\""));

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
                "Grève des médecins généralistes : « On a un gouvernement sourd qui refuse de prendre le problème. »",
                "Europe : « Nous voulons une autre Europe. »"));

    [Fact]
    public void ATopicBeforeAColon_WithNoInterview_LabelsNoOne()
        => Assert.Null(FrenchSpeakers("Le texte sera voté mardi.", "Grève des médecins généralistes : « On a un gouvernement sourd qui refuse de prendre le problème. »")[0]);

    [Fact]
    public void AQuoteEndingWithItsOwnQuestion_BeforeANewSentence_GoesOnWithTheReporter()
        => Assert.Equal(
            "Dan Harbour",
            Speakers(
                "Dan Harbour, reviews editor of Vale magazine, says classic shows have a built-in audience.",
                "\"I can understand why people are doing this. What is next, a remake on some distant planet?\" Despite the film's poor run at the box office, the craze shows no signs of abating.")[0]);

    [Fact]
    public void AShortClauseAfterAQuestion_IsACue_NotANewSentence()
        => Assert.Equal(
            new string?[] { "Tom Myers", null },
            Speakers("\"Not that I am aware of,\" Tom Myers replied. \"Did you ever know him to make an entry?\" Mr Harbour pressed."));

    [Theory]
    [InlineData("Stephen Harbour, 26, from Wales, said after the speech: \"I think it was a bit of a turning point.\"", "Stephen Harbour")]
    [InlineData("Harry Harbour, 57, quit his Vale Park position on Monday and vowed: \"I will not go down the road.\"", "Harry Harbour")]
    [InlineData("Some Harbour fans would find such a move controversial, but Parry Vale countered: \"I recognise it would be an emotive issue.\"", "Parry Vale")]
    public void AClauseAfterACommaThatOpensWithALinkOrAPossessive_DescribesNoOne(string paragraph, string? speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Dr John E. Harbour, Acme senior vice president, Technology and Intellectual Property, said: \"We are proud of the team.\"", "John E. Harbour")]
    [InlineData("The head of the unit, Acting Detective Chief Superintendent, Mick Harbour, said: \"This investigation has resulted in disruption.\"", "Mick Harbour")]
    public void ARolesBriefAfterAnAppositive_GoesOnWithIt_ButANameIsNoBrief(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);
}
