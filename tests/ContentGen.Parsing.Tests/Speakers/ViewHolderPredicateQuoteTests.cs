using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Pour la maire, X, la commune « n'a plus les moyens »": after a view's role and its holder
/// between commas, a clause whose short subject is followed by a quote that holds the clause's
/// verb gives the holder's words, in every language with the view; a verb before the quote or a
/// quote that names the noun before it gives none.
/// </summary>
public sealed class ViewHolderPredicateQuoteTests
{
    [Theory]
    [InlineData("Le conseil a voté lundi. Pour la maire, Sylvie Aubertin, la commune « n’a plus les moyens » de l’entretenir.", "Sylvie Aubertin")]
    [InlineData("Le conseil a voté lundi. Pour le président, Marc Delorme, le conseil « ne pourra pas porter seul » les travaux.", "Marc Delorme")]
    // Words that finish the clause after the quote, a pronoun for the holder.
    [InlineData("Le conseil a voté. Pour la maire, Sylvie Aubertin, la commune « ne pourra pas payer seule » les frais de la roue et du bief.", "Sylvie Aubertin")]
    [InlineData("Sylvie Aubertin a présenté le budget lundi. Pour elle, la commune « n’a plus les moyens » de l’entretenir.", "Sylvie Aubertin")]
    // A relative clause on the object after the quote finishes the holder's clause.
    [InlineData("Le conseil a voté. Pour la maire, Sylvie Aubertin, la commune « ne pourra pas payer seule » les frais que coûtera le chantier de l’école.", "Sylvie Aubertin")]
    [InlineData("El pleno votó el lunes. Para la alcaldesa, Carmen Vidal, el municipio «no puede pagarlo» solo.", "Carmen Vidal")]
    [InlineData("Il consiglio ha votato lunedì. Per la sindaca, Anna Neri, la scuola «non chiuderà» prima di giugno.", "Anna Neri")]
    [InlineData("A assembleia votou na segunda-feira. Para a autarca, Rita Sousa, a câmara “não tem dinheiro” para a obra.", "Rita Sousa")]
    public void AQuoteHoldingTheClausesVerb_IsTheViewHolders(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Le parc solaire divise la commune", paragraph)[0]);

    [Theory]
    // A verb before the quote: the preposition says whom something was done for.
    [InlineData("Le conseil a voté. Pour le nouveau directeur, Paul Morel, la commune a préparé « une belle fête ».")]
    [InlineData("El pleno votó el lunes. Para el nuevo entrenador, Marco Ruiz, el club ha preparado «una gran fiesta».")]
    [InlineData("Il consiglio ha votato lunedì. Per il nuovo allenatore, Marco Riva, la società ha preparato «una grande festa».")]
    [InlineData("El pleno votó el lunes. Para el nuevo entrenador, Marco Ruiz, la afición preparó «una gran fiesta».")]
    [InlineData("A assembleia votou. Para o novo treinador, Rui Costa, os adeptos prepararam “uma festa surpresa”.")]
    // A capital opening the quote: the name of the noun before it.
    [InlineData("Le conseil a voté. Pour la maire, Sylvie Aubertin, le projet « Habiter Valmont » devra être revu.")]
    // A clause of someone else's after the quote.
    [InlineData("Le conseil a voté. Pour la maire, Sylvie Aubertin, la commune « ne pourra pas payer seule », que le préfet le veuille ou non.")]
    [InlineData("Le conseil a voté. Pour la maire, Sylvie Aubertin, la commune « ne pourra pas payer seule » selon le préfet.")]
    public void AQuoteAfterAVerbOrNamingTheNoun_IsNoOnes(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Le parc solaire divise la commune", paragraph)[0]);
}
