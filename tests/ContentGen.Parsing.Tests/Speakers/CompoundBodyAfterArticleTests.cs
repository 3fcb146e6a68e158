namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A compound that ends in a body's noun names one body by itself after its article, wherever it
/// stands: "Ook de Fietsersbond is teleurgesteld", "Auch der Bauernverband ist enttäuscht". Before,
/// only German read one opening the sentence, and Dutch none written with a capital, so "de bond"
/// or "der Verband" later gave no one. A German genitive's ending ("des Verbands", "des
/// Unternehmens") no longer hides the noun the body is known by.
/// </summary>
public sealed class CompoundBodyAfterArticleTests
{
    [Theory]
    [InlineData("nl", "Ook de Fietsersbond is teleurgesteld. “Dit is precies de verbinding die we nodig hebben”, laat een woordvoerder van de bond weten.", "Fietsersbond")]
    [InlineData("nl", "Ook de Fietsersbond is teleurgesteld. “Dit is precies de verbinding die we nodig hebben”, zegt de bond.", "Fietsersbond")]
    [InlineData("de", "Auch der Bauernverband ist enttäuscht. „Das ist bitter für die Betriebe“, sagte ein Sprecher des Verbands.", "Bauernverband")]
    [InlineData("de", "Auch das Landratsamt hat sich eingeschaltet. Eine Erhöhung sei „ungewöhnlich“, heißt es aus der Behörde.", "Landratsamt")]
    public void ACompoundBodyAfterItsArticle_IsTheBodyItsHeadMeans(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // "des Unternehmens": the genitive's ending off, the firm named before by a noun of its family.
    [Fact]
    public void ASpokesmanOfTheFirmInTheGenitive_IsTheFirms()
        => Assert.Equal(
            new[] { "Firma Holzbau Kranz" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Die Firma Holzbau Kranz schließt das Werk. „Wir bedauern das sehr“, sagte ein Sprecher des Unternehmens."));

    // Guards: a compound of another head is no body the noun means ("de stichting" is no "bond",
    // "des Vereins" no "Verband"), in a clause too.
    [Theory]
    [InlineData("nl", "\"We willen duidelijkheid\", zei Jan de Vries. Ook de Fietsersbond is teleurgesteld. “Dit is precies de verbinding”, zegt de stichting.", "Jan de Vries")]
    [InlineData("de", "„Wir wollen Klarheit“, sagte Jürgen Albers. Weil der Bauernverband Verluste gemacht hat, ist die Lage ernst. „Das ist bitter“, sagte ein Sprecher des Vereins.", "Jürgen Albers")]
    public void ACompoundOfAnotherKind_GivesNoOne(string language, string paragraph, string first)
        => Assert.Equal(new[] { first, null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
