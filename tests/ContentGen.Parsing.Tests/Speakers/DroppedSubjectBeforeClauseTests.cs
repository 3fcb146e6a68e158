namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// In a language that drops subjects, a reporting verb after the quote followed right away by a
/// subordinate clause ("», dice mientras limpia el pescado", "», ha insistito, mentre dalla platea
/// …", "”, contou enquanto …") has its subject dropped: whom a pronoun would mean, the person just
/// named. The clause's own subject ("mentre il sindaco …") is not the verb's; a noun after the
/// verb still is.
/// </summary>
public sealed class DroppedSubjectBeforeClauseTests
{
    [Theory]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Rosa Peña vende pescado desde hace treinta años. «Vamos a ir a la carpa», dice mientras limpia unas doradas.", "Rosa Peña")]
    [InlineData("El puente estará listo en primavera", LanguageLeads.Spanish, "Rosa Peña vende pescado desde hace treinta años. «Vamos a ir a la carpa», explicó cuando cerraba el puesto.", "Rosa Peña")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Bruno Galli non ha ceduto sul parcheggio. «È un'opera utile», ha insistito, mentre dalla platea partivano fischi.", "Bruno Galli")]
    [InlineData("Il ponte sarà pronto in primavera", LanguageLeads.Italian, "Franco Melis gestisce il bar da vent'anni. «Il mondo è cambiato», dice mentre serve un caffè.", "Franco Melis")]
    [InlineData("Ponte fica pronta na primavera", LanguageLeads.Portuguese, "Rui Calado vende peixe há trinta anos. “Vamos para a tenda”, conta enquanto arruma as caixas.", "Rui Calado")]
    public void AVerbBeforeASubordinateClause_DropsItsSubject(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, paragraph)[^1]);

    // A language that keeps its subjects has none to drop: "said while" names no one.
    [Fact]
    public void English_HasNoDroppedSubject()
        => Assert.Null(QuoteSpeakers.Under("Bridge plan", "Rose Penn has sold fish for thirty years. \"We will move to the tent,\" said while the market closed.")[^1]);

    // Past sentences that name someone only in a complement, the speaker further back is not meant.
    [Fact]
    public void PastASentenceWithNoSubject_NoOneIsMeant()
        => Assert.Equal(
            new string?[] { "Luis Mora", null },
            QuoteSpeakers.Under(
                "El puente estará listo en primavera",
                LanguageLeads.Spanish,
                "«La carpa estará lista en mayo», aseguró Luis Mora.\n\nEl mercado abrió en 1950 y tiene cuarenta puestos. En el puesto de Rosa Peña el ambiente es de resignación. «Vamos a ir a la carpa», dice mientras limpia unas doradas."));

    // A noun after the verb is its subject, read as before, not the person named before.
    [Fact]
    public void ANounAfterTheVerb_IsStillItsSubject()
        => Assert.NotEqual(
            "Rosa Peña",
            QuoteSpeakers.Under("El puente estará listo en primavera", LanguageLeads.Spanish, "Rosa Peña vende pescado desde hace treinta años. «Vamos a ir a la carpa», dice un cliente mientras paga.")[^1]);
}
