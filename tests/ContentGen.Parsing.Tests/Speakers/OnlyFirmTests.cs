namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A company's noun ("a empresa", "la compañía") means the one firm the article names,
/// however many paragraphs back, when a trade's noun introduced it ("a última fábrica", "la naviera"); a
/// second firm named, and it means neither.
/// </summary>
public sealed class OnlyFirmTests
{
    private const string PtFirm = "A Conservas Marés, a última fábrica de conservas da vila, vai encerrar em fevereiro.";
    private const string EsFirm = "La naviera Transmar Atlántica cerrará su base en el puerto en marzo.";

    [Theory]
    [InlineData("pt", PtFirm, "Os trabalhadores souberam da notícia numa reunião.", "Houve protestos à porta durante a tarde.", "A Associação de Armadores da Vila também reagiu ao fecho.", "A empresa garante que vai apresentar um plano social «nas próximas semanas».", "Conservas Marés")]
    [InlineData("es", EsFirm, "Los trabajadores supieron la noticia en una reunión.", "Hubo protestas en la puerta durante la tarde.", "La Asociación de Vecinos del Puerto también reaccionó al cierre.", "La compañía asegura que la plantilla recibirá «ofertas de recolocación».", "Transmar Atlántica")]
    public void ACompanysNoun_MeansTheOnlyFirm_FarBack(string language, string firm, string first, string second, string body, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), firm, first, second, body, quote)[^1]);

    // Guard: two firms named, and the noun means neither.
    [Fact]
    public void WithTwoFirms_TheNounMeansNeither()
        => Assert.Null(QuoteSpeakers.Under("Notizia", LanguageLeads.Portuguese,
            PtFirm, "A Latas do Norte, a fábrica de latas do porto, também vai despedir.", "Os trabalhadores souberam da notícia numa reunião.", "Houve protestos à porta durante a tarde.",
            "A Associação de Armadores da Vila também reagiu ao fecho.", "A empresa garante que vai apresentar um plano social «nas próximas semanas».")[^1]);

    // Guard: a firm by a company's noun ("Monitoring firm Netcraft") is no firm of a trade: another
    // named with no noun ("Lycos Europe") may be the company meant.
    [Fact]
    public void AFirmByACompanysNoun_IsNotMeantFarBack()
        => Assert.Null(QuoteSpeakers.Under("Spam campaign dropped",
            "Monitoring firm Netcraft found that the campaign was working. Lycos Europe denied that it was at fault in a statement.",
            "Many users had downloaded the screensaver.", "The campaign was criticised by security experts.", "Other groups called for calm.",
            "\"The idea was simply to slow the sites down,\" the company said.")[^1]);

    // Guard: an association's noun is read as before: no firm is meant by it.
    [Fact]
    public void AnotherKindOfNoun_IsNoFirm()
        => Assert.NotEqual("Conservas Marés", QuoteSpeakers.Under("Notizia", LanguageLeads.Portuguese,
            PtFirm, "Os trabalhadores souberam da notícia numa reunião.", "Houve protestos à porta durante a tarde.", "Os pescadores também reagiram ao fecho.",
            "A associação garante que vai apresentar um plano social «nas próximas semanas».")[^1]);
}
