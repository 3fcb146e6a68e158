namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A manner phrase between an inverted verb of saying and its subject ("con un sorriso amaro", "mit
/// einem bitteren Lächeln", "met trillende stem") is stepped over to the subject, in every language;
/// only a phrase whose noun the lexicons list as a manner is.
/// </summary>
public sealed class MannerPhraseTests
{
    [Theory]
    [InlineData("Il depuratore di Valpiana", "Il cantiere è fermo da mesi. «Vedremo a giugno», ha commentato con un sorriso amaro Walter Rinaldi.", "Walter Rinaldi")]
    [InlineData("La station de Valmont", "Le chantier est à l'arrêt. « On verra en juin », a confié avec un sourire amer Jean Dupont.", "Jean Dupont")]
    [InlineData("La depuradora de Valdeoro", "La obra lleva meses parada. «Veremos en junio», dijo con una sonrisa amarga Tomás Ruiz.", "Tomás Ruiz")]
    [InlineData("A estação de Ribafria", "A obra está parada há meses. «Vamos ver em junho», disse com um sorriso amargo João Silva.", "João Silva")]
    [InlineData("Kläranlage Hollbach", "Die Baustelle ruht seit Monaten. „Wir warten ab“, sagte mit einem bitteren Lächeln Walter Hägele.", "Walter Hägele")]
    [InlineData("Zuivering Heemsterdijk", "De bouw ligt al maanden stil. ‘We wachten af’, zei met trillende stem Piet de Vries.", "Piet de Vries")]
    [InlineData("Water works stalled", "The works have stalled for months. \"We will see in June,\" said with a bitter smile Walter Rinaldi.", "Walter Rinaldi")]
    public void AMannerPhraseAfterTheVerb_IsSteppedOverToTheSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    // The role after the manner phrase stays the subject's: the adjective after the noun is one word at most,
    // and no article or role is taken for it.
    [Fact]
    public void ARoleAfterTheMannerPhrase_StaysTheSubject()
        => Assert.Equal(
            "Tomás Ruiz",
            QuoteSpeakers.Under("La depuradora de Valdeoro", "La obra lleva meses parada. «Veremos en junio», dijo con voz firme el alcalde, Tomás Ruiz.")[^1]);
}
