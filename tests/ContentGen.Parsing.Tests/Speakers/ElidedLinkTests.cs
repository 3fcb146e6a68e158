namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Italian writes "of the" elided into the next word as one token ("dell'opposizione"): after a
/// role it is the link and the brief at once, and the name after it is the role's holder ("il
/// consigliere dell'opposizione Marco Riva"). Lexicon list <c>ElidedLinks</c> (it "dell'", fr "d'"); only
/// before a lower-case complement (a capitalised one is an owner: "l'avocat d'Antoine Roux").
/// </summary>
public sealed class ElidedLinkTests
{
    [Theory]
    [InlineData("Il porto chiude per lavori. Il consigliere dell'opposizione Marco Riva ha detto: «La giunta sbaglia».")]
    [InlineData("Il porto chiude per lavori. «La giunta sbaglia», ha detto il consigliere dell'opposizione Marco Riva.")]
    [InlineData("Il porto chiude. «Abbiamo perso clienti», ha raccontato Paolo Neri. «La giunta sbaglia», ha detto il presidente dell'associazione Marco Riva.")]
    public void ARoleAndAnElidedComplement_NameTheHolderAfterThem(string paragraph)
        => Assert.Equal("Marco Riva", QuoteSpeakers.Under("Porto", paragraph)[^1]);

    // Guards: with no name after the complement the role means its holder named before; French
    // "d'" before a place keeps the name after it.
    [Theory]
    [InlineData("Il sindaco Marco Riva ha visitato il cantiere. «Il porto riapre a maggio», ha detto il sindaco dell'isola.", "Marco Riva")]
    [InlineData("Le maire Paul Noir a visité le chantier. « Le port rouvre en mai », a expliqué le maire d'Eastport.", "Paul Noir")]
    [InlineData("Le port ferme. « Nous avons perdu des clients », a raconté Paul Noir. « La mairie se trompe », a déclaré le conseiller d'Eastport Marc Rive.", "Marc Rive")]
    public void AnElidedComplementWithoutAName_KeepsTheHolder(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Porto", paragraph)[^1]);

    // Guards: an adverb or "according to" elided the same way is no complement ("d'après Marc
    // Rive" names a source, not the minister).
    [Theory]
    [InlineData("Le ministre Paul Noir était à Lyon. « C'est un désastre », a estimé le ministre d'après Marc Rive, présent à la réunion.")]
    [InlineData("Le ministre Paul Noir était à Lyon. « C'est un désastre », a dit le ministre d'abord, avant de se reprendre.")]
    public void AnElidedAdverbOrSource_IsNoComplement(string paragraph)
        => Assert.Equal("Paul Noir", QuoteSpeakers.Under("Port", paragraph)[^1]);

    // Guards: a capitalised owner after "d'" ("l'avocat d'Antoine Roux" is his lawyer, not him).
    [Theory]
    [InlineData("Le procès d'Antoine Roux a repris hier. « Mon client est innocent », a déclaré l'avocat d'Antoine Roux.")]
    [InlineData("Le procès a repris hier. « Nous ne savions rien », a déclaré la secrétaire d'Antoine Roux.")]
    public void ACapitalisedOwnerAfterTheLink_IsNoHolder(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Procès", paragraph));
}
