namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// In a language that drops its subjects, a reporting verb alone before a colon opens the sentence
/// and governs its quote ("Añadió: «…»", "Aggiunse: «…»", "Acrescentou: “…”"): the speaker is whom
/// a pronoun would mean, the last speaker or the person in focus. Before, the capitalised verb was
/// read as no cue and the quote had no speaker. A word written like a verb that labels a quote, a
/// verb with its own subject after it, and French, which writes its subjects, are left alone.
/// </summary>
public sealed class OpeningVerbBeforeColonTests
{
    // After a named speaker: the verb continues the speaker.
    [Theory]
    [InlineData("El mercado", "«No nos rendimos», dijo Pablo Ruiz.", "Añadió: «Volveremos el año que viene».", "Pablo Ruiz")]
    [InlineData("El mercado", "«Nadie nos escuchó», lamentó la vecina Elena Soto.", "Insistió: «Seguiremos en la calle».", "Elena Soto")]
    [InlineData("Il mercato", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Aggiunse: «Torneremo l'anno prossimo».", "Paolo Rossi")]
    [InlineData("Il mercato", "«Nessuno ci ha ascoltato», ha lamentato la commerciante Elena Sala.", "Ribadì: «Resteremo in piazza».", "Elena Sala")]
    [InlineData("O mercado", "“Não desistimos”, disse Paulo Reis.", "Acrescentou: “Voltaremos no próximo ano”.", "Paulo Reis")]
    [InlineData("O mercado", "“Ninguém nos ouviu”, lamentou a moradora Helena Sousa.", "Garantiu: “Vamos continuar na rua”.", "Helena Sousa")]
    public void AVerbAloneBeforeAColon_GoesOnWithTheSpeaker(string headline, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under(headline, first, second));

    // After a sentence that brings someone in without a quote: the verb's subject is the person in focus.
    [Theory]
    [InlineData("La obra", "La alcaldesa Marta Gil visitó la obra el lunes con los técnicos.", "Explicó: «Las obras acabarán en mayo».", "Marta Gil")]
    [InlineData("Il cantiere", "La sindaca Marta Galli ha visitato il cantiere lunedì con i tecnici.", "Spiegò: «I lavori finiranno a maggio».", "Marta Galli")]
    [InlineData("A obra", "A presidente da câmara, Marta Gomes, visitou a obra na segunda-feira.", "Explicou: “As obras acabam em maio”.", "Marta Gomes")]
    public void AVerbAloneBeforeAColon_GivesThePersonInFocus(string headline, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, first, second));

    // Stop: a label written like a verb ("Nota", "Pregunta", "Domanda", "Pergunta") is a quote label the
    // lexicons list (QuoteLabels), and says no one spoke; the expected speakers are the last quote's.
    [Theory]
    [InlineData("El mercado", "«No nos rendimos», dijo Pablo Ruiz.", "Nota: «Cerrado por obras».", "Pablo Ruiz")]
    [InlineData("Il mercato", "«Non ci arrendiamo», ha detto Paolo Rossi.", "Nota: «Chiuso per lavori».", "Paolo Rossi")]
    [InlineData("La cubierta", "«No nos vamos a rendir», dijo Pablo Ruiz.", "Los lectores enviaron sus dudas. Pregunta: «¿Quién pagará las obras?».", "Pablo Ruiz")]
    [InlineData("Il tetto", "«Non ci arrendiamo», ha detto Paolo Rossi.", "I lettori hanno scritto alla redazione. Domanda: «Chi pagherà i lavori?».", "Paolo Rossi")]
    [InlineData("O telhado", "«Não desistimos», disse Paulo Rocha.", "Os leitores escreveram à redação. Pergunta: «Quem paga as obras?».", "Paulo Rocha")]
    public void ALabelBeforeAColon_GivesNoOne(string headline, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under(headline, first, second));

    // Stop: a subject after the verb is its own ("Dice el alcalde:").
    [Theory]
    [InlineData("El mercado", "«No nos rendimos», dijo Pablo Ruiz.", "Dice el alcalde: «Volveremos el año que viene».", "Pablo Ruiz")]
    public void AVerbWithItsOwnSubject_GivesNoOne(string headline, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under(headline, first, second));

    // Stop: French writes its subjects; in an article the reader knows is French (the probe's lead
    // says so), a verb alone before a colon is no cue.
    [Fact]
    public void AVerbAloneBeforeAColonInFrench_GivesNoOne()
        => Assert.Equal(
            new[] { "Paul Morel", null },
            ConstructionProbe.Speakers("fr", "« Nous ferons appel », a déclaré Paul Morel.", "Ajoute : « Nous reviendrons. »"));
}
