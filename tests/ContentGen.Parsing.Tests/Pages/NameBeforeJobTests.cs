using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A template that prints the writer's job right after the name, with no comma: "Dana K. Whitfield Staff Writer". The
/// words before the job's roles are the writer's name, a first name and a surname; a line with no role, a role first, a
/// job in lower case or with a word that is no role, or more names than two, is left unread.
/// </summary>
public sealed class NameBeforeJobTests
{
    [Theory]
    [InlineData("Dana K. Whitfield Staff Writer", "Dana K. Whitfield")]
    [InlineData("Tom Vale Reporter", "Tom Vale")]
    [InlineData("Ana Gil Redactora", "Ana Gil")]
    [InlineData("Ana de la Vega Redactora", "Ana de la Vega")]
    [InlineData("Jonas Berg Redakteur", "Jonas Berg")]
    [InlineData("Paola Neri Giornalista", "Paola Neri")]
    [InlineData("Els Smit Verslaggever", "Els Smit")]
    [InlineData("Ana Costa Jornalista", "Ana Costa")]
    public void ANameBeforeItsJob_IsTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadNameBeforeJob(line.AsSpan()));

    [Theory]
    // A job alone, a job first, a name alone.
    [InlineData("Staff Writer")]
    [InlineData("Reporter Tom Vale")]
    [InlineData("Tom Vale")]
    // A role word inside a sentence or a heading, in lower case after it, or a comma (read by the comma's rule).
    [InlineData("Meet the new editor")]
    [InlineData("Tom Vale reporter of the year")]
    [InlineData("Tom Vale, Reporter")]
    // A job that opens on no role word, or three names before the role: nothing marks where the name ends.
    [InlineData("Tom Vale Political Correspondent")]
    [InlineData("Jane Roe Senior Staff Writer")]
    [InlineData("Ana Gil Sanz Redactora")]
    public void LinesThatAreNoNameBeforeAJob_AreNotRead(string line)
        => Assert.Null(AuthorReader.ReadNameBeforeJob(line.AsSpan()));

    [Fact]
    public void ANameBeforeItsJobUnderTheHeadline_SignsThePage()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Skip to main content\nThe Cold Spring Ledger\nHome  News  Sports  Obituaries  Opinion", "Local News", p[0],
            "Dana K. Whitfield Staff Writer\nMar 6, 2026 Updated Mar 7, 2026", "Facebook  Twitter  Email  Print  Save", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal("Dana K. Whitfield", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
