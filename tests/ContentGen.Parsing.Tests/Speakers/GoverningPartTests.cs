namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The part that governs a body speaks for it: "the board of Quillby", "a administração da Hidrovela", "la
/// dirección de Nubia Software", "die Geschäftsführung der Kroll Metall GmbH", "de directie van Kroeze
/// Coatings" give the body named after the link, never the part with its complement ("administração da
/// Hidrovela" was read as one organisation's name). The people a board gathers ("the board of Trustees") are
/// no body.
/// </summary>
public sealed class GoverningPartTests
{
    [Theory]
    [InlineData("en", "The board of Quillby said: \"The dividend will be halved.\" Shares fell.", "Quillby")]
    [InlineData("en", "\"The dividend will be halved,\" said the board of Quillby.", "Quillby")]
    [InlineData("pt", "A administração da Hidrovela garante que “os serviços mínimos foram cumpridos”.", "Hidrovela")]
    [InlineData("pt", "O conselho de administração da Hidrovela respondeu: “As portas estiveram sempre abertas.” A greve continua.", "Hidrovela")]
    [InlineData("pt", "A direção da Escola Secundária de Vale Alto disse: “Vamos recorrer.” A escola fecha em junho.", "Escola Secundária de Vale Alto")]
    [InlineData("es", "La dirección de Nubia Software aseguró que “nadie perderá su empleo”.", "Nubia Software")]
    [InlineData("it", "La direzione della Ferrolux ha spiegato: «Nessun lavoratore è rimasto ferito». Lo sciopero continua.", "Ferrolux")]
    [InlineData("de", "Die Geschäftsführung der Kroll Metall GmbH teilte mit: „Wir bedauern das.“ Der Streik geht weiter.", "Kroll Metall GmbH")]
    [InlineData("nl", "De directie van Kroeze Coatings laat weten: “Wij betreuren dit.” De staking gaat door.", "Kroeze Coatings")]
    public void TheGoverningPart_SpeaksForTheBodyNamedAfterIt(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(Headline(language), LanguageLeads.For(language), paragraph));

    private static string Headline(string language) => language switch
    {
        "pt" => "A greve da água",
        "es" => "La huelga del agua",
        "it" => "Lo sciopero",
        "de" => "Der Streik",
        "nl" => "De staking",
        _ => "The strike",
    };

    // Guards: the people a board gathers, and a governing noun with no body after it.
    [Fact]
    public void TheBoardOfTrustees_IsNoBodyNamedTrustees()
        => Assert.DoesNotContain("Trustees", QuoteSpeakers.Under(
            "News",
            LanguageLeads.For("en"),
            "The board of Trustees said: \"We are sorry.\" The school will close."));

    [Fact]
    public void AGoverningNounWithALowerCaseComplement_NamesNoBodyOfItsOwn()
        => Assert.DoesNotContain("administração da empresa", QuoteSpeakers.Under(
            "Notícia",
            LanguageLeads.Portuguese,
            "A administração da empresa garante que “os serviços mínimos foram cumpridos”."));
}
