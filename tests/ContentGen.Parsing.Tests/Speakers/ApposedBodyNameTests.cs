namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name opening its sentence and set off by an appositive whose head is a body's noun ("Kessler &amp;
/// Partner, das Familienunternehmen aus Weidach, …", "A Conservas Marés, a última fábrica da vila, …")
/// names a body of that kind, which the noun later means ("das Unternehmen", "a fábrica"). The name
/// holds no organisation word of its own. A person's appositive whose noun only modifies a role ("a
/// council member", "un membro del consiglio") names no body.
/// </summary>
public sealed class ApposedBodyNameTests
{
    [Theory]
    [InlineData("de", "Kessler & Partner, das Familienunternehmen aus Weidach, schließt zum Jahresende seine Filiale in Lindau. „Die Miete ist zu hoch geworden“, teilte das Unternehmen am Montag mit.", "Kessler & Partner")]
    
    [InlineData("nl", "Van Dam Coatings, de verffabriek aan de Havenweg, heeft dinsdag een lekkage gehad. “Er is niets in het riool terechtgekomen”, zegt de fabriek.", "Van Dam Coatings")]
    [InlineData("nl", "Pieter Mulder, een transportbedrijf uit Zwolle, reed de tank naar de haven. “Onze chauffeur heeft niets gezien”, meldt het bedrijf.", "Pieter Mulder")]
    [InlineData("pt", "A Conservas Marés, a última fábrica da vila, vai fechar em março. “Não há encomendas suficientes”, informou a fábrica.", "Conservas Marés")]
    [InlineData("it", "Ceramiche Valbruna, l'azienda di Borgo Lago, ha chiuso il reparto smalti. «Il gas costa troppo», ha spiegato l'azienda.", "Ceramiche Valbruna")]
    [InlineData("es", "Textiles Ribera, la mayor empresa de la comarca, cerrará en verano. «No podemos competir con las importaciones», explicó la empresa.", "Textiles Ribera")]
    public void TheApposedName_IsTheBodyTheNounLaterMeans(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Werk", LanguageLeads.For(language), paragraph));

    [Fact]
    public void TheApposedName_IsMeantByTheNounInALaterParagraph()
        => Assert.Equal(new[] { "Halden Brothers", "Halden Brothers" }, QuoteSpeakers.Under(
            "Mill to close",
            LanguageLeads.For("en"),
            "Halden Brothers, the family firm from Dunmore, will close its mill in June. \"Orders have halved in two years,\" the firm said.",
            "The town council met on Tuesday. \"We will help every worker find a new job,\" the firm added in a statement."));

    // Guards: a body's noun that only modifies a role, or that stands past a link, describes a person.
    [Fact]
    public void ACouncilMember_IsNoBody()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Harbour row",
            LanguageLeads.For("en"),
            "Tom Ashdown, a council member, opposed the plan. \"We were never asked,\" the council said."));

    [Fact]
    public void AMemberOfTheCouncil_IsNoBody()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Il porto",
            LanguageLeads.Italian,
            "Mario Fenzi, un membro del consiglio, si è opposto al piano. «Nessuno ci ha chiesto niente», ha detto il consiglio."));
}
