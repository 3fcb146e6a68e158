using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Réponse de la maire : « … »": a response's noun, a link that says whom it comes from, and a
/// role alone before the colon give the role's holder, in every language with the lead; a
/// response given to the role's holder names a listener, no speaker.
/// </summary>
public sealed class ResponseNounRoleTests
{
    [Theory]
    [InlineData("La maire, Sylvie Aubertin, a présenté le budget. Un élu a demandé pourquoi. Réponse de la maire : « La région nous a dit non. »", "Sylvie Aubertin")]
    [InlineData("Le maire, Paul Morel, a présenté le budget. Un élu a demandé pourquoi. Réponse du maire : « La région nous a dit non. »", "Paul Morel")]
    [InlineData("El alcalde, Pedro Gil, presentó el presupuesto. Un concejal preguntó por qué. Respuesta del alcalde: «La región nos dijo que no.»", "Pedro Gil")]
    [InlineData("Il sindaco, Marco Riva, ha presentato il bilancio. Un consigliere ha chiesto perché. Risposta del sindaco: «La regione ci ha detto di no.»", "Marco Riva")]
    [InlineData("O autarca, Rui Costa, apresentou o orçamento. Um vereador perguntou porquê. Resposta do autarca: “A região disse que não.”", "Rui Costa")]
    [InlineData("The mayor, Paul Vane, presented the budget. A councillor asked why. Reply from the mayor: \"The county said no.\"", "Paul Vane")]
    public void ARoleAfterAResponsesNoun_Speaks(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Le budget divise la commune", paragraph)[0]);

    [Theory]
    [InlineData("La maire, Sylvie Aubertin, a présenté le budget. Un élu a demandé pourquoi. Réponse au maire : « Vous avez tort. »")]
    [InlineData("El alcalde, Pedro Gil, presentó el presupuesto. Un concejal preguntó por qué. Respuesta al alcalde: «Se equivoca usted.»")]
    public void AResponseGivenToTheRolesHolder_IsNotTheirs(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Le budget divise la commune", paragraph)[0]);
}
