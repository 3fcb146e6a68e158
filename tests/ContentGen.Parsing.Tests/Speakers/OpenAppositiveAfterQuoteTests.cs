namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After a quote, a name and a comma, an appositive the writer never closed runs up to the
/// reporting verb (<c>"…," Paul Grant, the union's general secretary told reporters.</c>): the
/// name speaks, not the role, which would point back to someone named before.
/// </summary>
public sealed class OpenAppositiveAfterQuoteTests
{
    [Theory]
    [InlineData("Rail plan", "Tom Baker spoke first. \"Fares will not rise this year,\" Paul Grant, the union's general secretary told reporters.", "Paul Grant")]
    [InlineData("Rail plan", "\"Rail travel on the coast is about to change,\" Jane Roe, Acme's chief executive told the Coastal Gazette.", "Jane Roe")]
    [InlineData("Rail plan", "\"We will add four trains a day,\" Ann Lee, operations director at Acme told the Harbour Post.", "Ann Lee")]
    [InlineData("Foire de Valmont", "« Nous garderons la foire en ville », Marie Lenoir, directrice de l'association des forains a déclaré au Courrier.", "Marie Lenoir")]
    [InlineData("Feria de Robledal", "«Mantendremos la feria en el centro», Ana Gil, portavoz de la asociación de feriantes dijo a este diario.", "Ana Gil")]
    [InlineData("Kermis", "\"We houden de kermis in het centrum\", Jeroen Mulder, voorzitter van de kermisvereniging zei tegen de krant.", "Jeroen Mulder")]
    public void TheNameBeforeTheOpenAppositive_SaidIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph).Where(s => s is not null).ToArray());

    [Theory]
    [InlineData("\"We will keep the fair in town,\" Jane Roe, whose husband is the mayor said.")]
    [InlineData("\"We will keep the fair in town,\" Jane Roe, the mayor and Tom Baker said.")]
    public void AClauseOrASecondName_IsNoAppositive(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Harbour fair", "Tom Baker spoke first. " + sentence));

    // A capitalised word right after the role names someone else: the quote is never the first name's.
    [Theory]
    [InlineData("\"Fares will not rise,\" Jane Roe, the minister Ann Lee said.", "Jane Roe")]
    [InlineData("\"Fares will not rise,\" Jane Roe, Acme chairman Tom Baker told reporters.", "Jane Roe")]
    [InlineData("\"De tarieven blijven gelijk\", Sanne Visser, wethouder Bram de Wit zei tegen de krant.", "Sanne Visser")]
    public void ANameAfterTheRole_TakesTheQuoteFromTheFirstName(string sentence, string firstName)
        => Assert.DoesNotContain(firstName, QuoteSpeakers.Under("Rail plan", "Tom Baker spoke first. " + sentence));
}
