using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A partner's article republished under another masthead: a notice opening its line names the outlet that first published
/// it ("This article first appeared in the Harbour Herald", "Dieser Artikel erschien zuerst im Ostheider Boten"), above the
/// headline or at the article's foot. The original is the article's source, not the site that copied it. The same words
/// inside a paragraph's sentence, or a notice naming no publication, leave the masthead the source.
/// </summary>
public sealed class FirstPublishedOutletTests
{
    private static string Page(string language, string notice, bool atTop)
    {
        var p = Articles.Of(language);
        var name = Articles.Masthead(language);
        var header = name + "\n" + Articles.GappedMenu(language);
        return atTop
            ? string.Join("\n\n", header, notice, p[0], Articles.Dateline(language), p[1], p[2], p[3], "© 2026 " + name)
            : string.Join("\n\n", header, p[0], Articles.Dateline(language), p[1], p[2], p[3], notice, "© 2026 " + name);
    }

    [Theory]
    [InlineData("en", "This article first appeared in the Harbour Herald and is republished as part of a news-sharing partnership.", "Harbour Herald", true)]
    [InlineData("en", "Republished with permission from the Marsh Valley Post.", "Marsh Valley Post", false)]
    [InlineData("fr", "Cet article a été publié initialement dans L'Écho du Causse, dans le cadre d'un partenariat entre journaux.", "L'Écho du Causse", true)]
    [InlineData("de", "Dieser Artikel erschien zuerst im Ostheider Boten.", "Ostheider Boten", false)]
    [InlineData("es", "Este artículo se publicó originalmente en El Eco de Almanzor, con el que colaboramos.", "El Eco de Almanzor", true)]
    [InlineData("it", "Questo articolo è stato pubblicato originariamente su La Voce del Sillaro.", "La Voce del Sillaro", false)]
    [InlineData("pt", "Este artigo foi publicado originalmente no semanário O Eco de Pinhel, ao abrigo de uma parceria regional.", "O Eco de Pinhel", true)]
    [InlineData("nl", "Dit artikel verscheen eerder in het Kempisch Weekblad.", "Kempisch Weekblad", false)]
    public void ANoticeOfFirstPublication_NamesTheSource(string language, string notice, string source, bool atTop)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, notice, atTop));

        Assert.Equal(source, article.Source);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The notice's "appeared on" form (session 69): an aggregator's copy credits the paper's site at its foot ("This article
    // originally appeared on The Harbour Herald."), in every language's words for it.
    [Theory]
    [InlineData("en", "This article originally appeared on The Harbour Herald.", "The Harbour Herald", false)]
    [InlineData("en", "This story first appeared on the Marsh Valley Post.", "Marsh Valley Post", true)]
    [InlineData("fr", "Cet article est paru initialement sur L'Écho du Causse.", "L'Écho du Causse", false)]
    [InlineData("de", "Dieser Artikel erschien zuerst auf Ostheider Rundschau.", "Ostheider Rundschau", false)]
    [InlineData("es", "Este artículo apareció primero en El Eco de Almanzor.", "El Eco de Almanzor", true)]
    [InlineData("it", "Questo articolo è apparso per la prima volta su La Voce del Sillaro.", "La Voce del Sillaro", false)]
    [InlineData("pt", "Este artigo apareceu originalmente no semanário O Eco de Pinhel.", "O Eco de Pinhel", false)]
    [InlineData("nl", "Dit artikel verscheen oorspronkelijk op het Kempisch Weekblad.", "Kempisch Weekblad", true)]
    public void ANoticeOfFirstPublicationOnASite_NamesTheSource(string language, string notice, string source, bool atTop)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, notice, atTop));

        Assert.Equal(source, article.Source);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The notice's "by" form (session 67): an aggregator's copy credits the publisher at its foot ("This story was originally
    // published by the Harbour Herald. Read more at …"), in every language's words for it.
    [Theory]
    [InlineData("en", "This story was originally published by The Harbour Herald. Read more at harbourherald.example.", "The Harbour Herald", false)]
    [InlineData("en", "This article was first published by the Marsh Valley Post.", "Marsh Valley Post", true)]
    [InlineData("fr", "Cet article a été publié initialement par L'Écho du Causse.", "L'Écho du Causse", false)]
    [InlineData("de", "Dieser Artikel erschien zuerst bei der Ostheider Rundschau.", "Ostheider Rundschau", false)]
    [InlineData("es", "Este artículo fue publicado originalmente por El Eco de Almanzor.", "El Eco de Almanzor", true)]
    [InlineData("it", "Questo articolo è stato pubblicato per la prima volta da La Voce del Sillaro.", "La Voce del Sillaro", false)]
    [InlineData("pt", "Este artigo foi publicado originalmente pelo semanário O Eco de Pinhel.", "O Eco de Pinhel", false)]
    [InlineData("nl", "Dit artikel verscheen eerder bij het Kempisch Weekblad.", "Kempisch Weekblad", true)]
    public void ANoticeOfFirstPublicationByAPublisher_NamesTheSource(string language, string notice, string source, bool atTop)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, notice, atTop));

        Assert.Equal(source, article.Source);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: the words inside a sentence of the article, and a notice naming no publication, leave the masthead the source.
    [Theory]
    [InlineData("en", "The mayor said the plan, which first appeared in the Harbour Herald in May, had been shelved for good.")]
    [InlineData("en", "This article first appeared in print last week and has been updated.")]
    [InlineData("de", "Der Plan, der zuerst im Ostheider Boten erschien, ist nach Angaben der Stadt nun endgültig vom Tisch.")]
    [InlineData("pt", "Este artigo foi publicado originalmente na edição impressa de sábado.")]
    [InlineData("en", "This story was first published by mistake before the embargo had lifted.")]
    [InlineData("fr", "Le rapport, publié initialement par la préfecture en mai, a depuis été corrigé sur deux points.")]
    [InlineData("nl", "Dit artikel verscheen eerder bij vergissing op de website, voordat het embargo was verlopen.")]
    [InlineData("en", "This article originally appeared on page four of Saturday's print edition.")]
    [InlineData("de", "Dieser Artikel erschien zuerst auf unserer Seite zum Landkreis und wurde ergänzt.")]
    [InlineData("nl", "Dit artikel verscheen oorspronkelijk op zaterdag in de papieren krant.")]
    public void TheWordsInASentenceOrANoticeNamingNoPaper_LeaveTheMasthead(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line, atTop: false));

        Assert.Equal(Articles.Masthead(language), article.Source);
    }
}
