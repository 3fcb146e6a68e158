using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French read as French: reflexive reporting verbs with either apostrophe ("s’inquiète",
/// "s'est félicité", "se réjouit"), more verbs of the press ("tranche", "qualifie"), and a
/// stressed pronoun after "selon", "d'après" and "pour".
/// </summary>
public sealed class FrenchReflexiveAndViewTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => ArticleParser.Parse("Le maire de Valmont veut rouvrir la gare\n\n" + string.Join("\n\n", paragraphs), "fr").Quotes.Select(q => q.Speaker).ToArray();

    [Theory]
    [InlineData("« Qui paiera la facture ? », s’inquiète Marie Lefèvre.")]
    [InlineData("« Qui paiera la facture ? », s'interroge Marie Lefèvre.")]
    [InlineData("« Qui paiera la facture ? », s’est inquiétée Marie Lefèvre.")]
    [InlineData("« Qui paiera la facture ? », se désole Marie Lefèvre.")]
    [InlineData("« Nous avons le financement », se réjouit Marie Lefèvre.")]
    [InlineData("« C'est une promesse », s'est félicitée Marie Lefèvre.")]
    [InlineData("Marie Lefèvre s’inquiète : « Qui paiera la facture ? »")]
    public void AReflexiveVerb_Reports(string paragraph)
        => Assert.Equal("Marie Lefèvre", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("« Cette gare est inutile », tranche le député Pierre Morel.")]
    [InlineData("Pierre Morel qualifie le projet de « gaspillage ».")]
    [InlineData("« Cette gare est inutile », a tweeté Pierre Morel.")]
    public void MoreVerbsOfThePress_Report(string paragraph)
        => Assert.Equal("Pierre Morel", Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Paul Martin a présenté le plan. Selon lui, « il faudra des années ».")]
    [InlineData("Paul Martin a présenté le plan. D’après lui, « il faudra des années ».")]
    [InlineData("Paul Martin a présenté le plan. « Il faudra des années », selon lui.")]
    [InlineData("Paul Martin a présenté le plan. Pour lui, « il faudra des années ».")]
    public void AStressedPronounAfterSelonOrPour_PointsBack_InAFrenchDocument(string paragraph)
        => Assert.Equal("Paul Martin", Speakers(paragraph)[0]);
}
