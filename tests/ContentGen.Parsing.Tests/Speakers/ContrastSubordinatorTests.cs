using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A clause opened by a subordinator of contrast ("tandis que", "alors que", "während") reports less
/// than the main clause after its comma: the main clause's subject is whom a later pronoun means.
/// "alors" alone is an adverb ("then") and opens no such clause.
/// </summary>
public sealed class ContrastSubordinatorTests
{
    [Theory]
    [InlineData("Tandis que")]
    [InlineData("Alors que")]
    public void French_MainClauseSubject_IsWhomTheLaterPronounMeans(string opener)
        => Assert.Equal(
            new[] { "Paul Vernet" },
            QuoteSpeakers.Under(
                "Le port de Valmont attendra",
                "Les travaux du port prennent du retard.",
                opener + " Marc Roux affirmait que tout était prêt, Paul Vernet a affirmé le contraire. « Rien n'avance », a-t-il ajouté."));

    [Fact]
    public void German_Waehrend_MainClauseSubject_IsWhomTheLaterPronounMeans()
        => Assert.Equal(
            new[] { "Paul Vogt" },
            QuoteSpeakers.Under(
                "Der Hafen von Talheim wartet",
                "Die Arbeiten am Hafen verzögern sich.",
                "Während Marc Roth erklärte, alles sei bereit, sagte Paul Vogt dagegen, es gebe Probleme. „Nichts geht voran“, fügte er hinzu."));

    [Fact]
    public void French_AlorsAlone_OpensNoSubordinateClause()
        => Assert.Equal(
            new[] { "Marc Roux" },
            QuoteSpeakers.Under(
                "Le port de Valmont attendra",
                "Les travaux du port prennent du retard.",
                "Alors Marc Roux a affirmé que tout était prêt, et Paul Vernet a affirmé le contraire. « Rien n'avance », a-t-il ajouté."));
}
