using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A transcript's speaker labels ("ANNA BERG" above each answer) come back again and again: they are no
/// headings and no page chrome, but stay in the body with what each speaker says.
/// </summary>
public sealed class SpeakerLabelTests
{
    [Theory]
    [InlineData("en", "\n\n")]
    [InlineData("fr", "\n")]
    [InlineData("de", "\n\n")]
    [InlineData("es", "\n")]
    [InlineData("it", "\n\n")]
    [InlineData("pt", "\n")]
    [InlineData("nl", "\n\n")]
    public void LabelsAboveEachAnswer_StayInTheBody_AsParagraphs(string language, string afterLabel)
    {
        var p = Articles.Of(language);
        var turns = new[] { ("ANNA BERG", p[1]), ("JAN KOOL", p[2]), ("ANNA BERG", p[3]), ("JAN KOOL", Articles.Closing(language)) };
        var page = p[0] + "\n\n" + string.Join("\n\n", turns.Select(t => t.Item1 + afterLabel + t.Item2));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Empty(article.Boilerplate);
        Assert.Equal(turns.SelectMany(t => new[] { t.Item1, t.Item2 }), article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ShortLineSaidOnce_IsStillAHeading()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "ANNA BERG", p[2], p[3]));

        Assert.Equal("ANNA BERG", article.Sections[^1].Heading);
    }
}
