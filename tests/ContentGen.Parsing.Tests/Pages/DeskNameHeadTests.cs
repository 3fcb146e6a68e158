using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// English, German and Dutch put the head of a name last: an agency or a press office is "Coastal News Agency",
/// "Nordpresse Agentur", "Deutsche Küsten-Presseagentur", "Noordelijk Persbureau", its desk's word at the end. After a
/// byline's word ("Von", "By", "Door") such a name issued the text, as "Par Agence Littoral" does: nobody wrote it by
/// name, so the page names no author. A person's name, and a person's name with a desk after a comma, still are.
/// </summary>
public sealed class DeskNameHeadTests
{
    [Theory]
    [InlineData("de", "Von Nordpresse Agentur", "04.02.2025, 17:48 Uhr")]
    [InlineData("de", "Von Küsten-Presseagentur", "04.02.2025, 17:48 Uhr")]
    [InlineData("de", "Von Ostfriesischer Pressedienst", "04.02.2025, 17:48 Uhr")]
    [InlineData("de", "Von Nordsee Presse-Agentur", "04.02.2025, 17:48 Uhr")]
    [InlineData("en", "By Coastal News Agency", "4 February 2025, 17:48")]
    [InlineData("nl", "Door Noordelijk Persbureau", "4 februari 2025, 17:48")]
    public void ADeskNamedByItsHeadAfterAByline_IsNoAuthor(string language, string byline, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], byline + "\n" + dateline, p[1], p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A person keeps the byline: a name alone, a surname that ends in a desk's letters, a desk named after the comma.
    [Theory]
    [InlineData("de", "Von Anna Berg", "Anna Berg")]
    [InlineData("de", "Von Jonas Agentov", "Jonas Agentov")]
    [InlineData("en", "By Dana Office", "Dana Office")]
    [InlineData("en", "By Robert Service", "Robert Service")]
    [InlineData("nl", "Door Eva de Vries", "Eva de Vries")]
    public void APersonsNameAfterAByline_IsStillTheAuthor(string language, string byline, string name)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], byline + "\n12/03/2024 13:27", p[1], p[2], p[3], "Share\nPrivacy policy");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }
}
