using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A link's headline may open on a quotation ("»Wir bleiben hier« – …"): the quotation mark glued to its first word is no
/// arrow the box prints before each link, so a second link printed plain, glued over the article's prose, stays the box's
/// and heads no section. The same mark with a space after it ("» Stadtrat …") is the box's arrow.
/// </summary>
public sealed class QuotationOpeningNoLinkArrowTests
{
    // language | label | the first link, opening on a quotation | a second link, printed plain
    public static TheoryData<string, string, string, string> QuotedFirstLinks() => new()
    {
        { "de", "Lesen Sie auch", "»Wir bleiben hier« – Fischer wehren sich gegen neue Pläne", "Neue Fähre fährt ab dem Herbst im Hafen" },
        { "de", "Mehr zum Thema", "›Zu laut für uns‹ – Anwohner klagen über den Markt", "Stadtrat beschließt Plan für neue Radwege" },
    };

    [Theory]
    [MemberData(nameof(QuotedFirstLinks))]
    public void APlainSecondLink_UnderALinkOpeningOnAQuotation_StaysTheBoxs(string language, string label, string linked, string second)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, second, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == second);
        Assert.DoesNotContain(article.Sections, s => s.Heading == second);
    }

    // Guard: the mark with a space after it is the box's arrow, and a line that lacks it, glued over the prose, is the
    // article's subheading.
    [Fact]
    public void AnArrowWithItsSpace_StillMarksTheLinks()
    {
        var p = Articles.Of("de");
        var closing = Articles.Closing("de");
        const string linked = "» Stadtrat beschließt Plan für neue Radwege";
        const string heading = "Lange Bauzeit am Marktplatz";
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], "Mehr zum Thema", linked, heading, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }
}
