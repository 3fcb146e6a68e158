using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French views and media: "Pour le ministre, « … »" points back as "Pour Marc Delorme" names;
/// a medium opened by an article ("devant les députés", "dans un communiqué") stands between an
/// inverted verb and its subject; and verbs of opinion and demand report.
/// </summary>
public sealed class FrenchViewAndMediumTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Le projet de loi contesté", paragraphs);

    [Theory]
    [InlineData("Marc Delorme, ministre de l'Intérieur, a présenté le texte. Pour le ministre, « la situation est sous contrôle ».")]
    [InlineData("Marc Delorme a présenté le texte. Pour lui, « la situation est sous contrôle ».")]
    public void AViewGivenByARoleOrAPronoun_PointsBack(string paragraph)
        => Assert.Equal("Marc Delorme", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Marc Delorme a présenté le texte. « Nous devons agir vite », a martelé mercredi soir devant les députés le ministre.", "Marc Delorme")]
    [InlineData("« Nous devons agir vite », a souligné dans un communiqué Claire Vasseur.", "Claire Vasseur")]
    [InlineData("« Nous devons agir vite », souligne auprès de l'AFP Claire Vasseur.", "Claire Vasseur")]
    public void AMediumOpenedByAnArticle_StandsBeforeTheSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("« Nous devons agir vite », juge de son côté la députée Claire Vasseur.")]
    [InlineData("« Nous devons agir vite », estime pour sa part Claire Vasseur, députée de la Somme.")]
    [InlineData("Claire Vasseur a de son côté estimé que le texte était « équilibré ».")]
    [InlineData("Claire Vasseur a pour sa part jugé le texte « équilibré ».")]
    public void AFillerOfSeveralWords_StandsBetweenTheVerbAndItsSubject(string paragraph)
        => Assert.Equal("Claire Vasseur", Speakers(paragraph)[0]);

    [Fact]
    public void ANameInsideTheMedium_IsNoSubject()
        => Assert.Null(QuoteSpeakers.Under("Album sequel planned", "The singer said on a trip to Valmont there was a \"wish\" to record it.")[0]);

    [Theory]
    [InlineData("Marc Delorme a considéré que « la situation est sous contrôle ».")]
    [InlineData("Marc Delorme demande que « tout le monde soit entendu ».")]
    public void VerbsOfOpinionAndDemand_Report(string paragraph)
        => Assert.Equal("Marc Delorme", Speakers(paragraph)[0]);
}
