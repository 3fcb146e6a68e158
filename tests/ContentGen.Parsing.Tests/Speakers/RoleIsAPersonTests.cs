namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role noun means a person: when no one holds it and the most salient name is an organisation
/// or a body that spoke in between, the role passes over it to the person before ("l'élue" after an
/// association's words). Before, the association took the elected member's words. A spokesperson
/// or an official speaks for the organisation, and still means it.
/// </summary>
public sealed class RoleIsAPersonTests
{
    [Fact]
    public void ARolePassesOverTheAssociationThatSpokeLast_InFrench()
        => Assert.Equal(
            new[] { "Nadia Berthet", "Parents Unis", "Nadia Berthet" },
            QuoteSpeakers.Under(
                "Cantines : le bio repoussé",
                LanguageLeads.French,
                "« Nous tiendrons le calendrier », a assuré Nadia Berthet. L'association Parents Unis dénonce « une promesse trahie ».",
                "Interrogée mardi, l'élue a reconnu un « raté de communication »."));

    [Fact]
    public void ARolePassesOverTheAssociationThatSpokeLast_InItalian()
        => Assert.Equal(
            new[] { "Nadia Berti", "Genitori Uniti", "Nadia Berti" },
            QuoteSpeakers.Under(
                "Mense, il biologico rinviato",
                LanguageLeads.Italian,
                "«Rispetteremo i tempi», ha assicurato Nadia Berti. L'associazione Genitori Uniti denuncia «una promessa tradita».",
                "Interpellata martedì, l'assessora ha ammesso un «errore di comunicazione»."));

    // Guards: English already kept organisations out of a role's reach ("it" means them); a
    // spokeswoman's role means the organisation she speaks for; with no person before, no one.
    [Fact]
    public void ARoleStillPassesOverTheCompany_InEnglish()
        => Assert.Equal(
            new[] { "Jane Roe", "Acme Holdings", "Jane Roe" },
            QuoteSpeakers.Under(
                "Bridge plan row",
                "\"We will keep the timetable,\" said Jane Roe. Acme Holdings said the plan was \"unworkable\".",
                "\"We disagree with them,\" the minister said."));

    [Fact]
    public void ASpokeswomansRole_StillMeansHerOrganisation()
        => Assert.Equal(
            new[] { "Acme Holdings", "Acme Holdings" },
            QuoteSpeakers.Under(
                "Bridge plan row",
                "A spokeswoman for Acme Holdings said the plan was \"unworkable\". \"We will appeal,\" the spokeswoman added."));

    [Fact]
    public void ARoleWithOnlyAnOrganisationBefore_IsNoOne()
        => Assert.Equal(
            new string?[] { "Acme Holdings", null },
            QuoteSpeakers.Under(
                "Bridge plan row",
                "Acme Holdings said the plan was \"unworkable\". \"We disagree with them,\" the minister said."));
}
