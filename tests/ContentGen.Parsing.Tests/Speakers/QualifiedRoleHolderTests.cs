namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role qualified by a party's adjective (the lexicons' PartyAdjectiveEndings), then its holder's
/// full name, is that holder: "fustige la députée écologiste Camille Roussel", "dijo el concejal socialista Luis Pardo".
/// Before, the word hid the name, and the bare role went to whoever was most salient: the person
/// quoted in the paragraph before.
/// </summary>
public sealed class QualifiedRoleHolderTests
{
    [Theory]
    [InlineData(LanguageLeads.French, "« On ne pouvait pas attendre », explique Mathieu Guérin.", "« Le gouvernement a cédé au lobby », fustige la députée écologiste Camille Roussel.", "Camille Roussel")]
    [InlineData(LanguageLeads.Spanish, "«No podíamos esperar», explicó Mathieu Guérin.", "«El gobierno ha cedido», dijo el concejal socialista Luis Pardo.", "Luis Pardo")]
    [InlineData(LanguageLeads.Italian, "«Non potevamo aspettare», ha spiegato Mathieu Guérin.", "«Il governo ha ceduto», ha detto il consigliere leghista Marco Riva.", "Marco Riva")]
    [InlineData(LanguageLeads.Portuguese, "“Não podíamos esperar”, explicou Mathieu Guérin.", "“O governo cedeu”, disse o vereador socialista Rui Pestana.", "Rui Pestana")]
    public void AQualifiedRole_IsItsHolders(string lead, string before, string paragraph, string speaker)
        => Assert.Equal(new[] { "Mathieu Guérin", speaker }, QuoteSpeakers.Under("Eau", lead + " " + before, paragraph));

    // Guards: a day or a gerund after the role is no qualifier, nor a word that only ends like a
    // party's adjective; a one-word name is no holder.
    [Theory]
    [InlineData(LanguageLeads.French, "« Le gouvernement a cédé au lobby », a déclaré le ministre jeudi Matin Première.")]
    [InlineData(LanguageLeads.French, "« Le gouvernement a cédé au lobby », a déclaré le ministre citant Victor Hugo.")]
    [InlineData(LanguageLeads.French, "« Le gouvernement a cédé », a dit le maire triste Lundi Matin.")]
    [InlineData(LanguageLeads.Italian, "«Il governo ha ceduto», ha detto il sindaco intervista Marco Riva.")]
    public void NoQualifier_NamesNoHolder(string lead, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Eau", lead, paragraph));

    [Fact]
    public void AQualifiedRoleWithAOneWordName_IsNoHolder()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Eau", LanguageLeads.French + " Le débat a duré trois heures.", "« Le gouvernement a cédé au lobby », fustige la députée écologiste Roussel."));
}
