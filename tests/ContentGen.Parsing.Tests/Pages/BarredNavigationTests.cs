using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page prints its account and menu links on one line parted by bars ("Sign in | Subscribe"): each part is a line the
/// lexicons list alone as chrome, so the line is chrome, never the headline (it read as a title "Sign in" with the site
/// "Subscribe"). A headline with its site's name after a bar is no such line.
/// </summary>
public sealed class BarredNavigationTests
{
    [Theory]
    [InlineData("en", "Sign in | Subscribe")]
    [InlineData("en", "Log in | Subscribe | Newsletter")]
    [InlineData("en", "Share | Print | Email")]
    [InlineData("es", "Iniciar sesión | Suscríbete")]
    public void NavigationLinesPartedByBars_OverTheHeadline_AreChrome(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", line, p[0], p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Source);
        Assert.Contains(article.Boilerplate, b => b.Text == line && b.Kind == BoilerplateKind.Navigation);
    }

    // Guards: a headline with its site after a bar keeps both; a subheading holding a bar stays the article's.
    [Fact]
    public void AHeadlineWithItsSite_AfterABar_KeepsBoth()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", "Harbour plan approved | Coastal Gazette", p[1], p[2], p[3]));

        Assert.Equal("Harbour plan approved", article.Title);
        Assert.Equal("Coastal Gazette", article.Source);
    }

    [Fact]
    public void ASubheadingHoldingABar_StaysAHeading()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], "Buses | What changes in April", p[3]));

        Assert.Contains("Buses | What changes in April", article.Sections.Select(s => s.Heading));
    }
}
