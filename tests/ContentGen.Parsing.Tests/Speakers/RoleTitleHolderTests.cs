namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role written as a title before a full name ("Mayor Ann Lee") or after the name with its
/// article ("Ann Lee, the mayor,") makes that person the role's holder: a later "the mayor", or a
/// pronoun in a sentence the role opens, means them, not the last person quoted.
/// </summary>
public sealed class RoleTitleHolderTests
{
    private const string Engineer = "\"It is safe for a century,\" said engineer Jane Roe.";

    [Theory]
    [InlineData("Mayor Ann Lee opened the new footbridge on Monday. " + Engineer + " \"The crews were superb,\" said the mayor.")]
    [InlineData("Ann Lee, the mayor, opened the new footbridge on Monday. " + Engineer + " \"The crews were superb,\" said the mayor.")]
    [InlineData("Mayor Ann Lee opened the new footbridge on Monday. " + Engineer + " The mayor thanked the crews. \"This is a great day,\" she said.")]
    [InlineData("Ann Lee, the mayor, opened the new footbridge on Monday. " + Engineer + " The mayor said the bridge was \"a great day\" for the town, she added.")]
    public void TheRoleMeansItsTitledHolder(string paragraph)
        => Assert.Equal(new[] { "Jane Roe", "Ann Lee" }, QuoteSpeakers.Under("Footbridge opens", paragraph));

    [Theory]
    [InlineData("Puente", "Alcaldesa Ana Gil inauguró la pasarela el lunes. «Aguantará un siglo», dijo el ingeniero Luis Mora. «Los obreros fueron magníficos», dijo la alcaldesa.", "Luis Mora", "Ana Gil")]
    [InlineData("Ponte", "Sindaco Marco Neri ha inaugurato la passerella lunedì. «Reggerà un secolo», ha detto l'ingegnere Luca Bassi. «Gli operai sono stati bravissimi», ha detto il sindaco.", "Luca Bassi", "Marco Neri")]
    public void TheRoleMeansItsTitledHolder_InOtherLanguages(string headline, string paragraph, string first, string second)
        => Assert.Equal(new[] { first, second }, QuoteSpeakers.Under(headline, paragraph));

    // Guards: a deputy holds another office; a name that goes on in lower case is no holder.
    [Theory]
    [InlineData("Deputy Mayor Tom Baker opened the new footbridge on Monday. " + Engineer + " \"The crews were superb,\" said the mayor.")]
    [InlineData("Mayor of Eastland Tom Baker opened the new footbridge on Monday. " + Engineer + " \"The crews were superb,\" said the mayor.")]
    public void ADeputyOrAnOfficeInLowerCase_HoldsNoTitle(string paragraph)
        => Assert.DoesNotContain("Tom Baker", QuoteSpeakers.Under("Footbridge opens", paragraph));

    // Guards: a name before ", the role" in a list, or at the end of a fronted clause, holds no role;
    // a real holder named before stays the one.
    [Theory]
    [InlineData("The medals went to Tom Baker, the mayor and three lifeguards from the pier. \"Everyone played a part,\" said the mayor.", null)]
    [InlineData("La medalla fue para Tomás Vidal, el alcalde y tres socorristas del muelle. «Todos ayudaron», dijo el alcalde.", null)]
    [InlineData("The mayor, Ann Lee, toured the pier on Friday. After greeting Tom Baker, the mayor planted a tree. \"Everyone played a part,\" said the mayor.", "Ann Lee")]
    [InlineData("Le maire, Paul Ravel, a visité la jetée vendredi. Après avoir salué Jean Morel, le maire a planté un arbre. « Tout le monde a aidé », a dit le maire.", "Paul Ravel")]
    public void AListOrAFrontedClause_NamesNoHolder(string paragraph, string? speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Pier", paragraph));
}
