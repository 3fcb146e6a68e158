namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source given as the circle around someone (the lexicons' CircleNouns: "selon l'entourage du
/// ministre", "según el entorno del alcalde") is that circle, a group given by its words: the link,
/// an article and one noun or a name. Before, the role inside it went to the salient person,
/// someone quoted in the paragraph before; whatever follows the circle, it still does not.
/// </summary>
public sealed class CircleSourceTests
{
    private const string French = "« Il faut attendre », a ajouté Gérard Pellissier.";
    private const string Spanish = "«Hay que esperar», añadió Gerardo Pellicer.";

    [Theory]
    [InlineData(LanguageLeads.French, French, "Gérard Pellissier", "D'après l'entourage du ministre, un texte sera présenté « avant la fin de l'automne ».", "entourage du ministre")]
    [InlineData(LanguageLeads.French, French, "Gérard Pellissier", "Selon les proches du maire, le projet est « enterré pour de bon ».", "proches du maire")]
    [InlineData(LanguageLeads.French, French, "Gérard Pellissier", "Selon l'entourage du ministre de la Santé, un texte sera présenté « avant l'automne ».", "entourage du ministre")]
    [InlineData(LanguageLeads.Spanish, Spanish, "Gerardo Pellicer", "Según el entorno del alcalde, el proyecto está «enterrado para siempre».", "entorno del alcalde")]
    [InlineData(LanguageLeads.Spanish, Spanish, "Gerardo Pellicer", "Según el entorno del alcalde de la ciudad de Valdemar, el proyecto está «enterrado para siempre».", "entorno del alcalde")]
    public void ACircleAsTheSource_IsTheCircle(string lead, string before, string earlier, string paragraph, string speaker)
        => Assert.Equal(new[] { earlier, speaker }, QuoteSpeakers.Under("Eau", lead + " " + before, paragraph));

    // Guards: a name as the source reads as before.
    [Theory]
    [InlineData("Selon Marc Vidal, le projet est « enterré pour de bon ».", "Marc Vidal")]
    [InlineData("Selon le maire Marc Vidal, le projet est « enterré pour de bon ».", "Marc Vidal")]
    public void ANameAsTheSource_ReadsAsBefore(string paragraph, string speaker)
        => Assert.Equal(new[] { "Gérard Pellissier", speaker }, QuoteSpeakers.Under("Eau", LanguageLeads.French + " " + French, paragraph));
}
