namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The listener's pronoun before the auxiliary of an inverted cue ("», lui a répondu X", "», leur
/// a expliqué X") stands between the quote and its verb as "nous" and "m'" did: before, the cue
/// went unread. The reading of the subject after the verb is unchanged.
/// </summary>
public sealed class FrenchListenerPronounTests
{
    [Theory]
    [InlineData("« On leur dit la vérité », lui a répondu le président de l'association, Gérard Pouget.", "Gérard Pouget")]
    [InlineData("« Rien n'est décidé », leur a expliqué Marie Dubois.", "Marie Dubois")]
    [InlineData("« Rien n'est décidé », lui avait assuré Marie Dubois.", "Marie Dubois")]
    public void TheListenersPronoun_StandsBeforeTheCue(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Le festival annulé", LanguageLeads.French, paragraph));

    // Guard: "lui" standing alone after a name still leaves the name the subject.
    [Fact]
    public void AnEmphaticLui_AfterAName_IsNoCue()
        => Assert.Equal(
            new[] { "Gérard Pouget" },
            QuoteSpeakers.Under("Le festival annulé", LanguageLeads.French, "Gérard Pouget, lui, veut croire à un retour. « Le festival n'est pas mort. »"));
}
