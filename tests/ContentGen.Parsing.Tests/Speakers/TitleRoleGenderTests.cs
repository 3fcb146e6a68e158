namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A feminine role noun written right before a name as its title, or heading the phrase the name
/// is set off in, shows the person's gender, so a pronoun of the other gender no longer goes to
/// her. Kept: a masculine role noun, which serves as the generic form ("party chairman Anna Fenn
/// … She said"), and a role set off by a comma after a link, which may be someone else's.
/// </summary>
public sealed class TitleRoleGenderTests
{
    [Fact]
    public void AFeminineRoleBeforeTheName_KeepsAMalePronounFromHer_AfterAccordingTo()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Shop closes",
                "The shop is losing money.",
                "According to chairwoman Anna Fenn, the shop loses a thousand pounds a month. \"People go to the supermarket,\" he said."));

    [Fact]
    public void AFeminineRoleHeadingTheApposition_KeepsAMalePronounFromHer()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Shop closes",
                "The shop is losing money.",
                "The chairwoman, Anna Fenn, sees the problem elsewhere. \"People go to the supermarket,\" he said."));

    [Fact]
    public void AFeminineRoleHeadingTheApposition_KeepsAMalePronounFromHer_AfterAccordingTo()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Shop closes",
                "The shop is losing money.",
                "According to the chairwoman, Anna Fenn, the shop loses a thousand pounds a month. \"People go to the supermarket,\" he said."));

    [Fact]
    public void AMasculineRoleNoun_IsGeneric_AndKeepsTheWoman()
        => Assert.Equal(
            new string?[] { "Anna Fenn" },
            QuoteSpeakers.Under(
                "Party row",
                "Two councillors left the party last month.",
                "Party chairman Anna Fenn urged the men to step down. She said: \"We will take legal advice.\""));

    [Fact]
    public void AFeminineRoleNoun_KeepsTheWomansOwnPronoun()
        => Assert.Equal(
            new string?[] { "Anna Fenn" },
            QuoteSpeakers.Under(
                "Shop closes",
                "The shop is losing money.",
                "According to chairwoman Anna Fenn, the shop loses a thousand pounds a month. \"People go to the supermarket,\" she said."));
}
