namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote that ends with a question or an exclamation mark ends its sentence when another quote
/// follows it, or a capitalised indefinite article that brings someone new in: the cue that comes
/// later is the next quote's, not the question's. A name after the question may still be its
/// speaker ("Why now?" Tom Lake asked).
/// </summary>
public sealed class QuestionQuoteSentenceTests
{
    [Theory]
    [InlineData("Jour de marché à Valmont",
        "Au marché, les clients se pressent devant les étals. « Combien coûte ce melon ? » « Trois euros », répond la maraîchère Julie Caron.",
        "Julie Caron")]
    [InlineData("Día de mercado en Valdeoro",
        "En el mercado, los clientes llenan los puestos. «¿Cuánto cuesta este melón?» «Tres euros», responde la frutera Julia Carrasco.",
        "Julia Carrasco")]
    [InlineData("Jour de marché à Valmont",
        "Au marché, les clients se pressent devant les étals. « Combien coûte ce melon ? » Une cliente le repose sur l'étal : « trop cher pour moi », glisse Julie Caron.",
        "Julie Caron")]
    public void AQuestionBeforeAnotherQuoteOrSomeoneNew_IsNotTheLaterCuesWords(string headline, string paragraph, string answerer)
        => Assert.Equal(new string?[] { null, answerer }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Market day in Eastport", "The stallholders packed up early on Sunday. \"Why now?\" Tom Lake asked the crowd.", "Tom Lake")]
    [InlineData("Jour de marché à Valmont", "Les marchands ont remballé tôt dimanche. « Pourquoi maintenant ? » demande Tom Lefort aux clients.", "Tom Lefort")]
    [InlineData("Giorno di mercato a Castelmare", "I venditori hanno chiuso presto domenica. «Perché adesso?» chiede Giulia Conti ai clienti.", "Giulia Conti")]
    public void AQuestionBeforeItsOwnCue_KeepsItsSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Review of session 19: an indefinite article that opens the question's own cue keeps it.
    [InlineData("Flood in Eastport", "The water rose overnight in the lower town.", "\"What now?\" A weary Tom Lake asked the council on Monday.", "Tom Lake")]
    [InlineData("Eastport budget", "The council met on Monday.", "\"Who will pay for this?\" A council spokeswoman, Jane Roe, asked.", "Jane Roe")]
    public void AnIndefiniteOpeningTheQuestionsOwnCue_KeepsItsSpeaker(string headline, string lead, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, lead, paragraph));
}
