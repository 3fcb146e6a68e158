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
}
