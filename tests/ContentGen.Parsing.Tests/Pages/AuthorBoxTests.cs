using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An author box at a dumped page's end: the writer's name alone, then a note about that person's
/// work. The note names the person and a newsroom's job, so it is set aside; an article's last
/// paragraph under a portrait's name names no job and stays. And an update stamp under the
/// dateline does not date the article: the earlier date is its first publication.
/// </summary>
public sealed class AuthorBoxTests
{
    private const string Chrome = "Menu";

    [Theory]
    [InlineData("fr", "Sophie Marchand", "Journaliste indépendante, Sophie Marchand couvre les questions sociales et les migrations dans le Gard depuis 2015.")]
    [InlineData("es", "Carmen Ruiz", "Carmen Ruiz es redactora de la sección de Sucesos desde 2018. Antes trabajó en varias radios locales.")]
    [InlineData("en", "Tom Hargreaves", "Tom Hargreaves is a reporter covering the district council and the town's schools.")]
    [InlineData("it", "Giulia Ferri", "Giulia Ferri è giornalista e segue la cronaca del porto e della città dal 2016.")]
    public void ANoteUnderTheWritersName_AtTheEnd_IsSetAside(string language, string name, string note)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], name + "\n" + note));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note);
    }

    [Fact]
    public void ALastParagraphUnderAPortraitsName_Stays()
    {
        var p = Articles.Of("fr");
        const string last = "Marie Dupont espère rouvrir sa boutique au mois de mai, si les travaux de la rue sont terminés à temps.";
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], p[1], p[2], p[3], "Marie Dupont\n" + last));

        Assert.Contains(last, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "Málaga, 22 de agosto de 2024 - 07:15\nActualizado: 22/08/2024 - 11:40", "2024-08-22T07:15")]
    [InlineData("fr", "Brest, le 3 février 2024 à 8h10\nMis à jour le 3 février 2024 à 12h45", "2024-02-03T08:10")]
    [InlineData("en", "Published 14 March 2024, 09:15", "2024-03-14T09:15")]
    public void AnUpdateStampUnderTheDateline_DoesNotDateTheArticle(string language, string lines, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", Chrome, p[0], lines, p[1], p[2], p[3]));

        Assert.Equal(published, article.Published);
    }
}
