using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An interview written up as questions and answers: once a sentence makes someone the guest
/// ("elle a répondu à nos questions", by the person the pronoun means too), a paragraph that is
/// all quote and names no speaker, after a question of the interviewer's, is the guest's answer,
/// whoever the answer or the question names. Once an answer has been read, a one-sentence prompt
/// with no question mark is the interviewer's too. With no guest, or with a cue of its own, the
/// quote reads as before.
/// </summary>
public sealed class InterviewTurnTests
{
    private static string?[] Speakers(string language, params string[] paragraphs)
        => QuoteSpeakers.InLanguage(language, "Entretien", paragraphs);

    [Fact]
    public void AnAnswerAfterAQuestion_IsTheGuests_WhomAPronounMeans()
        => Assert.Equal(
            new[] { "Odile Marchal", "Paul Bézier", "Odile Marchal" },
            Speakers(
                "fr",
                "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux. Elle a répondu à nos questions lundi.",
                "Le syndicat a-t-il encore les moyens d’entretenir ses réseaux ?",
                "« Pas longtemps. Nos canalisations ont soixante ans et nous perdons un litre sur trois. »",
                "Le président de la région, Paul Bézier, assure pourtant que l’aide « sera doublée ».",
                "« J’en ai parlé à Paul Bézier hier. Il dit qu’il comprend. Comprendre ne répare pas les fuites. »"));

    [Theory]
    [InlineData("es", "Ana Ruiz, alcaldesa de Villafría, respondió a nuestras preguntas en su despacho.", "¿Tiene el pueblo agua para el verano?", "«No lo sé. Luis Prado nos prometió un pozo nuevo y seguimos esperando.»", "Ana Ruiz")]
    [InlineData("it", "Anna Ferri, sindaca di Valbruna, ha risposto alle nostre domande in municipio.", "Il paese avrà acqua per l'estate?", "«Non lo so. Luca Prati ci ha promesso un pozzo nuovo e aspettiamo ancora.»", "Anna Ferri")]
    [InlineData("pt", "Ana Lopes, presidente da junta de Vale Fundo, respondeu às nossas perguntas na sede.", "A aldeia terá água para o verão?", "“Não sei. O Luís Prado prometeu-nos um poço novo e continuamos à espera.”", "Ana Lopes")]
    [InlineData("en", "Jane Harbour, who chairs the water board, answered our questions at her office.", "Will the village have water this summer?", "\"I don't know. Tom Vale promised us a new well and we are still waiting.\"", "Jane Harbour")]
    public void AnAnswerNamingSomeoneElse_StaysTheGuests(string language, string guest, string question, string answer, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(language, guest, question, answer));

    [Fact]
    public void WithNoGuest_AnAnswerAfterAPrompt_IsNotGivenToThePersonLastInFocus()
        => Assert.Null(
            Speakers(
                "fr",
                "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux.",
                "Le syndicat a-t-il encore les moyens d’entretenir ses réseaux ?",
                "« Pas longtemps. Nos canalisations ont soixante ans et nous perdons un litre sur trois. »",
                "Le président de la région, Paul Bézier, assure pourtant que l’aide « sera doublée ».",
                "« J’en ai parlé à Paul Bézier hier. Il dit qu’il comprend. Comprendre ne répare pas les fuites. »")[^1]);

    [Fact]
    public void APromptWithNoQuestionMark_BeforeAnyAnswer_LeavesTheQuoteToTheWordsBefore()
        => Assert.Equal(
            new[] { "Paul Bézier", "Paul Bézier" },
            Speakers(
                "fr",
                "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux. Elle a répondu à nos questions lundi.",
                "« Nous doublerons l’aide aux communes », a promis le président de la région, Paul Bézier, en juin.",
                "« Les réseaux de l’Orvanne seront rénovés d’ici 2030. »"));

    [Fact]
    public void AnAnswerWithItsOwnCue_IsTheCuesSpeaker()
        => Assert.Equal(
            "Paul Bézier",
            Speakers(
                "fr",
                "Maire de Brévillac depuis 2008, Odile Marchal préside le syndicat des eaux. Elle a répondu à nos questions lundi.",
                "Que répond la région ?",
                "« Nous doublerons l’aide », assure Paul Bézier, président de la région.")[0]);
}
