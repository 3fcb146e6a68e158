using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A recipe's bar of labelled facts ("Serves: 4 | Prep: 20 min | Cook: 40 min") is never the headline (its bars made a
/// headline and a site's name of it), and under the last sentence it is the recipe's, as its nutrition line is. A footer's
/// bar of labelled words ("Topics: buses | Section: local news") under the last paragraph stays the page's.
/// </summary>
public sealed class FactBarPlacementTests
{
    private static readonly string[] s_recipe =
    {
        "Rhubarb and ginger crumble with an oat topping",
        "This is the crumble my grandmother made every spring, when the first rhubarb came up in the garden and the evenings were still cold.",
        "The ginger gives it a warmth that works well with custard, and the oats keep the topping crisp for longer than flour alone.",
        "Serve it warm, with custard or cream, and keep any leftovers in the fridge for up to two days.",
    };

    [Theory]
    [InlineData("Serves: 4 | Prep: 20 min | Cook: 40 min")]
    [InlineData("Tiempo: 50 minutos | Dificultad: media | Raciones: 4")]
    public void AFactBar_UnderTheHeadline_IsNoTitle(string bar)
    {
        var page = string.Join("\n\n", "Home\nRecipes", s_recipe[0], bar, "By Anna Bell\n8 February 2025", s_recipe[1], s_recipe[2], s_recipe[3], "© 2025");

        Assert.Equal(s_recipe[0], ArticleParser.Parse(page).Title);
    }

    [Fact]
    public void AFactBar_UnderTheLastSentence_IsTheRecipes()
    {
        const string bar = "Serves: 4 | Prep: 20 min | Cook: 40 min";
        var page = string.Join("\n\n", "Home\nRecipes", s_recipe[0], "By Anna Bell\n8 February 2025", s_recipe[1], s_recipe[2], s_recipe[3], bar, "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == bar);
    }

    [Fact]
    public void AFootersLabelledWords_UnderTheLastSentence_StayThePages()
    {
        const string bar = "Topics: buses | Section: local news | Filed under: transport";
        var page = string.Join("\n\n", "Home\nRecipes", s_recipe[0], "By Anna Bell\n8 February 2025", s_recipe[1], s_recipe[2], s_recipe[3], bar, "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Paragraphs, x => x.Text == bar);
    }
}
