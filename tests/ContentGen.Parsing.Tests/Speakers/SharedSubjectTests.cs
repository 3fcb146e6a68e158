using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb joined by a conjunction to the clause before it shares that clause's subject,
/// the name opening the sentence ("Tom Baker welcomed the ruling but warned that …"); not when
/// another clause, a pronoun or a quote stands between.
/// </summary>
public sealed class SharedSubjectTests
{
    private static string?[] Speakers(params string[] paragraphs) => QuoteSpeakers.Under("Harbour ruling welcomed", paragraphs);

    [Fact]
    public void AVerbAfterBut_SharesTheOpeningName()
        => Assert.Equal(
            new[] { "Tom Baker" },
            Speakers("The court ruled on Monday. Ferry union chief Tom Baker welcomed the ruling but warned that crews were \"still waiting for answers\"."));

    [Fact]
    public void AVerbAfterAnd_SharesTheOpeningName()
        => Assert.Equal(
            new[] { "Ann Lee" },
            Speakers("The court ruled on Monday. Ann Lee read the ruling and said the quay would stay \"shut for good\"."));

    [Fact]
    public void AClauseInBetween_HasItsOwnSubject()
        => Assert.Equal(
            new string?[] { null },
            Speakers("The regatta dinner ran late. Tom Hale had left when the commodore stood up and announced \"a new cup for the harbour\" to cheers."));

    // "Jane Roe opened the meeting, the mayor spoke and warned that …": another clause, with its
    // own subject after a comma or a semicolon, or after a conjunction that subordinates, stands
    // between the opening name and the verb.
    [Theory]
    [InlineData("Harbour ferry to stop", "Jane Roe opened the meeting, the mayor spoke briefly and warned that \"the ferry will stop in winter\".", "Jane Roe")]
    [InlineData("Harbour ferry to stop", "Jane Roe opened the meeting; the mayor spoke briefly and warned that \"the ferry will stop in winter\".", "Jane Roe")]
    [InlineData("Le bac du port s'arrête", "Marie Leroy est sortie tandis que le maire se levait et prévenait que « le bac s'arrêtera en hiver ».", "Marie Leroy")]
    [InlineData("El ferry del puerto se detiene", "Ana Gómez salió mientras el alcalde se levantaba y advertía que «el ferry parará en invierno».", "Ana Gómez")]
    [InlineData("Die Hafenfähre stoppt", "Anna Vogel eröffnete die Sitzung, der Bürgermeister sprach danach und warnte, dass „die Fähre im Winter stoppt“.", "Anna Vogel")]
    public void AnotherClauseInBetween_KeepsTheOpeningNameFromTheVerb(string headline, string paragraph, string opening)
        => Assert.NotEqual(opening, QuoteSpeakers.Under(headline, paragraph)[0]);
}
