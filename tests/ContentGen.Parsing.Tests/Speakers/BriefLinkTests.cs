namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An office that takes a brief, then a preposition fused with an article and the brief in lower
/// case, then a name: "l'assessore ai trasporti Lucia Ferri" is Lucia Ferri (she went to the person
/// quoted before). Lexicon lists <c>BriefLinks</c> and <c>BriefOffices</c> (fr, it, pt). After
/// another role the same preposition brings in a listener, who is no holder.
/// </summary>
public sealed class BriefLinkTests
{
    [Theory]
    [InlineData("Il porto chiude per lavori. «Abbiamo perso clienti», ha raccontato Paolo Neri, titolare della Nave Blu. «Non lasceremo solo il porto», ha assicurato l'assessore ai trasporti Lucia Ferri.", "Paolo Neri", "Lucia Ferri")]
    [InlineData("La diga resta chiusa. «Aspettiamo da mesi», ha detto Paolo Neri, pescatore. «Apriremo a giugno», ha promesso la consigliera alla pesca Lucia Ferri.", "Paolo Neri", "Lucia Ferri")]
    public void AnOfficeWithItsBriefBeforeAName_IsThatPerson(string paragraph, string first, string second)
        => Assert.Equal(new[] { first, second }, QuoteSpeakers.Under("Porto", paragraph));

    // Guards: after a role that takes no brief, or before people who listen (lexicon
    // ListenerNouns), the preposition brings in a listener or a medium.
    [Theory]
    [InlineData("Il sindaco Marco Riva ha visitato il cantiere. «Il porto riapre a maggio», ha dichiarato il sindaco ai microfoni Tg Valdora.", "Marco Riva")]
    [InlineData("O presidente João Lima visitou a obra. «O porto reabre em maio», disse o presidente aos jornalistas Ana Costa e Rui Sousa.", "João Lima")]
    [InlineData("Le maire Paul Noir a visité le chantier. « Le port rouvre en mai », a expliqué le maire aux habitants Luc et Marie Ferry.", "Paul Noir")]
    [InlineData("Il sindaco Marco Riva ha visitato il cantiere. «Il porto riapre a maggio», ha detto il sindaco ai cronisti.", "Marco Riva")]
    [InlineData("A obra do cais reabre. «Vamos acabar em maio», disse o secretário aos jornalistas Ana Costa e Rui Sousa.", null)]
    public void AListenerAfterARoleWithoutBrief_IsNoHolder(string paragraph, string? speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Porto", paragraph));
}
