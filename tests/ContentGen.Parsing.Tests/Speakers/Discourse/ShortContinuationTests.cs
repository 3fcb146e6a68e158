namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A quote of one or two words standing as a sentence of its own right after a speaker's quote,
/// in the same paragraph, goes on with that speaker's words (<c>"…," she said. "I promise."</c>).
/// Longer quotes go on as before; a short one anywhere else may be a title or a scare quote.
/// </summary>
public sealed class ShortContinuationTests
{
    [Theory]
    [InlineData("en", "Director Hanna Verbeek stresses the closure need not be final. \"If we find enough doctors, we reopen at night at once,\" she said. \"I promise.\"", "Hanna Verbeek")]
    [InlineData("it", "La direttrice Giovanna Ferrandi sottolinea che la chiusura non è definitiva. «Se troviamo abbastanza medici, riapriamo subito anche di notte», ha detto. «Lo prometto».", "Giovanna Ferrandi")]
    [InlineData("es", "La directora Juana Ferrán subraya que el cierre no es definitivo. «Si encontramos suficientes médicos, reabrimos enseguida», dijo. «Lo prometo».", "Juana Ferrán")]
    [InlineData("pt", "A diretora Joana Ferrão sublinha que o encerramento não é definitivo. «Se encontrarmos médicos suficientes, reabrimos logo», disse. «Prometo».", "Joana Ferrão")]
    [InlineData("de", "Direktorin Hanna Vogel betont, die Schließung sei nicht endgültig. „Wenn wir genug Ärzte finden, öffnen wir sofort wieder“, sagte sie. „Versprochen.“", "Hanna Vogel")]
    public void AShortQuoteRightAfterTheSpeakersQuote_GoesOnWithIt(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a sentence between, or words after the quote in its sentence, leave a short quote
    // no one's.
    [Theory]
    [InlineData("en", "Director Hanna Verbeek stresses the closure need not be final. \"If we find enough doctors, we reopen at night at once,\" she said. The board meets in May. \"Never.\"")]
    [InlineData("en", "Director Hanna Verbeek stresses the closure need not be final. \"If we find enough doctors, we reopen at night at once,\" she said. \"Harbour Lights\" opens in May.")]
    [InlineData("it", "La direttrice Giovanna Ferrandi sottolinea che la chiusura non è definitiva. «Se troviamo abbastanza medici, riapriamo subito anche di notte», ha detto. Il consiglio si riunisce a maggio. «Mai».")]
    public void AShortQuoteNotRightAfterTheSpeakersQuote_IsNoOnes(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
}
