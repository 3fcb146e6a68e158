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
                "Harbour plan row",
                "Prime Minister Tom Baker has defended his harbour minister.",
                "Mr Baker told reporters he still trusted Jane Roe. \"She has done a fine job,\" he said.",
                "The prime minister shrugged off claims from opposition leader Peter Vale that he led a \"tired government\". "
                + "He said Ms Roe's record was clear: \"She was the one who asked for the review to be held.\""));

    [Fact]
    public void ARoleBeforeItsHoldersName_IsNoSubjectOfItsOwn()
        => Assert.Equal(
            new[] { "Ann Lee", "Ann Lee" },
            QuoteSpeakers.Under(
                "Church anger over harbour film",
                "The director of the film, Tom Hale, says it is not offensive. "
                + "The president of the harbour church council, Ann Lee, says the film has hurt the parish.",
                "She called the film \"cheap and sensational\". \"We will protest on Sunday,\" she said."));
}
