namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A question of no verb that turns to a person the article named ("And Marit herself?", "En Marit zelf?",
/// "Und Marit selbst?") makes that person whom the answer's pronoun and cue mean, not the last speaker
/// (SpeakerFinder.QuestionTurn.cs).
/// </summary>
public sealed class QuestionTurnTests
{
    [Theory]
    [InlineData("Final won", "Lena Vogt won the final in Leeds. \"It was a long day,\" said coach Anne Baker.", "And Lena herself? She mostly wants to sleep. \"Bed first,\" she said.")]
    [InlineData("Final won", "Lena Vogt won the final in Leeds. \"It was a long day,\" said coach Anne Baker.", "And Vogt herself? She mostly wants to sleep. \"Bed first,\" she said.")]
    [InlineData("Finale gewonnen", "Lena Vogt gewann das Finale in Halle. „Es war ein langer Tag“, sagte Trainerin Anke Bauer.", "Und Lena selbst? Sie will vor allem schlafen. „Erst ins Bett“, sagt sie.")]
    [InlineData("Finale gewonnen", "Lena Vogt won de finale in Delft. “Het was een lange dag”, zei trainer Anouk Bakker.", "En Lena zelf? Die wil vooral slapen. “Eerst naar bed”, zegt ze.")]
    [InlineData("Finale gagnée", "Lena Vogt a gagné la finale à Lyon. « Une longue journée », a dit l’entraîneuse Anne Roux.", "Et Lena, elle-même ? Elle veut surtout dormir. « Au lit d’abord », dit-elle.")]
    [InlineData("Final ganada", "Lena Vogt ganó la final en Jaén. «Fue un día largo», dijo la entrenadora Ana Ruiz.", "¿Y Lena misma? Quiere sobre todo dormir. «Primero a la cama», dice.")]
    [InlineData("Finale vinta", "Lena Vogt ha vinto la finale a Lecce. «È stata una lunga giornata», ha detto l’allenatrice Anna Rossi.", "E Lena stessa? Vuole soprattutto dormire. «Prima a letto», dice.")]
    [InlineData("Final ganha", "Lena Vogt venceu a final em Braga. «Foi um dia longo», disse a treinadora Ana Reis.", "E Lena mesma? Quer sobretudo dormir. «Primeiro a cama», diz.")]
    public void AQuestionTurningToANamedPerson_MakesThemWhomTheAnswerMeans(string headline, string first, string second)
        => Assert.Equal("Lena Vogt", QuoteSpeakers.Under(headline, first, second)[1]);

    // Stop: without the emphatic pronoun the question may turn to a place or a team ("And Leeds?");
    // the pronoun stays with the last speaker.
    [Fact]
    public void AQuestionWithoutTheEmphaticPronoun_TurnsToNoOne()
        => Assert.Equal("Anne Baker", QuoteSpeakers.Under(
            "Final won", "Lena Vogt won the final in Leeds. \"It was a long day,\" said coach Anne Baker.",
            "And Lena? She mostly wants to sleep. \"Bed first,\" she said.")[1]);

    // Stop: a name the article never gave in full is no one the question turns to; the pronoun
    // stays with the last speaker.
    [Fact]
    public void AQuestionTurningToANameNeverGivenInFull_TurnsToNoOne()
        => Assert.Equal("Dan Baker", QuoteSpeakers.Under(
            "Final won", "Lena Vogt won the final in Leeds. \"It was a long day,\" said coach Dan Baker.",
            "And Tom himself? He mostly wants to sleep. \"Bed first,\" he said.")[1]);

    // Stop: a question with a verb after the emphatic pronoun asks about the person; it does not
    // turn the paragraph to them, and the pronoun stays with the last speaker.
    [Fact]
    public void AQuestionWithAVerb_IsNotRead()
        => Assert.Equal("Anne Baker", QuoteSpeakers.Under(
            "Final won", "Lena Vogt won the final in Leeds. \"It was a long day,\" said coach Anne Baker.",
            "And Lena herself came back? \"We hope so,\" she said.")[1]);
}
