using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The innocent neighbours session 20's review found for the session's page rules, each written afresh (other towns,
/// other topics): an interviewer's follow-up question opening on a conjunction; "photograph:" and a channel call inside a
/// sentence; "Archivado en" opening a subheading; a broadcast notice's opening words before a mailing; a section's name
/// after the browser's title; a teaser card whose blurb names the town after a footer's sign-up line; a first-person
/// piece ending on the writer's own walk.
/// </summary>
public sealed class ReviewS20PageGuardTests
{
    private static string Page(string language, string byline, params string[] body)
    {
        var p = Articles.Of(language);
        var parts = new List<string> { "Coastal Gazette", "Home | News | Sport | Weather", p[0], byline, p[1], p[2] };
        parts.AddRange(body);
        return string.Join("\n\n", parts);
    }

    [Theory]
    [InlineData("fr", "Et pourquoi le chantier du marché a-t-il pris trois mois de retard ?")]
    [InlineData("it", "E come pagherà il comune la seconda parte dei lavori al mercato?")]
    [InlineData("it", "Ma quando riapriranno i banchi del pesce sotto i portici?")]
    [InlineData("es", "Y cuándo volverán los puestos de fruta a la plaza mayor?")]
    public void AFollowUpQuestionOnAConjunction_StaysAParagraph(string language, string question)
    {
        var answer = Articles.Closing(language);

        var article = ArticleParser.Parse(Page(language, "Jane Roe\n12/03/2024 08:15", question, answer, Articles.Of(language)[3]));

        Assert.DoesNotContain(article.Sections, s => s.Heading == question);
        Assert.Contains(article.Paragraphs, x => x.Text == question);
    }

    [Theory]
    [InlineData("en", "The archivist, Ann Mole, held up her favourite photograph: a packed quay on a summer Sunday, with a brass band at the far end.")]
    [InlineData("es", "El concejal sigue toda la información desde la sala de control instalada junto al puerto.")]
    [InlineData("de", "Über dieses Thema berichtete die Bürgermeisterin auch in ihrer Aussendung vom 3. Mai.")]
    public void ASentenceWithAChromePhraseInside_StaysTheArticles(string language, string sentence)
    {
        var article = ArticleParser.Parse(Page(language, "Jane Roe\n12/03/2024 08:15", sentence, Articles.Of(language)[3], Articles.Closing(language)));

        Assert.Contains(article.Paragraphs, x => x.Text == sentence);
    }

    [Fact]
    public void ASubheadingOpeningOnArchivadoEn_StaysAHeading()
    {
        var article = ArticleParser.Parse(Page("es", "Ana Vidal\n12/03/2024 08:15", "Archivado en el sótano del ayuntamiento", Articles.Of("es")[3], Articles.Closing("es")));

        Assert.Contains(article.Sections, s => s.Heading == "Archivado en el sótano del ayuntamiento");
    }

    [Theory]
    [InlineData(" | Sport", "Home\nNews\nSport\nWeather")]
    [InlineData(" - Local News", "Home\nLocal News\nBusiness\nWeather")]
    public void ASectionsNameAfterTheBrowsersTitle_IsNoSource(string suffix, string menu)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", p[0] + suffix + "\n" + menu, p[0], "By Jane Roe\n12 March 2024", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Source);
    }

    [Theory]
    [InlineData("en", "Sign up for our newsletter to get Coastal Gazette news every morning.", "Valley school wins county chess title", "Pupils from the valley school beat twenty other teams in the county final on Sunday. The villages will now send the team to a national final in June.")]
    [InlineData("it", "Iscriviti alla newsletter della Gazzetta per le notizie della valle.", "La scuola della valle vince il titolo di scacchi", "Gli alunni della scuola della valle hanno battuto venti squadre domenica. I villaggi manderanno la squadra alla finale nazionale di giugno.")]
    public void ATeaserCardWhoseBlurbNamesThePlace_UnderAFootersLine_StaysOut(string language, string footer, string heading, string blurb)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3], footer, heading, blurb);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == blurb);
        Assert.DoesNotContain(article.Sections, s => s.Heading == heading);
    }

    [Fact]
    public void AFirstPersonPiecesLastLine_OnTheWritersOwnWalk_StaysTheArticles()
    {
        const string last = "Dana Whitcomb walked the sea wall with her son and the dog, and will be back on the day it reopens.";

        var article = ArticleParser.Parse(Page("en", "By Dana Whitcomb\n12 March 2024", Articles.Of("en")[3], last));

        Assert.Equal(last, article.Paragraphs[^1].Text);
    }
}
