using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A recipe or a fact box prints its facts on one line parted by bars ("Tiempo: 50 minutos | Dificultad: media |
/// Raciones: 4"): the article's line, neither another story's headline (a place, a colon, a clause) nor a heading.
/// </summary>
public sealed class FactBarTests
{
    [Theory]
    [InlineData("Tiempo: 50 minutos | Dificultad: media | Raciones: 4", true)]
    [InlineData("Serves: 4 | Prep: 20 min | Cook: 40 min", true)]
    [InlineData("Durée : 1 h | Difficulté : facile", true)]
    [InlineData("Bremen: Straßenbahn fährt bis Huchting", false)]
    [InlineData("Sport: Fußball | Handball | Tennis", false)]
    [InlineData("Home | News | Local", false)]
    public void ABarOfFacts_IsOne(string line, bool bar) => Assert.Equal(bar, FactBoxes.IsFactBar(line.AsSpan()));

    [Theory]
    [InlineData("es", "Tiempo: 50 minutos | Dificultad: media | Raciones: 4")]
    [InlineData("it", "Tempo: 40 minuti | Difficoltà: facile | Porzioni: 4")]
    public void AFactBarUnderTheStandfirst_IsTheArticlesLine(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], "14/03/2025 06:00", bar, p[2], p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == bar);
        Assert.DoesNotContain(article.Sections, s => s.Heading == bar);
    }
}
