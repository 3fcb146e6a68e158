namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A person a gendered pronoun was taken to mean as a speaker (<c>« … », a-t-il déclaré</c>) is of
/// that pronoun's gender: a later pronoun of the other gender is never them, when the woman it
/// means was named where the reading records no one.
/// </summary>
public sealed class SpeakerPronounGenderTests
{
    [Theory]
    [InlineData("Le port du Nord", "Le ministre Paul Durand a présenté le projet lundi. « Il faut agir vite », a-t-il déclaré.", "La fédération est favorable au projet, tout comme Claire Martin.", "« Cette année, des navires n’ont pas été déchargés », a-t-elle regretté.")]
    [InlineData("Puerto del Norte", "El ministro Pablo Durán presentó el proyecto el lunes. «Hay que actuar rápido», dijo él.", "La federación apoya el proyecto, igual que Clara Marín.", "«Este año no se descargaron barcos», lamentó ella.")]
    [InlineData("North harbour", "Minister Paul Durand presented the plan on Monday. \"We must act fast,\" he said.", "The union backs the plan, as does Claire Martin.", "\"This year, ships were not unloaded,\" she said.")]
    public void ALaterPronounOfTheOtherGender_IsNotTheManWhoSpoke(string headline, string first, string between, string last)
        => Assert.Equal(new[] { "Paul Durand", null }, QuoteSpeakers.Under(headline, first, between, last).Select(s => s is null ? null : s.Replace("Pablo Durán", "Paul Durand", StringComparison.Ordinal)).ToArray());

    [Fact]
    public void ALaterPronounOfTheSameGender_StillMeansHim()
        => Assert.Equal(
            new[] { "Paul Durand", "Paul Durand" },
            QuoteSpeakers.Under("Le port du Nord", "Le ministre Paul Durand a présenté le projet lundi. « Il faut agir vite », a-t-il déclaré.", "« Nous ne reculerons pas », a-t-il ajouté."));
}
