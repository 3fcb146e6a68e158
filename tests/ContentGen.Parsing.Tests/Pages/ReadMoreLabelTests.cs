using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// "Read more" alone on its line labels a box inside an English article, as "À lire aussi" or "Lesen Sie auch"
/// do: the headline and blurb under it are the linked story's. Words that open a sentence stay the sentence's.
/// </summary>
public sealed class ReadMoreLabelTests
{
    private static readonly string[] Paragraphs = Articles.Of("en");

    [Fact]
    public void ReadMoreAloneOverAHeadlineAndBlurb_IsALinkBox()
    {
        var page = string.Join("\n\n", "Home\nNews", Paragraphs[0], "12/03/2024", Paragraphs[1], Paragraphs[2],
            "Read more\nLorry ban on the coast road extended to June\nThe county council says the ban will stay until the new bypass opens.",
            Paragraphs[3], "Share\nPrivacy policy");

        Assert.Equal(new[] { Paragraphs[1], Paragraphs[2], Paragraphs[3] }, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ASentenceOpeningWithReadMore_Stays()
    {
        const string sentence = "Read more about the plan in the council's report, which runs to 200 pages and was published on Monday.";
        var page = string.Join("\n\n", "Home\nNews", Paragraphs[0], "12/03/2024", Paragraphs[1], sentence, Paragraphs[2], Paragraphs[3]);

        Assert.Contains(sentence, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }
}
