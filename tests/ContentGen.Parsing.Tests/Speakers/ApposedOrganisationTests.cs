namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An organisation's noun opened by its article, a few lower-case words and the organisation's
/// name set off by commas ("La empresa adjudicataria, Vías del Sur, atribuye …") names an
/// organisation of that kind, which "la empresa" later means. A person the article names there
/// is no organisation.
/// </summary>
public sealed class ApposedOrganisationTests
{
    private const string Headline = "El tranvía llega tarde";

    [Theory]
    [InlineData("La empresa adjudicataria, Vías del Sur, atribuye el retraso a las lluvias. «Hemos perdido seis semanas», indicó la empresa en un comunicado.", "Vías del Sur")]
    public void TheApposedName_IsWhomTheNounMeans(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headline, LanguageLeads.Spanish, paragraph));

    [Fact]
    public void TheApposedName_IsWhomTheNounMeans_InItalian()
        => Assert.Equal(new[] { "Funivie Alto Raso" }, QuoteSpeakers.Under(
            "La funivia chiude d'inverno",
            LanguageLeads.Italian,
            "Lo ha annunciato ieri la società di gestione, Funivie Alto Raso. «Le funi vanno cambiate», ha spiegato la società."));

    // Guards: a role among the words says a person follows; a person the article names after the
    // comma is no organisation.
    [Fact]
    public void ARoleBeforeTheComma_NamesAPersonNotAnOrganisation()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Harbour firm sold",
            "The harbour board met on Monday to decide on the new ferry terminal. Work will begin in the spring.",
            "The company chairman, Baker, backed the sale. \"We are pleased,\" the company said."));

    [Fact]
    public void APersonAfterTheComma_IsNoOrganisation()
        => Assert.Equal(new string?[] { "Andrés Molina", null }, QuoteSpeakers.Under(
            Headline,
            LanguageLeads.Spanish,
            "«Nadie nos avisó», dijo Andrés Molina.",
            "La empresa constructora, Molina, no ha pagado. «No es verdad», indicó la empresa."));

    // Review guard: an organisation apposed to the verb's object is not whom the noun means; the
    // subject's is.
    [Fact]
    public void AnObjectsApposedName_IsNotWhomTheNounMeans()
        => Assert.Equal(new[] { "Vías del Sur" }, QuoteSpeakers.Under(
            Headline,
            LanguageLeads.Spanish,
            "La empresa constructora, Vías del Sur, culpa a la empresa eléctrica, Luz Norte, del retraso. «Hemos perdido seis semanas», indicó la empresa."));
}
