using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 55: an author box's label in the other words sites print, for a woman writer and for "writer" or "reporter"
/// ("About the writer", "À propos de l'autrice", "Sull'autrice", "Acerca de la autora", "Over de schrijfster"): alone over
/// a name under the article, it names the writer; over a sentence it names no one.
/// </summary>
public sealed class AuthorBoxLabelWordsTests
{
    [Theory]
    [InlineData("en", "About the writer", "Priya Nair")]
    [InlineData("en", "About the reporter", "Owen Blake")]
    [InlineData("fr", "À propos de l'autrice", "Odile Ferrand")]
    [InlineData("fr", "À propos de l’auteure", "Odile Ferrand")]
    [InlineData("it", "Sull'autrice", "Elisa Bruni")]
    [InlineData("es", "Acerca de la autora", "Inés Calvo")]
    [InlineData("nl", "Over de schrijfster", "Roos van Dam")]
    public void TheLabelAloneOverAName_NamesTheWriter(string language, string label, string name)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], label + "\n" + name, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(name, article.Author);
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    // Guard: the label over a sentence of the article names no one.
    [Theory]
    [InlineData("en", "About the writer", "The volunteers will repaint the shelter before the summer season begins.")]
    [InlineData("fr", "À propos de l'autrice", "Les bénévoles repeindront l'abri avant le début de la saison d'été.")]
    public void TheLabelOverASentence_NamesNoOne(string language, string label, string sentence)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], label + "\n" + sentence, "Share\nPrivacy policy");

        Assert.Null(ArticleParser.Parse(page).Author);
    }
}
