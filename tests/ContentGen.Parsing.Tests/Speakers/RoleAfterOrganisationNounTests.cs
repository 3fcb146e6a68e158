using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after an organisation noun is the organisation's ("the union Unite", "la empresa
/// tecnológica Nubia Software"), but not past a role noun between them: "union leader Tom
/// Baker" is a person, whom a later "he" may mean.
/// </summary>
public sealed class RoleAfterOrganisationNounTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("Dock strike called\n\n" + string.Join("\n\n", paragraphs));

    [Fact]
    public void ANameAfterAnOrganisationNounAndARole_IsAPersons()
    {
        var quote = Assert.Single(Read("\"We are ready,\" said union leader Tom Baker.").Quotes);
        Assert.Equal(("Tom Baker", SpeakerKind.Person), (quote.Speaker, quote.SpeakerKind));
    }

    [Fact]
    public void APronounLater_MeansThePersonAfterTheOrganisationNounAndRole()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            Read(
                "\"We are ready,\" said union leader Tom Baker.",
                "The strike will start on Monday at the main gate.",
                "\"We will not back down,\" he said.").Quotes.Select(q => q.Speaker));

    [Theory]
    [InlineData("The union Unite said the offer was \"an insult to every docker\".", "Unite")]
    [InlineData("La empresa tecnológica Nubia Software dijo que el plan era «un error».", "Nubia Software")]
    [InlineData("«Es un error», dijo la patronal Armapesca en un comunicado.", "Armapesca")]
    [InlineData("«É um erro», disse a patronal Lusopesca em comunicado.", "Lusopesca")]
    public void ANameRightAfterAnOrganisationNoun_OrAnAdjective_IsTheOrganisations(string paragraph, string speaker)
    {
        var quote = Assert.Single(Read(paragraph).Quotes);
        Assert.Equal((speaker, SpeakerKind.Organisation), (quote.Speaker, quote.SpeakerKind));
    }

    // "Según la patronal Armapesca, los informes «…»": the source an "according to" gives is the
    // organisation named after its noun.
    [Theory]
    [InlineData("Según la patronal Armapesca, los informes «no reflejan la realidad del caladero».", "Armapesca")]
    [InlineData("According to the union Unite, the offer was \"an insult to every docker\".", "Unite")]
    public void AnOrganisationNounAndItsName_AfterAccordingTo_AreTheSource(string paragraph, string speaker)
        => Assert.Equal(speaker, Assert.Single(Read(paragraph).Quotes).Speaker);
}
