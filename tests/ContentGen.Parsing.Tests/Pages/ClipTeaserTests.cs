using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A clip's teaser set alone between the headline and the first paragraph: a media label and a colon, the clip's title
/// and its running time in brackets ("Video: zo ziet de kerk er nu uit (1:42)"). It links another item: chrome, in every
/// language. A sentence about a video, or a running time after no label, stays the article's.
/// </summary>
public sealed class ClipTeaserTests
{
    [Theory]
    [InlineData("en", "Video: inside the restored chapel (1:42)")]
    [InlineData("fr", "Vidéo : la chapelle restaurée vue de l'intérieur (2 min)")]
    [InlineData("de", "Video: So sieht die Kapelle jetzt innen aus (1:42)")]
    [InlineData("es", "Vídeo: así ha quedado la capilla por dentro (2 min 14)")]
    [InlineData("it", "Video: la cappella restaurata vista da dentro (1:42)")]
    [InlineData("pt", "Vídeo: a capela restaurada vista por dentro (3 min)")]
    [InlineData("nl", "Video: zo ziet de kapel er nu van binnen uit (1:42)")]
    public void AClipTeaserUnderTheHeadline_IsChrome(string language, string teaser)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette\nNews   Sport   Weather", p[0], "05/03/2026 14:32", teaser, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Video: zo ziet de kapel er nu van binnen uit (1:42)", true)]
    [InlineData("Audio: Das Interview mit der Bürgermeisterin (4 Min.)", true)]
    [InlineData("Video: the crash was filmed by a passer-by (who asked not to be named)", false)]
    [InlineData("The choir sang for an hour (1:02)", false)]
    [InlineData("Video of the flood (1:42)", false)]
    public void OnlyALabelAColonAndARunningTime_MakeATeaser(string line, bool teaser)
        => Assert.Equal(teaser, BoilerplateLines.IsClipTeaser(line.AsSpan()));
}
