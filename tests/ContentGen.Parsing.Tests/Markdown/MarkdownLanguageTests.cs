using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Markdown;

/// <summary>
/// A Markdown seed's language is read from its paragraphs, as a text seed's is, unless its front
/// matter gives one; and its quotes are read with that language's words.
/// </summary>
public sealed class MarkdownLanguageTests
{
    private static Article Read(string text) => ArticleReader.Read("seeds/news.md", text);

    [Theory]
    [InlineData("de", "# Die Talbahn fährt wieder\n\nDie Talbahn fährt ab nächstem Jahr wieder, teilte der Betreiber am Montag mit. Die Arbeiten an den Brücken sind fast fertig.\n\nDie Schule bleibt während der Arbeiten geöffnet, und die Händler freuen sich über die Nachricht.\n")]
    [InlineData("es", "# Reabre la línea del valle\n\nLa línea de tren del valle reabrirá el año próximo, según anunció el lunes la empresa. Las obras de los puentes están casi terminadas.\n\nLa escuela seguirá abierta durante las obras y los comerciantes de la zona están contentos con la noticia.\n")]
    [InlineData("nl", "# Nachtbussen rijden weer naar de kust\n\nDe nachtbussen rijden vanaf volgende maand weer naar de kust, heeft de vervoerder maandag laten weten. Het werk aan de haltes is bijna klaar.\n\nDe bewoners wachtten al jaren op dit besluit en de winkeliers zijn blij met het nieuws.\n")]
    public void AMarkdownSeed_HasTheLanguageOfItsParagraphs(string language, string seed)
    {
        Assert.Equal(language, Read(seed).Language);
    }

    [Fact]
    public void TheFrontMatter_GivesTheLanguageWhenItSaysOne()
    {
        var article = Read("---\nlanguage: pt\n---\n# Die Talbahn fährt wieder\n\nDie Talbahn fährt ab nächstem Jahr wieder, teilte der Betreiber am Montag mit.\n");

        Assert.Equal("pt", article.Language);
    }

    [Fact]
    public void AMarkdownSeedsQuotes_AreReadWithItsLanguagesWords()
    {
        var article = Read("# Die Talbahn fährt wieder\n\nDie Talbahn fährt ab nächstem Jahr wieder, teilte der Betreiber am Montag mit.\n\n„Darauf haben wir lange gewartet“, sagte Bürgermeisterin Anna Roth. „Das ist ein guter Tag für das ganze Tal.“\n");

        Assert.Equal("de", article.Language);
        Assert.Equal(["Anna Roth", "Anna Roth"], article.Quotes.Select(q => q.Speaker));
    }
}
