namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote that ends with a question or an exclamation mark ends its sentence when another quote
/// follows it, or a capitalised indefinite article or possessive that brings someone new in ("“…?”
/// Haar buurvrouw Annie knikt."): the cue that comes later, or the quote after, is the next quote's,
/// not the question's. A name after the question may still be its speaker ("Why now?" Tom Lake
/// asked), and so may a possessive's noun when a verb that reports follows soon ("Why?" His wife asked).
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

    // Session 32: a possessive after the question brings in a newcomer, whose nod or shrug is the
    // next quote's setting; the question stays with whoever asked it.
    [Theory]
    [InlineData("nl", "Gerda Veltman neemt de bus naar de markt. “Ik heb geen auto. Wat moet ik dan?” Haar buurvrouw Annie Schutte knikt. “Zonder die bus kom ik nergens meer.”", "Gerda Veltman", "Annie Schutte")]
    [InlineData("it", "Ida Rinaldi ritira la pensione in paese. «Chi mi accompagna adesso?» La sua vicina Rosa Bellini scuote la testa. «Ci trattano come se fossimo già morti.»", "Ida Rinaldi", "Rosa Bellini")]
    [InlineData("pt", "Ana Lopes ficou sem transporte na aldeia. “Quem me leva agora ao médico?” A sua vizinha Rosa Carvalho encolhe os ombros. “Ninguém quer saber de nós.”", "Ana Lopes", "Rosa Carvalho")]
    [InlineData("de", "Ida Rinke holt ihre Rente in der Filiale ab. „Wer fährt mich denn jetzt?“ Ihre Nachbarin Rosa Bellmann schüttelt den Kopf. „Uns hat hier niemand gefragt.“", "Ida Rinke", "Rosa Bellmann")]
    public void APossessiveAfterAQuestion_BringsInTheNextQuotesSpeaker(string language, string paragraph, string asker, string newcomer)
        => Assert.Equal(new string?[] { asker, newcomer }, Constructions.ConstructionProbe.Speakers(language, paragraph));

    // Guard: a verb that reports soon after the possessive's noun makes the words the question's cue.
    [Theory]
    [InlineData("en", "The stallholders packed up early on Sunday. \"Why now?\" His wife Mabel Treloar asked the crowd.", "Mabel Treloar")]
    [InlineData("nl", "De marktkooplui stopten zondag vroeg. “Waarom nu?” Zijn vrouw Femke Bosman vroeg het aan iedereen.", "Femke Bosman")]
    public void APossessiveOpeningTheQuestionsOwnCue_KeepsItsSpeaker(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));
}
