using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A line a dump prints in columns between paragraphs ("Serves 6   Prep 20 min   Cook 40 min", a button bar) is no
/// subheading: a heading is one phrase. One doubled space (a typing slip) still lets a line head its section.
/// </summary>
public sealed class ColumnLineHeadingTests
{
    [Theory]
    [InlineData("en", "Serves 6   Prep 20 min   Cook 40 min")]
    [InlineData("es", "Raciones 4   Tiempo 50 min   Dificultad media")]
    [InlineData("de", "Drucken   Merken   Teilen")]
    public void ALinePrintedInColumns_HeadsNothing(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], line, p[2], p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.NotEqual(line, s.Heading));
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("de", "Das  Urteil")]
    [InlineData("en", "The  defence")]
    [InlineData("en", "The  new  timetable")]
    [InlineData("en", "Valley line  –  what changes  –  and when")]
    public void ALineWithOneDoubledSpace_StillHeads(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], line, p[2], p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Contains(line, article.Sections.Select(s => s.Heading));
    }
}
