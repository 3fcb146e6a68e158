namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Two people given one role in one sentence ("El juez Alberto Prieto y el juez Marcos Colina
/// escucharon el recurso."), then the bare role at the cue ("afirmó el juez"): either may be
/// speaking, so no one. Salience gave the last of the pair, which the role agreed with, in es, it,
/// pt and nl; en, fr and de gave no one already and keep doing so. One holder, or the pair given
/// different roles, still reads.
/// </summary>
public sealed class RoleGivenTwiceInASentenceTests
{
    private const string Headline = "Appeal heard in the harbour case";

    [Theory]
    [InlineData("en", "Judge Alan Price and Judge Mary Cole heard the appeal together.", "\"This was reckless,\" the judge said.")]
    [InlineData("fr", "La juge Claire Vasseur et la juge Anne Morel ont rejeté la demande.", "« La loi est claire », a tranché la juge.")]
    [InlineData("de", "Der Richter Albert Pohl und der Richter Markus Kühn hörten die Berufung.", "„Das war leichtsinnig“, sagte der Richter.")]
    [InlineData("es", "El juez Alberto Prieto y el juez Marcos Colina escucharon el recurso.", "«Fue imprudente», afirmó el juez.")]
    [InlineData("es", "La alcaldesa Rosa Beltrán y la alcaldesa Carmen Olmo firmaron el convenio en Toledo.", "«Es un día histórico para la comarca», declaró la alcaldesa.")]
    [InlineData("it", "Il giudice Alberto Prati e il giudice Marco Colli hanno ascoltato il ricorso.", "«È stato imprudente», ha detto il giudice.")]
    [InlineData("it", "Il sindaco Paolo Ferri e il sindaco Luca Bassani hanno firmato l'accordo a Cremona.", "«È una giornata storica», ha commentato il sindaco.")]
    [InlineData("pt", "O juiz Alberto Prates e o juiz Marco Coelho ouviram o recurso.", "«Foi imprudente», afirmou o juiz.")]
    [InlineData("pt", "O presidente Rui Antunes e o presidente Carlos Mota assinaram o protocolo em Braga.", "«É um dia histórico para a região», disse o presidente.")]
    [InlineData("nl", "Rechter Albert Peeters en rechter Marco Claes hoorden het beroep.", "\"Dat was roekeloos\", zei de rechter.")]
    [InlineData("nl", "Burgemeester Anna Vos en burgemeester Petra Lammers tekenden het akkoord in Gent.", "\"Dit is een goede dag voor de regio\", zei de burgemeester.")]
    public void TheRole_MeansNoOne_AfterTwoHoldersInOneSentence(string language, string introduction, string cue)
        => Assert.Null(QuoteSpeakers.Under(Headline, LanguageLeads.For(language), introduction, cue)[^1]);

    // One holder; or the pair given two roles, the one asked held by one of them.
    [Theory]
    [InlineData("es", "El juez Alberto Prieto escuchó el recurso.", "«Fue imprudente», afirmó el juez.", "Alberto Prieto")]
    [InlineData("es", "El juez Alberto Prieto y la fiscal Elena Marín escucharon al acusado.", "«Fue imprudente», afirmó el juez.", "Alberto Prieto")]
    [InlineData("it", "Il giudice Alberto Prati ha ascoltato il ricorso in aula.", "«È stato imprudente», ha detto il giudice.", "Alberto Prati")]
    [InlineData("pt", "O juiz Alberto Prates ouviu o recurso.", "«Foi imprudente», afirmou o juiz.", "Alberto Prates")]
    [InlineData("nl", "Rechter Albert Peeters hoorde het beroep.", "\"Dat was roekeloos\", zei de rechter.", "Albert Peeters")]
    public void TheRole_StillMeansItsHolder(string language, string introduction, string cue, string holder)
        => Assert.Equal(holder, QuoteSpeakers.Under(Headline, LanguageLeads.For(language), introduction, cue)[^1]);
}
