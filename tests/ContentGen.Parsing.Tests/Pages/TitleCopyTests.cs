using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dumped page prints its headline more than once: in the page's header, in a breadcrumb, and
/// again right above the article. The copy an editor keeps as the title is the one nearest above
/// the article's lead; the copies above it are the page's chrome.
/// </summary>
public sealed class TitleCopyTests
{
    private static readonly string[] s_menu = { "Politics", "Sport", "Culture", "Economy", "Weather", "Video" };

    // Line 1 is the header's copy, lines 3 to 13 the menu, line 15 the copy above the lead.
    private static string Page(string language, params string[] afterCopy)
    {
        var paragraphs = Articles.Of(language);
        return string.Join("\n\n", new[] { paragraphs[0] }.Concat(s_menu).Concat(new[] { paragraphs[0] }).Concat(afterCopy).Concat(paragraphs.Skip(1)));
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheCopyAboveTheLead_IsTheTitle_AndTheHeadersCopyIsChrome(string language)
    {
        var article = ArticleParser.Parse(Page(language));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(15, article.TitlePosition.Line);
        Assert.Equal(Articles.Of(language).Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Boilerplate, b => b.Position.Line == 1);
        Assert.DoesNotContain(article.Boilerplate, b => b.Position.Line == 15);
    }

    // A byline and a dateline between the copy and the lead are the copy's own: it still heads the article.
    [Theory]
    [InlineData("en", "By Helen Marsh", "12 March 2024")]
    [InlineData("fr", "Par Claire Dubois", "Publié le 12/03/2024 à 18h05")]
    [InlineData("de", "Von Jonas Weber", "12. März 2024")]
    [InlineData("es", "Por Lucía Fernández", "12 de marzo de 2024")]
    public void ACopyWithItsByline_IsTheTitle_AndTheBylineStillGivesTheAuthor(string language, string byline, string dateline)
    {
        var article = ArticleParser.Parse(Page(language, byline, dateline));

        Assert.Equal(15, article.TitlePosition.Line);
        Assert.Equal(byline.Substring(byline.IndexOf(' ', StringComparison.Ordinal) + 1), article.Author);
        Assert.Equal(Articles.Of(language).Skip(1), article.Paragraphs.Select(p => p.Text));
    }

    // A headline wrapped over two lines, printed twice the same way: the whole lower copy is the title.
    [Fact]
    public void AWrappedCopy_IsTheTitle_OverBothItsLines()
    {
        var paragraphs = Articles.Of("fr");
        var headline = "Les bus de nuit desserviront enfin dès avril\nles villages de la vallée et du haut pays";
        var page = string.Join("\n\n", new[] { headline }.Concat(s_menu).Concat(new[] { headline }).Concat(paragraphs.Skip(1)));

        var article = ArticleParser.Parse(page);

        Assert.Equal("Les bus de nuit desserviront enfin dès avril les villages de la vallée et du haut pays", article.Title);
        Assert.Equal(16, article.TitlePosition.Line);
        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(article.Boilerplate, b => b.Position.Line == 17);
    }

    // A copy after the lead (a share box, a "read next" repeat at the foot) is no title: the headline stays on top.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ACopyAfterTheLead_LeavesTheTitleWhereItWas(string language)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[0], paragraphs[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(1, article.TitlePosition.Line);
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    // A standfirst printed above the copy and again as the body's opening is no lead: the copy just
    // above the body's own first paragraph heads the article.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AStandfirstPrintedTwice_IsNoLead_SoTheCopyBelowItIsTheTitle(string language)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", new[] { paragraphs[0], paragraphs[1], paragraphs[0] }.Concat(s_menu).Concat(paragraphs.Skip(1)));

        var article = ArticleParser.Parse(page);

        Assert.Equal(5, article.TitlePosition.Line);
    }

    // The first copy of the standfirst runs on, without a blank line, into a sentence the body's copy
    // leaves out: that sentence is part of the copy, not the lead.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AStandfirstPrintedTwice_WithASentenceMoreInItsFirstCopy_IsNoLead(string language)
    {
        var paragraphs = Articles.Of(language);
        var standfirst = paragraphs[1] + "\n" + Articles.Closing(language);
        var page = string.Join("\n\n", new[] { paragraphs[0], standfirst, paragraphs[0] }.Concat(s_menu).Concat(paragraphs.Skip(1)));

        var article = ArticleParser.Parse(page);

        Assert.Equal(6, article.TitlePosition.Line);
    }

    // A standfirst printed under the headline and again under the byline, as the article's opening:
    // the opening's copy stays in the body, and the first copy is the repeat.
    [Theory]
    [InlineData("en", "By Helen Marsh")]
    [InlineData("fr", "Par Claire Dubois")]
    [InlineData("de", "Von Jonas Weber")]
    [InlineData("es", "Por Lucía Fernández")]
    [InlineData("it", "Di Marco Rinaldi")]
    [InlineData("pt", "Por Ana Costa")]
    [InlineData("nl", "Door Sanne de Vries")]
    public void AStandfirstPrintedAgainUnderTheByline_StaysInTheBody_WhereTheArticleHasIt(string language, string byline)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", new[] { paragraphs[0], paragraphs[1], "Photo", byline }.Concat(paragraphs.Skip(1)));

        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(9, article.Paragraphs[0].Position.Line);
        Assert.Equal(BoilerplateKind.Repeated, Assert.Single(article.Boilerplate, b => b.Position.Line == 3).Kind);
    }

    // The article's own paragraph printed again further down (a pull quote) stays where the article has it first.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AParagraphRepeatedAfterTheLead_StaysWhereItFirstStands(string language)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[1], paragraphs[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(3, article.Paragraphs[0].Position.Line);
    }

    // The standfirst under the headline, printed again after the article's first paragraph: the
    // article's copy stays where it stands, and the header's copy is the repeat.
    [Theory]
    [InlineData("en", "By Helen Marsh")]
    [InlineData("fr", "Par Claire Dubois")]
    [InlineData("de", "Von Jonas Weber")]
    [InlineData("es", "Por Lucía Fernández")]
    [InlineData("it", "Di Marco Rinaldi")]
    [InlineData("pt", "Por Ana Costa")]
    [InlineData("nl", "Door Sanne de Vries")]
    public void AStandfirstPrintedAgainAfterTheFirstParagraph_StaysThere(string language, string byline)
    {
        var paragraphs = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", paragraphs[0], paragraphs[1], byline, closing, paragraphs[1], paragraphs[2], paragraphs[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { closing, paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(BoilerplateKind.Repeated, Assert.Single(article.Boilerplate, b => b.Position.Line == 3).Kind);
    }

    // The stamp printed between the header's copy and the copy above the lead is the article's own:
    // it wins over a bare date under the title, and gives the time.
    [Theory]
    [InlineData("en", "Published 6 December 2022 21:52", "6 December 2022")]
    [InlineData("fr", "Publié le 06/12/2022 21:52", "06/12/2022")]
    [InlineData("de", "Veröffentlicht am 6. Dezember 2022, 21:52 Uhr", "6. Dezember 2022")]
    [InlineData("es", "Publicado el 6 de diciembre de 2022 21:52", "6 de diciembre de 2022")]
    [InlineData("it", "Pubblicato il 6 dicembre 2022 21:52", "6 dicembre 2022")]
    [InlineData("pt", "Publicado em 6 de dezembro de 2022 21:52", "6 de dezembro de 2022")]
    [InlineData("nl", "Gepubliceerd 6 december 2022 21:52", "6 december 2022")]
    public void TheStampBetweenTheCopies_DatesTheArticle(string language, string stamp, string bare)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", new[] { p[0], stamp }.Concat(s_menu).Concat(new[] { p[0], bare }).Concat(p.Skip(1)));

        var article = ArticleParser.Parse(page);

        Assert.Equal(17, article.TitlePosition.Line);
        Assert.Equal("2022-12-06T21:52", article.Published);
    }
    // A headline printed again lower down, rewrapped or with a word changed, after its standfirst and
    // byline: the standfirst belongs under the first copy, so that copy is the title, the standfirst
    // opens the body and the lower copy is the repeat. A page never prints its standfirst above its headline.
    [Theory]
    [InlineData("en", "Analysis", "By Helen Marsh", "12 March 2024", false)]
    [InlineData("fr", "Analyse", "Par Claire Dubois", "12/03/2024", true)]
    [InlineData("de", "Analyse", "Von Jonas Weber", "12. März 2024", false)]
    [InlineData("es", "Análisis", "Por Lucía Fernández", "12 de marzo de 2024", true)]
    [InlineData("it", "Analisi", "Di Marco Rinaldi", "12 marzo 2024", false)]
    [InlineData("pt", "Análise", "Por Ana Costa", "12 de março de 2024", true)]
    [InlineData("nl", "Analyse", "Door Sanne de Vries", "12 maart 2024", false)]
    public void AStandfirstBetweenTwoCopiesOfTheHeadline_OpensTheBody_UnderTheFirstCopy(string language, string kicker, string byline, string date, bool rewrapped)
    {
        var p = Articles.Of(language);
        var words = p[0].Split(' ');
        var half = words.Length / 2;
        var lower = rewrapped
            ? string.Join(' ', words.Take(half)) + "\n" + string.Join(' ', words.Skip(half))
            : string.Join(' ', words.Take(2).Concat(words.Skip(3)));
        var page = string.Join("\n\n", s_menu.Concat(new[] { p[0], kicker, p[1], byline, date, lower, "Jane Roe / Reuters", Articles.Closing(language), p[2], p[3] }));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(13, article.TitlePosition.Line);
        Assert.Equal(new[] { p[1], Articles.Closing(language), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Repeated, Assert.Single(article.Boilerplate, b => b.Position.Line == 23).Kind);
        Assert.Equal(byline.Substring(byline.IndexOf(' ', StringComparison.Ordinal) + 1), article.Author);
    }

    // What counts as a copy of a headline: the same words, case and apostrophes aside, however
    // wrapped; in a headline of five words or more, one word added, dropped or changed.
    [Theory]
    [InlineData("Harbour plan approved by the council", "harbour plan approved by the council", true)]
    [InlineData("L’État renonce au projet de loi", "L'État renonce au projet de loi", true)]
    [InlineData("Harbour plan approved by the council", "Harbour plan approved by the town council", true)]
    [InlineData("Harbour plan approved by the council", "Harbour plan approved by council", true)]
    [InlineData("Harbour plan approved by the council", "Harbour plan rejected by the council", true)]
    [InlineData("Harbour plan approved by the council", "Harbour plan rejected by a council", false)]
    [InlineData("Harbour plan approved by the council", "Night buses will reach the valley villages", false)]
    [InlineData("Harbour plan approved", "Harbour plan rejected", false)]
    [InlineData("Harbour plan approved", "Harbour plan approved", true)]
    [InlineData("Sport and leisure", "Sport and leisure", true)]
    [InlineData("Sport news", "Sport news", false)]
    [InlineData("Harbour plan approved by the council", "Harbour plan approved by the council on Tuesday", false)]
    public void ACopy_IsTheSameHeadline_AtMostAWordApart(string headline, string other, bool copy)
    {
        Assert.Equal(copy, Structure.HeadlineCopies.IsCopy(headline, other));
        Assert.Equal(copy, Structure.HeadlineCopies.IsCopy(other, headline));
    }
}
