namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A lower-case role with a word of the lexicons' DeputyWords just before it ("l'ancien Premier
/// ministre Gérard Pellissier", "the former minister Ann Lee") holds another office: a later bare
/// "le ministre" means the holder of the role itself, not the former one who spoke last.
/// </summary>
public sealed class FormerOfficeHolderTests
{
    [Fact]
    public void AFormerHolder_IsNotWhomTheBareRoleMeans()
        => Assert.Equal(
            new[] { "Gérard Pellissier", "Bertrand Vasseur" },
            QuoteSpeakers.Under(
                "Eau",
                LanguageLeads.French + " Le ministre de l'Agriculture, Bertrand Vasseur, a annoncé mardi le report du décret.",
                "Interrogé mercredi, l'ancien Premier ministre Gérard Pellissier a jugé la décision « sage et attendue ».",
                "D'après le ministre, un nouveau texte sera présenté « avant la fin de l'automne »."));

    [Fact]
    public void AFormerEnglishHolder_IsNotWhomTheBareRoleMeans()
        => Assert.Equal(
            new[] { "Ann Lee", "Tom Fox" },
            QuoteSpeakers.Under(
                "Harbour",
                "The harbour minister, Tom Fox, delayed the plan on Monday.",
                "The former minister Ann Lee called the delay \"wise and overdue\".",
                "\"We will bring a new bill before autumn,\" said the minister."));

    // Guard: with no deputy word the holder is recorded as before.
    [Fact]
    public void AHolderWithoutADeputyWord_IsWhomTheRoleMeans()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.Under(
                "Harbour",
                "The harbour minister Tom Fox called the delay \"wise and overdue\".",
                "\"We will bring a new bill before autumn,\" said the minister."));

    // Guard: "under" with an article between is a preposition, no deputy's word.
    [Fact]
    public void UnderTheMayor_IsStillTheMayor()
        => Assert.Equal(
            new[] { "Ann Lee" },
            QuoteSpeakers.Under("Bridge", "The bridge was planned under the mayor Ann Lee, who opened it on Monday.", "\"We waited ten years,\" said the mayor."));
}
