namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In Italian, Spanish and Portuguese the subject may follow its verb, and "anche", "también",
/// "também" bring in one more person so: "Vuole lottare anche Elena Ferri.", "También quiere luchar
/// Elena Ferrer.". That person is the sentence's subject, whom the quote with no cue after it means,
/// not the baker quoted before.
/// </summary>
public sealed class AddedSubjectAfterVerbTests
{
    [Theory]
    [InlineData("Emporio",
        "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
        "Vuole lottare anche Elena Ferri. «Dobbiamo andare noi dalla gente, se la gente non viene più da noi».",
        "Elena Ferri")]
    [InlineData("Tienda",
        "«Los lunes aquí vendo doce barras, los domingos doscientas», contó el panadero Jorge Valle.",
        "También quiere luchar Elena Ferrer. «Tenemos que ir nosotros a la gente, si la gente ya no viene a nosotros».",
        "Elena Ferrer")]
    [InlineData("Loja",
        "“Às segundas vendo aqui doze pães, aos domingos duzentos”, contou o padeiro Jorge Vale.",
        "Também quer lutar Helena Ferreira. “Temos de ir nós ter com as pessoas, se as pessoas já não vêm ter connosco.”",
        "Helena Ferreira")]
    public void APersonAddedAfterTheVerb_SpeaksTheQuoteAfter(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // A verb whose object is a person puts that person after it as its object: the quote is not theirs.
    [Fact]
    public void APersonAfterAVerbOfBlame_IsItsObject()
        => Assert.NotEqual(
            "Elena Ferri",
            QuoteSpeakers.Under(
                "Emporio",
                "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
                "Ha criticato anche Elena Ferri. «Dobbiamo andare noi dalla gente, se la gente non viene più da noi».")[1]);

    // A preposition before the name makes it the object of a phrase, not the subject.
    [Fact]
    public void APersonAfterAPreposition_IsNotTheAddedSubject()
        => Assert.NotEqual(
            "Elena Ferrer",
            QuoteSpeakers.Under(
                "Tienda",
                "«Los lunes aquí vendo doce barras, los domingos doscientas», contó el panadero Jorge Valle.",
                "También habló con Elena Ferrer. «Tenemos que ir nosotros a la gente, si la gente ya no viene a nosotros».")[1]);

    // A role before the added name was read before, by the newcomer a role brings in; kept beside the bare name.
    [Fact]
    public void ARoleAndNameAddedAfterTheVerb_SpeaksTheQuoteAfter()
        => Assert.Equal(
            "Marco Rossi",
            QuoteSpeakers.Under(
                "Emporio",
                "«Il lunedì qui vendo dodici michette, la domenica duecento», ha raccontato il fornaio Giorgio Valli.",
                "Interviene anche il sindaco Marco Rossi. «Senza il negozio il paese muore, e la scuola con lui».")[1]);
}
