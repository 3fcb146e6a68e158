using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed opens a sentence ("Un riverain du moulin se souvient", "A local trader
/// said"), and the quote right after is given to "ce retraité", "le riverain", "the trader": the
/// article or demonstrative points back to that person, whom the noun describes. With no one
/// unnamed just before, the noun alone names no one.
/// </summary>
public sealed class UnnamedBackReferenceTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Le moulin de Lasserre", paragraphs);

    [Theory]
    [InlineData("Un riverain du moulin, venu écouter le délibéré, se souvient de l'odeur. « On ne pouvait plus ouvrir les fenêtres », raconte ce retraité.", "retraité")]
    [InlineData("Un riverain du moulin se souvient de l'odeur. « On ne pouvait plus ouvrir les fenêtres », raconte le riverain.", "riverain")]
    [InlineData("A local trader said the market was quiet. \"Nobody comes any more,\" the trader said.", "trader")]
    [InlineData("A person familiar with the matter said the firm had approached two rivals. \"Nobody wants a blade factory right now,\" the person said, speaking on condition of anonymity.", "person")]
    public void AnArticleAndAPersonNoun_AfterSomeoneUnnamed_IsThatPerson(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Fact]
    public void AnArticleAndAPersonNoun_WithNoOneUnnamedBefore_NamesNoOne()
        => Assert.Null(Speakers("La fromagerie a été condamnée mardi. « On ne pouvait plus ouvrir les fenêtres », raconte ce retraité.")[0]);
}
