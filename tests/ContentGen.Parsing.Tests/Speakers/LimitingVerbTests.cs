namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Verbs that limit what was said report with their reporting infinitive: Spanish "se limitó a
/// señalar que", Italian "si è limitato a dire che", Portuguese "limitou-se a dizer que", French
/// "s'est borné à rappeler que", before the quote or right after it. A limiting verb before any
/// other infinitive ("se limitó a cerrar") reports nothing.
/// </summary>
public sealed class LimitingVerbTests
{
    [Theory]
    [InlineData("La obra", "El técnico Gonzalo Iturriaga visitó la zona. Iturriaga se limitó a decir que “todas las hipótesis están abiertas”.", "Gonzalo Iturriaga")]
    [InlineData("La obra", "El técnico Gonzalo Iturriaga visitó la zona. Iturriaga se ha limitado a decir que “todas las hipótesis están abiertas”.", "Gonzalo Iturriaga")]
    [InlineData("La obra", "La Federación de Comercio de Valdeluna, en cambio, se limitó a señalar en un comunicado que estudiará el texto «con calma».", "Federación de Comercio de Valdeluna")]
    [InlineData("Il ponte", "Il sindaco Marco Rinaldi ha visitato il cantiere. Rinaldi si è limitato a dire che i lavori finiranno «a giugno».", "Marco Rinaldi")]
    [InlineData("A obra", "A empresa Obras do Vale respondeu às críticas. A empresa limitou-se a afirmar que a obra «está dentro do prazo».", "Obras do Vale")]
    [InlineData("Le pont", "Le maire, Olivier Brisset, s'est borné à dire que le pont « rouvrira en mars ».", "Olivier Brisset")]
    public void ALimitingVerbBeforeAReportingInfinitive_GovernsTheQuote(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Il ponte", "Il sindaco Marco Rinaldi ha visitato il cantiere. «I lavori sono in ritardo», si è limitato a dire il sindaco.", "Marco Rinaldi")]
    [InlineData("A obra", "O vereador Paulo Marques visitou a obra. «Está tudo dentro do prazo», limitou-se a dizer o vereador Paulo Marques.", "Paulo Marques")]
    [InlineData("Le pont", "Le maire, Olivier Brisset, a visité le pont. « Il rouvrira en mars », s'est contenté de répondre Olivier Brisset.", "Olivier Brisset")]
    [InlineData("La obra", "La alcaldesa Marta Ruiz visitó la obra. «Abrirá en junio», se limitó a responder Marta Ruiz.", "Marta Ruiz")]
    public void ALimitingVerbAfterTheQuote_ReportsIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Where subjects drop, the phrase opening the sentence speaks for whoever a pronoun would mean.
    [Theory]
    [InlineData("La obra", "El técnico Gonzalo Iturriaga visitó la zona. Se limitó a decir que “todas las hipótesis están abiertas”.", "Gonzalo Iturriaga")]
    [InlineData("A ponte", "O presidente da câmara, Rui Calado, visitou a obra. Limitou-se a dizer que a ponte «abre em junho».", "Rui Calado")]
    public void ALimitingPhraseOpeningTheSentence_TakesTheDroppedSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Limiting oneself to a deed, not to words: the quote after it is nobody's words.
    [Theory]
    [InlineData("La obra", "La alcaldesa Marta Ruiz visitó la obra. Ruiz se limitó a cerrar el parque, que los vecinos llaman «el desierto».", "Marta Ruiz")]
    [InlineData("Il ponte", "Il sindaco Marco Rinaldi ha visitato il cantiere. Rinaldi si è limitato a chiudere il ponte, che in paese chiamano «il vecchio».", "Marco Rinaldi")]
    [InlineData("A obra", "O vereador Paulo Marques visitou a obra. Marques limitou-se a fechar a estrada, a que os moradores chamam «a velha».", "Paulo Marques")]
    public void ALimitingVerbBeforeAnotherInfinitive_ReportsNothing(string headline, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under(headline, paragraph));
}
