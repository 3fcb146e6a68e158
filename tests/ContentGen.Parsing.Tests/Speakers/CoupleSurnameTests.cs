namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Martin and Gillian Pardew": two people given one surname are two people, so the surname alone,
/// which either may carry, names nobody: a male title before it no longer reaches the woman named last.
/// </summary>
public sealed class CoupleSurnameTests
{
    [Theory]
    [InlineData("Fence", "Martin and Gillian Pardew built the fence in 2010.", "Speaking afterwards, Mr Pardew, 70, said: \"We are sad.\"")]
    [InlineData("Clôture", "Jean et Marie Dupont ont construit la clôture en 2010.", "« Nous sommes tristes », a déclaré M. Dupont.")]
    [InlineData("Zaun", "Hans und Grete Ebner bauten den Zaun 2010.", "„Wir sind traurig“, sagt Herr Ebner.")]
    [InlineData("Valla", "Juan y Ana Garcés construyeron la valla en 2010.", "«Estamos tristes», dice el señor Garcés.")]
    [InlineData("Recinzione", "Marco e Anna Ferlini hanno costruito la recinzione nel 2010.", "«Siamo tristi», dice il signor Ferlini.")]
    [InlineData("Vedação", "Rui e Ana Pestana construíram a vedação em 2010.", "«Estamos tristes», diz o senhor Pestana.")]
    [InlineData("Schutting", "Piet en Els Hoogland bouwden de schutting in 2010.", "\"We zijn verdrietig\", zegt meneer Hoogland.")]
    [InlineData("Fence", "Martin and Gillian Pardew built the fence in 2010.", "\"We are sad,\" said Pardew.")]
    public void TheSurnameAloneAfterACouple_NamesNobody(string headline, string p1, string p2)
        => Assert.Null(QuoteSpeakers.Under(headline, p1, p2)[0]);

    // Stops: two full names side by side; a surname the article gave before; a place after a preposition.
    [Theory]
    [InlineData("Fence", "Ruth Okoye and Gillian Pardew built the fence in 2010.", "\"We are sad,\" said Pardew.", "Gillian Pardew")]
    [InlineData("Fence", "Ruth Okoye sold the field. Okoye and Gillian Pardew built the fence in 2010.", "\"We are sad,\" said Pardew.", "Gillian Pardew")]
    [InlineData("Fence", "The fence stands in Leeds and Gillian Pardew built it in 2010.", "\"We are sad,\" said Pardew.", "Gillian Pardew")]
    [InlineData("Zaun", "Der Zaun steht in Linz und Grete Ebner baute ihn 2010.", "„Wir sind traurig“, sagt Ebner.", "Grete Ebner")]
    [InlineData("Clôture", "La clôture est à Lyon et Marie Dupont l'a construite en 2010.", "« Nous sommes tristes », a déclaré Dupont.", "Marie Dupont")]
    public void AFullNameAfterAnotherNameOrAPlace_StaysTheOnlyOneOfItsSurname(string headline, string p1, string p2, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, p1, p2)[0]);

    // Stop: a common noun of people before the coordinator is no first name, whether it opens the
    // sentence or, where every noun is capitalised, follows an article; the surname stays the one
    // full name's.
    [Theory]
    [InlineData("Path", "Volunteers and Jane Smith cleared the path.", "\"It was hard,\" said Smith.", "Jane Smith")]
    [InlineData("Aufräumen", "Beim Aufräumen halfen die Nachbarn und Anna Berg.", "„Es war schwer“, sagte Berg.", "Anna Berg")]
    [InlineData("Camino", "Vecinos y Ana Garcés limpiaron el camino.", "«Fue duro», dijo Garcés.", "Ana Garcés")]
    public void ACommonNounBeforeTheCoordinator_IsNoFirstName(string headline, string p1, string p2, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, p1, p2)[0]);

    // The first name alone is not made the full name: its gender is unknown, and a later "she" would reach it.
    [Fact]
    public void AFirstNameOfACouple_IsNoSalientPersonForAPronoun()
        => Assert.NotEqual(
            "Graham Edwards",
            QuoteSpeakers.Under("Timeline", "His parents, Graham and Sherry, plead for news. Graham and Sherry Edwards fly to Spain.", "Rachel makes an appeal. \"Come back to us,\" she said.")[0]);
}
