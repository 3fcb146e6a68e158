namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "acusó al Gobierno de «…»", "acusou o presidente de “…”", "ha accusato la giunta di «…»": the
/// words a subject accuses someone of are the subject's own, as with "criticó al Gobierno por «…»";
/// the person accused, the verb's object, is whom they are about and never the speaker.
/// </summary>
public sealed class AccuseOfTests
{
    [Theory]
    [InlineData("Sanidad", "La portavoz de Sanidad, Begoña Ruiz, acusó al Gobierno regional de «mirar hacia otro lado».", "Begoña Ruiz")]
    [InlineData("Comboio", "O deputado municipal Rui Calçada acusou o presidente da câmara de “fazer campanha com o comboio”.", "Rui Calçada")]
    [InlineData("Parcheggio", "Il capogruppo Paolo Santelli ha accusato la giunta di «svendere il centro storico».", "Paolo Santelli")]
    public void TheWordsOfAnAccusation_AreTheSubjects(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // The one accused, named after the verb, does not speak: the subject does.
    [Theory]
    [InlineData("Sanidad", "Begoña Ruiz acusó a la consejera Marta Gil de «mirar hacia otro lado».", "Begoña Ruiz")]
    [InlineData("Comboio", "Rui Calçada acusou o presidente Artur Neves de “fazer campanha com o comboio”.", "Rui Calçada")]
    [InlineData("Parcheggio", "Paolo Santelli ha accusato il sindaco Marco Berti di «svendere il centro storico».", "Paolo Santelli")]
    public void TheAccused_IsNotTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Someone accused in the passive says nothing: the words are the accuser's, who is unnamed.
    [Theory]
    [InlineData("Sanidad", "La consejera Marta Gil fue acusada de «mirar hacia otro lado».")]
    [InlineData("Comboio", "O presidente Artur Neves foi acusado de “fazer campanha com o comboio”.")]
    [InlineData("Parcheggio", "Il sindaco Marco Berti è stato accusato di «svendere il centro storico».")]
    public void SomeoneAccusedInThePassive_IsNotTheSpeaker(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // The one accused, set off by commas after the verb, is its object and not an inverted subject,
    // whether the subject before the verb is named or not; "criticó" reads the same way.
    [Theory]
    [InlineData("Piscina", "El líder de la oposición criticó a la alcaldesa, Ana Valdés, por tomar «una decisión cortoplacista».")]
    [InlineData("Piscinas", "O líder da oposição acusou a presidente da câmara, Ana Valdez, de tomar “uma decisão de vistas curtas”.")]
    [InlineData("Piscine", "Il capogruppo dell'opposizione ha accusato la sindaca, Anna Valdi, di prendere «una decisione miope».")]
    public void TheAccusedSetOffAfterTheVerb_IsNotTheSpeaker(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // A passive's agent after the verb criticised; it speaks in the relative clause that follows.
    [Theory]
    [InlineData("Sciopero", "La protesta è stata criticata anche dall'associazione Malati Uniti, che l'ha definita «un danno per i più deboli».", "Malati Uniti")]
    public void APassivesAgent_StillSpeaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
