namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence with no quote whose subject is a body's unnamed source
/// and a verb after it (<c>Contactada pelo jornal, fonte da empresa rejeitou as acusações.</c>,
/// <c>Fuentes de la compañía negaron los hechos.</c>), then a quote with no cue: the body's words, not those of the
/// speaker quoted before.
/// </summary>
public sealed class SourcesBeforeQuoteTests
{
    [Theory]
    [InlineData("pt", "A Conservas Marlim vai fechar a fábrica. || A Associação de Armadores também reagiu. Segundo a associação, “sem a fábrica, o porto morre”. || Contactada pelo jornal, fonte da empresa rejeitou as acusações do sindicato. “As encomendas não foram recusadas, simplesmente deixaram de chegar.”")]
    [InlineData("es", "Conservas Marlín cerrará la fábrica. || La Asociación de Armadores también reaccionó. Según la asociación, «sin la fábrica, el puerto muere». || Consultada por este diario, una fuente de la empresa rechazó las acusaciones del sindicato. «Los pedidos no fueron rechazados, simplemente dejaron de llegar».")]
    [InlineData("it", "L'Associazione Armatori ha reagito. Secondo l'associazione, «senza la fabbrica il porto muore». || Interpellate dal giornale, fonti dell'azienda hanno respinto le accuse del sindacato. «Gli ordini non sono stati rifiutati, hanno semplicemente smesso di arrivare».")]
    public void AQuoteAfterTheSourcesReport_IsNotTheSpeakerBefore(string language, string paragraphs)
        => Assert.NotEqual(language == "it" ? "Associazione Armatori" : language == "es" ? "Asociación de Armadores" : "Associação de Armadores",
            ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Where the cast names the body (an organisation's noun before its name), the quote with no cue
    // is the body's: its name, not merely not the speaker before.
    [Theory]
    [InlineData("pt", "A empresa Conservas Marlim vai fechar a fábrica. || A Associação de Armadores também reagiu. Segundo a associação, “sem a fábrica, o porto morre”. || Contactada pelo jornal, fonte da empresa rejeitou as acusações do sindicato. “As encomendas não foram recusadas, simplesmente deixaram de chegar.”", "Conservas Marlim")]
    [InlineData("es", "La empresa Conservas Marlín cerrará la fábrica. || La Asociación de Armadores también reaccionó. Según la asociación, «sin la fábrica, el puerto muere». || Consultada por este diario, una fuente de la empresa rechazó las acusaciones del sindicato. «Los pedidos no fueron rechazados, simplemente dejaron de llegar».", "Conservas Marlín")]
    [InlineData("en", "The company Marlin Canning will close the plant. || The Boat Owners Association also reacted. According to the association, \"without the plant, the port dies\". || Contacted by the paper, a source at the company rejected the union's claims. \"Orders were not refused, they simply stopped coming.\"", "Marlin Canning")]
    public void AQuoteAfterTheSourcesReport_IsTheBodys(string language, string paragraphs, string body)
        => Assert.Equal(body, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Stop: sources that are no subject (an object) leave the last speaker going on.
    [Fact]
    public void SourcesAsAnObject_LeaveTheSpeakerBefore()
        => Assert.Equal("Associação de Armadores", ConstructionProbe.LastSpeaker("pt",
            "A Associação de Armadores também reagiu. Segundo a associação, “sem a fábrica, o porto morre”. || O sindicato citou fonte da empresa. “As encomendas não foram recusadas, simplesmente deixaram de chegar.”".Split(" || ")));
}
