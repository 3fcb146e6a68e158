using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The author and the date are read under the headline, never inside it: a headline wrapped over lines
/// may carry a name and a date on its second line ("… à" / "Radio Estuaire le 3 mars 2023, sur …").
/// </summary>
public sealed class TitleLinesMetadataTests
{
    [Theory]
    [InlineData("en", "Interview of the transport minister on the night bus plan given to\nRiver Radio on 3 March 2023, about routes and fares", "Delivered on 3 March 2023")]
    [InlineData("fr", "Interview de la ministre des transports sur le plan de bus de nuit, à\nRadio Estuaire le 3 mars 2023, sur les lignes et les tarifs", "Prononcé le 3 mars 2023")]
    public void ANameAndDateInsideTheHeadline_SignNothing(string language, string headline, string stamp)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", headline, stamp, closing, p[1], p[2], p[3]));

        Assert.Equal(headline.Replace('\n', ' '), article.Title);
        Assert.Null(article.Author);
        Assert.Equal("2023-03-03", article.Published);
    }
}
