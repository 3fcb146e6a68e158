using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Pour X, présidente du collectif, « … »": a view's holder may be described between commas
/// before the quote, as a subject is; words that say something else there are no description.
/// </summary>
public sealed class FrenchViewAppositiveTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Le collectif des soignants alerte", paragraphs);

    [Theory]
    [InlineData("Pour Marie Leroy, présidente du collectif, « la situation ne peut plus durer ».")]
    [InlineData("Pour Marie Leroy, médecin à Lille, « la situation ne peut plus durer ».")]
    public void AViewHolderDescribedBetweenCommas_Speaks(string paragraph)
        => Assert.Equal("Marie Leroy", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Pour Marie Leroy, les choses ont changé, et « la situation ne peut plus durer ».")]
    [InlineData("Pour Marie Leroy, la réforme a échoué, « la situation ne peut plus durer ».")]
    public void WordsThatSaySomethingElse_AreNoDescription(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);
}
