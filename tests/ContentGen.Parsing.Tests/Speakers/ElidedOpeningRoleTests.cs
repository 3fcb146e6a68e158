namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role whose definite article is elided into it, opening the sentence that holds the quote:
/// "L'avocate juge la décision « … »", "L'assessora definisce la decisione «…»". Capitalised there,
/// the one token is no name's first word but the article and its role, read as "l'avocate" is after
/// an opening phrase, and the role points back to the person the article gave it
/// (Phrase.ElidedOpeningRole.cs). Two holders of the role, or a role no one was given, give no one.
/// </summary>
public sealed class ElidedOpeningRoleTests
{
    [Theory]
    [InlineData("fr", "L'avocate Marie Vernet a présenté le dossier lundi.", "L'avocate juge la décision « précipitée ».", "Marie Vernet")]
    [InlineData("fr", "L'élue Marie Vernet a présenté le calendrier lundi.", "L'élue a reconnu un « raté de communication ».", "Marie Vernet")]
    [InlineData("fr", "L’élue Marie Vernet a présenté le calendrier lundi.", "L’élue a déclaré que c'était un « raté ».", "Marie Vernet")]
    [InlineData("it", "L'assessora Maria Neri ha incontrato i residenti lunedì.", "L'assessora definisce la decisione «affrettata».", "Maria Neri")]
    [InlineData("it", "L'assessora Maria Neri ha incontrato i residenti lunedì.", "L'assessora ha spiegato che la decisione è «affrettata».", "Maria Neri")]
    public void ElidedRoleOpeningTheSentence_IsItsHolders(string language, string named, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language) + " " + named, sentence));

    // Guards: two holders of the role; a role the article gave no one; a name that an elided
    // article opens in capitals ("L'Aquila") is a place, no role.
    [Theory]
    [InlineData("fr", "L'avocate Marie Vernet défend la mère et l'avocate Julie Roux le père.", "L'avocate juge la décision « précipitée ».")]
    [InlineData("fr", "Le maire Jean Roux a présenté le projet lundi.", "L'avocate juge la décision « précipitée ».")]
    [InlineData("it", "L'assessora Maria Neri difende il piano e l'assessora Giulia Rossi lo critica.", "L'assessora definisce la decisione «affrettata».")]
    [InlineData("it", "Il sindaco Mario Rossi ha incontrato i residenti lunedì.", "L'assessora ha spiegato che la decisione è «affrettata».")]
    public void ElidedRoleNoOneOrSeveralHold_IsNoOnes(string language, string named, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language) + " " + named, sentence));

    // The cast records the holder of an elided role ("l'avocate Marie Vernet"), so the role said
    // later means her, not whoever was named last.
    [Theory]
    [InlineData("fr", "L'avocate Marie Vernet a plaidé lundi. Le maire Jean Roux a répondu mardi.", "« C'est précipité », a déclaré l'avocate.", "Marie Vernet")]
    [InlineData("it", "L'assessora Maria Neri ha parlato lunedì. Il sindaco Mario Rossi ha risposto martedì.", "«È affrettata», ha detto l'assessora.", "Maria Neri")]
    public void ElidedRoleGivenBefore_IsItsHolders(string language, string named, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language) + " " + named, sentence));
}
