using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// French sets its inner marks off with spaces (« … : “ … ” … »): the pair is an inner quote, and
/// the guillemet quote keeps its words whole (QuoteScanner.SpacedInner.cs). A spaced “ whose ” does
/// not close before the next guillemet, or one outside a guillemet quote, is read as before.
/// </summary>
public sealed class SpacedInnerQuoteTests
{
    private static (string Text, int? Within)[] Listed(params string[] paragraphs)
        => ArticleParser.Parse("Un titre pour les guillemets\n\n" + string.Join("\n\n", paragraphs)).Quotes
            .Select(quote => (quote.Text, quote.Within)).ToArray();

    [Theory]
    [InlineData("« Une voisine nous a prévenus : “ Ne sortez pas la voiture ” », raconte Odile Fabre.", "Une voisine nous a prévenus : “ Ne sortez pas la voiture ”", "Ne sortez pas la voiture")]
    [InlineData("« Mon grand-père répétait : “ La rivière reprend ce qu'on lui prend ” et il avait raison », confie Paul Vigier.", "Mon grand-père répétait : “ La rivière reprend ce qu'on lui prend ” et il avait raison", "La rivière reprend ce qu'on lui prend")]
    [InlineData("« Ils appellent ça un “ ajustement ” du loyer », s'agace Claire Jolivet.", "Ils appellent ça un “ ajustement ” du loyer", "ajustement")]
    public void SpacedInnerMarks_InsideGuillemets_AreAnInnerQuote(string paragraph, string outer, string inner)
        => Assert.Equal(new (string, int?)[] { (outer, null), (inner, 0) }, Listed(paragraph));

    [Fact]
    public void SpacedMarks_OutsideGuillemets_AreNoInnerQuote()
        => Assert.DoesNotContain(Listed("Le maire parle d'un “ plan de sauvetage ” pour le quartier. « Nous tiendrons », assure Anne Roux."), quote => quote.Within is not null);
}
