namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch glue a trade or a person's noun into a compound before a name ("Der
/// Kunsthistoriker Martin Vogler", "Supermarkteigenaar Erik Jansma"): the compound describes the
/// person, whose name is the words after it. A surname that ends like such a noun is not cut off
/// ("Anna Fischer").
/// </summary>
public sealed class CompoundTradeBeforeNameTests
{
    [Theory]
    [InlineData("de", "Der Kunsthistoriker Martin Vogler sagte, die Bilder seien „praktisch unverkäuflich“.", "Martin Vogler")]
    [InlineData("de", "Hobbygärtnerin Sabine Roth sagte, der Sommer sei „viel zu trocken“ gewesen.", "Sabine Roth")]
    [InlineData("nl", "Supermarkteigenaar Erik Jansma zei dat de automaat \"onmisbaar\" is.", "Erik Jansma")]
    [InlineData("nl", "Persfotograaf Karel Mulder zei dat het licht \"uitzonderlijk\" was.", "Karel Mulder")]
    [InlineData("de", "Tierfotografin Jana Koch sagte, das Licht sei „außergewöhnlich“ gewesen.", "Jana Koch")]
    public void ACompoundTradeBeforeAName_IsNotPartOfIt(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Die Bilder im Museum", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("de", "Anna Fischer sagte, die Bilder seien „praktisch unverkäuflich“.", "Anna Fischer")]
    [InlineData("nl", "Erik Visser zei dat de automaat \"onmisbaar\" is.", "Erik Visser")]
    public void ASurnameEndingLikeATrade_StaysInTheName(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Die Bilder im Museum", LanguageLeads.For(language), paragraph));

    // "Die Schülerin des Gymnasiums von Valtorna": the noun's complement is no name after it.
    [Fact]
    public void APersonsNounBeforeItsComplement_NamesNoOne()
        => Assert.NotEqual("Gymnasiums von Valtorna", QuoteSpeakers.Under(
            "Die Bilder im Museum",
            LanguageLeads.German,
            "Zum Schluss meldete sich Sofia Jorioz zu Wort. Die Schülerin des Gymnasiums von Valtorna hatte bei den Messungen geholfen. „Wir haben den Gletscher selbst vermessen.“")[^1]);
}
