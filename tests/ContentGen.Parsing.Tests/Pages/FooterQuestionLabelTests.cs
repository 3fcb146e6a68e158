using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under the article's stamps set aside after its last paragraph, a short question ("Autres sujets du jour ?", "What
/// else today?") over a list of headlines labels the footer's list of other stories. Right under the last paragraph,
/// or with no list under it, the same question is the article's.
/// </summary>
public sealed class FooterQuestionLabelTests
{
    [Theory]
    [InlineData("fr", "Autres sujets du jour ?", "Le 12/03/2024 à 09h40")]
    [InlineData("en", "What else today?", "12 March 2024, 09:40")]
    public void AShortQuestion_UnderTheStampsAfterTheArticle_IsTheFooters(string language, string label, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), "Share:", stamp, label,
            "Harbour wall repairs finished ahead of winter", "Volunteers plant sea kale along the dunes", "Ferry fares frozen for another year", "Privacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
        Assert.DoesNotContain(label, article.Paragraphs.Select(x => x.Text));
    }

    // A live report's last entry under its time alone: the entry's, not a footer's label.
    [Fact]
    public void AShortQuestion_UnderALiveEntrysTime_StaysTheArticles()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Startseite\nNews\nLive", p[0], "06.02.2025, 08:10 Uhr", "09:15", p[1], "11:30", p[2], "14:05", p[3], "17:45", "Und jetzt?",
            "Sturmflut: Was Hausbesitzer jetzt wissen müssen", "Deichverband prüft Schäden an der Küste", "Impressum");

        Assert.Contains("Und jetzt?", ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // Review s21, finding 9: a closing question under an update stamp, with nothing listed under it.
    [Fact]
    public void AClosingQuestion_UnderAStamp_WithNoListUnderIt_StaysTheArticles()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing("en"), "Updated 12 March 2024, 09:40", "What next?", "Share\nPrivacy policy");

        Assert.Contains("What next?", ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("fr", "Et maintenant ?")]
    [InlineData("en", "What now?")]
    public void TheSameQuestion_RightUnderTheLastParagraph_StaysTheArticles(string language, string question)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), question, "Share\nPrivacy policy");

        Assert.Contains(question, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
