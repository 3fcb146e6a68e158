namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role written as a title before a full name records its holder when an employer link after the
/// name says where the holder serves ("Burgemeester Annelies Koster van Dalmeer", "Mayor Ann Lee of
/// Eastland"): a later "de burgemeester" means her. Before, the lower-case link kept her from the
/// role, and the role went to whoever was quoted last.
/// </summary>
public sealed class TitledHolderWithEmployerTests
{
    [Fact]
    public void ATitledHolderWithWhereSheServes_IsWhomTheRoleMeans()
        => Assert.Equal(
            new[] { "Annelies Koster", "Peter Jansen", "Annelies Koster" },
            QuoteSpeakers.Under(
                "Vuurwerk",
                LanguageLeads.Dutch + " Burgemeester Annelies Koster van Dalmeer heeft het verbod verlengd. \"Dat accepteer ik niet meer\", aldus Koster.",
                "\"Mensen rijden gewoon naar de buurgemeente\", zegt Peter Jansen.",
                "De burgemeester liet in een reactie weten dat er \"extra boa's\" worden ingezet."));

    [Fact]
    public void AnEnglishTitledHolderOfAPlace_IsWhomTheRoleMeans()
        => Assert.Equal(
            new[] { "Tom Fox", "Ann Lee" },
            QuoteSpeakers.Under(
                "Bridge",
                "Mayor Ann Lee of Eastland opened the bridge on Monday. \"It is a great day,\" said engineer Tom Fox.",
                "\"We waited ten years,\" said the mayor."));
}
