namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name that a preposition governs opens the sentence as a phrase ("Pour Ventalis,", "For
/// Acme,"): the role and name after its comma are the subject, and no appositive describes the
/// name before the comma, which is a firm spoken for, not the speaker.
/// </summary>
public sealed class PrepositionalOpeningNameTests
{
    [Theory]
    [InlineData("fr", "La société Ventalis veut installer six éoliennes.", "Pour Ventalis, le chef de projet Julien Texier a défendu un dossier « conforme aux règles ».", "Julien Texier")]
    [InlineData("fr", "La société Ventalis veut installer six éoliennes.", "Chez Ventalis, la directrice technique Anne Roux a défendu un dossier « conforme aux règles ».", "Anne Roux")]
    [InlineData("es", "La empresa Ventalis quiere instalar seis aerogeneradores.", "Para Ventalis, el jefe de proyecto Julio Tejera defendió un expediente «conforme a las normas».", "Julio Tejera")]
    [InlineData("it", "La società Ventalis vuole installare sei turbine.", "Per Ventalis, il capo progetto Giulio Tessera ha detto che il dossier è «conforme alle regole».", "Giulio Tessera")]
    [InlineData("it", "La società Ventalis vuole installare sei turbine.", "Presso Ventalis, il capo progetto Giulio Tessera ha detto che il dossier è «conforme alle regole».", "Giulio Tessera")]
    [InlineData("pt", "A empresa Ventalis quer instalar seis turbinas.", "Para a Ventalis, o chefe de projeto Júlio Teixeira defendeu um dossiê «conforme às regras».", "Júlio Teixeira")]
    public void TheRoleAndNameAfterThePhrase_AreTheSubject(string language, string before, string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guards: with no preposition, or one inside the subject rather than opening the sentence, the
    // name before the comma is the one the appositive describes.
    [Theory]
    [InlineData("es", "Aguas del Norte gestiona el agua de la comarca.", "Un portavoz de Aguas del Norte, la empresa que gestiona la red, aseguró que el suministro «está garantizado».", "Aguas del Norte")]
    [InlineData("en", "Acme wants to build six turbines.", "Lisa Crane, head of policy at the Harbour Trust said the plan was \"fully compliant\".", "Lisa Crane")]
    [InlineData("fr", "La société Ventalis veut installer six éoliennes.", "Julien Texier, chef de projet chez Ventalis, a défendu un dossier « conforme aux règles ».", "Julien Texier")]
    [InlineData("it", "La società Ventalis vuole installare sei turbine.", "Giulio Tessera, capo progetto presso Ventalis, ha detto che il dossier è «conforme alle regole».", "Giulio Tessera")]
    public void WithNoPreposition_TheNameBeforeTheComma_IsDescribed(string language, string before, string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));
}
