using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opened by a role and a verb that does not report is about that role's holder, even
/// when someone reports inside its object: the next pronoun means the holder.
/// </summary>
public sealed class RoleSubjectSalienceTests
{
    [Fact]
    public void ARoleOpeningTheSentence_OutranksAReporterInItsObject()
        => Assert.Equal(
            new[] { "Tom Baker", "Peter Vale", "Tom Baker" },
            QuoteSpeakers.Under(
                "Harbour council row",
                "Council leader Tom Baker has stood by his transport chief.",
                "Mr Baker said he still trusted Jane Roe. \"She has worked hard on the buses,\" he said.",
                "The council leader brushed aside claims from opposition chief Peter Vale that he ran a \"sleepy council\". "
                + "He added that Ms Roe's plans were sound: \"She asked for the audit herself.\""));

    [Fact]
    public void ARoleBeforeItsHoldersName_IsNoSubjectOfItsOwn()
        => Assert.Equal(
            new[] { "Ann Lee", "Ann Lee" },
            QuoteSpeakers.Under(
                "Guild anger over harbour documentary",
                "The maker of the documentary, Tom Hale, insists it is fair to the crews. "
                + "The chair of the fishermen's guild, Ann Lee, argues that it mocks them.",
                "She described the documentary as \"lazy and unkind\". \"We will picket the cinema,\" she said."));

    // Someone who reports in a clause of their own inside the object is whom the next pronoun means.
    [Theory]
    [InlineData("Harbour ferry row", "Mayor Tom Vale has met the ferry crews.", "The mayor visited the quay with Jane Roe, who said the ferry was \"a disgrace\". She added: \"Nobody has fixed the engine in a year.\"", "Jane Roe")]
    [InlineData("Le bac du port", "Le maire Paul Marchand a rencontré les marins.", "Le maire a visité le quai avec Marc Dubois, qui a dénoncé « une honte ». Il a ajouté : « Personne n'a réparé le moteur depuis un an. »", "Marc Dubois")]
    public void AReporterInARelativeClause_StaysWhomThePronounMeans(string headline, string first, string second, string reporter)
        => Assert.Equal(new[] { reporter, reporter }, QuoteSpeakers.Under(headline, first, second));
}
