using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French elides a conjunction before a subject pronoun: "puisqu'il estime que « … »",
/// "lorsqu'elle affirme que « … »", "s'il juge que « … »". The pronoun after the apostrophe is the
/// verb's subject, and means whom a pronoun would.
/// </summary>
public sealed class ElidedPronounTests
{
    private static string? Speaker(string paragraph)
        => ArticleParser.Parse("Le ministre présente sa loi\n\n" + paragraph, "fr").Quotes[0].Speaker;

    [Theory]
    [InlineData("Paul Girard a présenté mercredi son projet de loi. Puisqu'il estime que « la France doit rester ferme », le texte sera durci.", "Paul Girard")]
    [InlineData("Claire Morel a défendu le texte au Sénat. Lorsqu'elle affirme que « le texte est équilibré », la droite proteste.", "Claire Morel")]
    [InlineData("Paul Girard a présenté mercredi son projet de loi. Même s'il juge que « le texte peut encore évoluer », il ne cédera pas.", "Paul Girard")]
    public void APronounAfterAnElidedConjunction_IsTheVerbsSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Fact]
    public void AnElidedArticleBeforeANoun_IsNoPronoun()
        => Assert.Null(Speaker("Le texte a été présenté mercredi. L'intérieur estime que « la France doit rester ferme », selon le journal."));
}
