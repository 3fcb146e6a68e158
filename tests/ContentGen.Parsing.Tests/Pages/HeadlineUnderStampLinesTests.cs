using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A forum's post quotes an article, printed with no blank line: the post's stamp ("Posted: 4 March 2025, 21:14"), the
/// poster's words, the quote's source and date ("Source: Wendover Chronicle, 4 March 2025"), then the article's headline and
/// byline over its paragraphs. A labelled date is a stamp, not a figure of a fact box ("Scorers: Roe 34" / "Attendance:
/// 4,812"): the headline glued under it is no line of a box, and stays a candidate for the title.
/// </summary>
public sealed class HeadlineUnderStampLinesTests
{
    private static string Page(string language, string posted, string words, string source, string byline)
    {
        var p = Articles.Of(language);
        var date = Articles.Dateline(language);
        return string.Join("\n",
            "Het Prikbord", Articles.GappedMenu(language), string.Empty,
            "member_217", posted + " " + date + ", 21:14", words, source + " " + Articles.Masthead(language) + ", " + date,
            p[0], byline, p[1], p[2], p[3], Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "Posted:", "Just read this in the paper, unbelievable:", "Source:", "By Jane Roe")]
    [InlineData("fr", "Posté le :", "Je viens de lire ça dans le journal :", "Source :", "Par Jeanne Roux")]
    [InlineData("de", "Verfasst:", "Gerade in der Zeitung gelesen, kaum zu glauben:", "Quelle:", "Von Jana Roth")]
    [InlineData("es", "Publicado:", "Lo acabo de leer en el periódico:", "Fuente:", "Por Juana Ruiz")]
    [InlineData("it", "Pubblicato:", "L'ho appena letto sul giornale:", "Fonte:", "Di Giovanna Rossi")]
    [InlineData("pt", "Publicado:", "Acabei de ler isto no jornal:", "Fonte:", "Por Joana Rocha")]
    [InlineData("nl", "Geplaatst:", "Lees net dit in de krant:", "Bron:", "Door Jana de Roo")]
    public void AHeadlineGluedUnderAQuotedSourcesDate_IsTheTitle(string language, string posted, string words, string source, string byline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, posted, words, source, byline));

        Assert.Equal(p[0], article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
    }
}
