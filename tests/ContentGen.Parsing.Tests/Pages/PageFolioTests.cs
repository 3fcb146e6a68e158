using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A print exported to text (a bulletin, a newspaper's PDF) keeps each printed page's number, framed by dashes and alone
/// between blank lines ("– 4 –", "- 12 -"), wherever the page broke: often mid-paragraph. It is the print's furniture, never
/// the article's text. A line of the article that holds a number between dashes with words beside it, or a score, stays.
/// </summary>
public sealed class PageFolioTests
{
    public static TheoryData<string, string> Folios() => new()
    {
        { "de", "– 4 –" },
        { "en", "- 12 -" },
        { "fr", "— 3 —" },
        { "es", "- 7 -" },
        { "it", "– 21 –" },
        { "pt", "— 9 —" },
        { "nl", "-  2  -" },
        // A page's number in other digits than ASCII ones, as the jump line reads it (Digits.Only): one reading of a number.
        { "en", "- \u0664 -" },
    };

    private static string Page(string language, string between)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", GappedHeader(language), p[0], Articles.Dateline(language), p[1], between, p[2], p[3], Articles.Closing(language));
    }

    private static string GappedHeader(string language) => Articles.GappedMenu(language);

    [Theory]
    [MemberData(nameof(Folios))]
    public void APageNumberBetweenDashes_AloneBetweenParagraphs_IsNoText(string language, string folio)
    {
        var article = ArticleParser.Parse(Page(language, folio));

        Assert.Equal(Articles.Headline(language), article.Title);
        AssertSetAside(article, folio);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // Neither a paragraph nor a section's heading: a page number heads nothing.
    private static void AssertSetAside(Article article, string folio)
    {
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(folio.Trim(), System.StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections, section => section.Heading == folio);
        Assert.Contains(article.Boilerplate, chrome => chrome.Text == folio);
    }

    // A page broken mid-sentence: the folio stands between a paragraph's two halves, which read on as one.
    [Theory]
    [InlineData("de", "Der Rat hat am Dienstag beschlossen, den Nachtbus auf die Dörfer im Tal", "auszuweiten, was die Bewohner seit Jahren fordern.", "– 4 –")]
    [InlineData("en", "The council voted on Tuesday to extend the night bus service to the", "outer villages, a move that residents have demanded for years.", "- 6 -")]
    [InlineData("fr", "Le conseil a voté mardi l'extension du service de bus de nuit aux", "villages de la vallée, une mesure réclamée depuis des années.", "– 2 –")]
    public void APageNumberMidParagraph_IsNoText(string language, string firstHalf, string secondHalf, string folio)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", GappedHeader(language), p[0], Articles.Dateline(language), p[1], firstHalf, folio, secondHalf, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        AssertSetAside(article, folio);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.Text.Contains(secondHalf, System.StringComparison.Ordinal));
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // A long piece's part number framed the same way ("— 2 —" between its parts) reads as a folio and is set aside: it
    // is no text either, and the parts' paragraphs read on. Its parts are not sections then; the choice is documented here.
    [Fact]
    public void APartNumberBetweenDashes_IsSetAsideLikeAFolio_AndThePartsReadOn()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", GappedHeader("fr"), p[0], Articles.Dateline("fr"), "— 1 —", p[1], p[2], "— 2 —", p[3], Articles.Closing("fr"));

        var article = ArticleParser.Parse(page);

        AssertSetAside(article, "— 1 —");
        AssertSetAside(article, "— 2 —");
        Assert.Contains(p[2], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a score alone on its line, a number between dashes with a word beside it, a list's dashed item. Whatever the
    // body makes of them (a paragraph, a heading), they are not set aside as a page's number.
    [Theory]
    [InlineData("en", "2 - 1")]
    [InlineData("de", "– 4 Punkte –")]
    [InlineData("es", "- 4")]
    [InlineData("it", "3 – 0")]
    [InlineData("nl", "– 12 km –")]
    public void ANumberWithWordsOrAScore_StaysText(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.DoesNotContain(article.Boilerplate, chrome => chrome.Text == line);
        Assert.True(article.Paragraphs.Any(paragraph => paragraph.Text.Contains(line, System.StringComparison.Ordinal))
            || article.Sections.Any(section => section.Heading == line));
    }
}
