namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In Italian, Spanish and Portuguese a sentence that opens on its perfect auxiliary has dropped its
/// subject, who is the subject of the sentence before: "Elena Ferri vuole lottare. Ha proposto un
/// servizio di consegna. «…»" is Elena Ferri's, as "She proposed a delivery service. '…'" is.
/// </summary>
public sealed class DroppedSubjectGoesOnTests
{
    [Theory]
    [InlineData("Emporio",
        "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
        "Elena Ferri vuole lottare. Ha proposto un servizio di consegna per gli anziani. «Dobbiamo andare noi dalla gente, se la gente non viene più da noi».",
        "Elena Ferri")]
    [InlineData("Emporio",
        "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
        "Vuole lottare anche Elena Ferri, 29 anni, mamma di tre bambini. Ha proposto un servizio di consegna per gli anziani. «Dobbiamo andare noi dalla gente, se la gente non viene più da noi».",
        "Elena Ferri")]
    [InlineData("Tienda",
        "«Los lunes aquí vendo doce barras, los domingos doscientas», contó el panadero Jorge Valle.",
        "Elena Ferrer no se rinde. Ha propuesto un servicio de reparto para los mayores. «Tenemos que ir nosotros a la gente, si la gente ya no viene a nosotros».",
        "Elena Ferrer")]
    [InlineData("Loja",
        "“Às segundas vendo aqui doze pães, aos domingos duzentos”, contou o padeiro Jorge Vale.",
        "Helena Ferreira não desiste. Tinha proposto um serviço de entregas para os mais velhos. “Temos de ir nós ter com as pessoas, se as pessoas já não vêm ter connosco.”",
        "Helena Ferreira")]
    public void AQuoteAfterADroppedSubjectsSentence_IsTheSubjectBefore(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // The sentence with the dropped subject names someone else: the quote may be theirs, so it is not the subject's before.
    [Fact]
    public void ADroppedSubjectsSentenceNamingSomeoneElse_KeepsNoSubject()
        => Assert.NotEqual(
            "Elena Ferri",
            QuoteSpeakers.Under(
                "Emporio",
                "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
                "Elena Ferri vuole lottare. Ha chiamato Rosa Bianchi. «Dobbiamo andare noi dalla gente, se la gente non viene più da noi».")[1]);
}
