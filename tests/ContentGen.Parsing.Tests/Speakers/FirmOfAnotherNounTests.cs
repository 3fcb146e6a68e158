namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A firm introduced by a noun of its trade ("a fábrica", "la naviera", "la fabbrica") is a firm: a
/// later "a empresa", "la empresa" or "l'azienda" means it, within the reach of a noun's reference,
/// as it means a firm named with no noun. A body of another kind ("a associação") is never the firm.
/// </summary>
public sealed class FirmOfAnotherNounTests
{
    [Theory]
    [InlineData("pt", "A Conservas Marés, a última fábrica de conservas da vila, vai encerrar em março. Os operários souberam ontem.", "A empresa garante que vai pagar tudo “até ao último cêntimo”.", "Conservas Marés")]
    [InlineData("es", "La naviera Transmar Atlántica cerrará su terminal en marzo. Los estibadores se enteraron ayer.", "«Habrá ofertas de recolocación», aseguró la empresa.", "Transmar Atlántica")]
    [InlineData("es", "La fábrica Conservas del Norte cerrará en marzo. Los operarios se enteraron ayer.", "«No hay pedidos suficientes», explicó la empresa.", "Conservas del Norte")]
    [InlineData("it", "La fabbrica Tessiture Valbruna chiuderà a marzo. Gli operai lo hanno saputo ieri.", "«Il gas costa troppo», ha spiegato l'azienda.", "Tessiture Valbruna")]
    public void TheCompanyNoun_MeansTheFirmIntroducedByItsTrade(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Fecho", LanguageLeads.For(language), first, second));

    [Theory]
    [InlineData("pt", "A Associação de Pescadores de Vila Fria pediu apoio. Os operários souberam ontem.", "A empresa garante que vai pagar tudo “até ao último cêntimo”.")]
    [InlineData("es", "El Sindicato de Estibadores del Norte pidió ayudas. Los operarios se enteraron ayer.", "«Habrá ofertas de recolocación», aseguró la empresa.")]
    public void TheCompanyNoun_NeverMeansABodyOfAnotherKind(string language, string first, string second)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Fecho", LanguageLeads.For(language), first, second));
}
