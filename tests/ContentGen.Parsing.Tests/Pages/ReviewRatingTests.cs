using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A review prints the critic's rating on a line of its own: stars alone under the byline ("★★★★☆"), or a rating's label
/// and a score under the last paragraph ("Note : 15/20", "Bewertung: 4 von 5 Sternen"). It is the review's verdict: kept
/// as a paragraph, never a heading, an ornament or the page's footer. Stars spaced out are still an ornament, a user
/// rating's widget with its count is no critic's rating, and a label over words is a sentence.
/// </summary>
public sealed class ReviewRatingTests
{
    [Theory]
    [InlineData("★★★★☆")]
    [InlineData("★★★½")]
    [InlineData("★★★★★")]
    [InlineData("☆☆☆☆☆")]
    [InlineData("⭐\uFE0F⭐\uFE0F⭐\uFE0F⭐\uFE0F")]
    [InlineData("Note : 15/20")]
    [InlineData("Voto: 7/10")]
    [InlineData("Bewertung: 4 von 5 Sternen")]
    [InlineData("Rating: ★★★☆☆")]
    [InlineData("Classificação: 3/5")]
    [InlineData("Valoración: 8,5/10")]
    [InlineData("Beoordeling: 4 van 5 sterren")]
    public void ARatingLine_IsARating(string line) => Assert.True(Ratings.IsRating(line));

    [Theory]
    [InlineData("★ ★ ★")]
    [InlineData("★★★")]
    [InlineData("☆")]
    [InlineData("* * *")]
    [InlineData("★★★★☆ (112 ratings)")]
    [InlineData("Note : les horaires peuvent changer")]
    [InlineData("Note : 3/4 des habitants")]
    [InlineData("Voto: 12/10")]
    [InlineData("Voto: 1/2")]
    [InlineData("Score: 2-1")]
    [InlineData("Bewertung: 4 von 5 Sternen im Schnitt")]
    [InlineData("Nota: 2024/2025")]
    [InlineData("Rating: AAA")]
    [InlineData("Rating agencies: 3/5 downgraded")]
    [InlineData("★★★★★★★★★★★★")]
    public void OtherLines_AreNoRating(string line) => Assert.False(Ratings.IsRating(line));

    public static TheoryData<string, string> Labelled() => new()
    {
        { "en", "Rating: 4/5" },
        { "fr", "Note : 15/20" },
        { "de", "Bewertung: 4 von 5 Sternen" },
        { "es", "Valoración: 8/10" },
        { "it", "Voto: 7/10" },
        { "pt", "Classificação: 3/5" },
        { "nl", "Beoordeling: 4 van 5 sterren" },
    };

    // Stars under the byline and dateline, over the review's first paragraph: the article's, not an ornament.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void StarsUnderTheDateline_StayTheArticles(string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], "15/03/2025 06:00", "★★★★☆", p[2], p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], "★★★★☆", p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // A labelled rating between paragraphs or under the last one: a paragraph, never a heading or the footer.
    [Theory]
    [MemberData(nameof(Labelled))]
    public void ALabelledRating_StaysAParagraph(string language, string rating)
    {
        var p = Articles.Of(language);
        var between = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], rating, p[2], p[3], Articles.Closing(language), "© 2025");
        var under = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], p[2], p[3], Articles.Closing(language), rating, "Share\nFacebook", "More from Culture\nOne headline here today\nAnother headline here today\nA third headline here today", "© 2025");

        foreach (var page in new[] { between, under })
        {
            var article = ArticleParser.Parse(page);
            Assert.Contains(article.Paragraphs, x => x.Text == rating);
            Assert.DoesNotContain(article.Sections, s => s.Heading == rating);
        }
    }

    // A user rating's widget under its label ("Rate this recipe" / "★★★★☆ (112 ratings)") and stars spaced out as an ornament
    // between paragraphs stay out of the article, as before.
    [Fact]
    public void AUserRatingWidget_AndSpacedStars_StayOut()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], "★ ★ ★", p[2], p[3], Articles.Closing("en"), "Rate this recipe\n★★★★☆ (112 ratings)", "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing("en") }, article.Paragraphs.Select(x => x.Text));
    }
}
