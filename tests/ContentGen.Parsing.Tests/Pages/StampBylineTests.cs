using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A publication stamp that names its writer after the date, as blogging software prints it ("Pubblicato il …
/// da Name", "Publicado em … por Name"), in every language; a place or a desk after the word is no writer.
/// </summary>
public sealed class StampBylineTests
{
    [Theory]
    [InlineData("Posted on 14 February 2026 by Lucy Bennett — News, Stories — 2 comments", "Lucy Bennett")]
    [InlineData("Publié le 14 février 2026 par Lucie Benoît — Actualité", "Lucie Benoît")]
    [InlineData("Veröffentlicht am 14. Februar 2026 von Luise Brenner — Aktuelles", "Luise Brenner")]
    [InlineData("Publicado el 14 de febrero de 2026 por Lucía Benítez — Noticias", "Lucía Benítez")]
    [InlineData("Pubblicato il 14 febbraio 2026 da Lucia Benvenuti — Cronaca, Storie — 2", "Lucia Benvenuti")]
    [InlineData("Publicado em 14 de fevereiro de 2026 por Luísa Bettencourt — Atualidade", "Luísa Bettencourt")]
    [InlineData("Geplaatst op 14 februari 2026 door Lotte Bakker — Nieuws", "Lotte Bakker")]
    public void AStampNamingItsWriterAfterTheDate_GivesTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadBylineInside(line.AsSpan()));

    [Theory]
    [InlineData("Pubblicato il 14 febbraio 2026 da Roma")]
    [InlineData("Pubblicato il 14 febbraio 2026 da la redazione")]
    [InlineData("Publicado em 14 de fevereiro de 2026 por Agência Lusa")]
    [InlineData("Il 14 febbraio 2026 da Lucia Benvenuti")]
    [InlineData("Pubblicato da Lucia Benvenuti")]
    [InlineData("Publicado em 14 de fevereiro de 2026 na página da Junta de Freguesia")] // Portuguese "da": "of the"
    [InlineData("Pubblicato il 14 febbraio 2026 | Tratto da Corriere Adriatico")] // a source's credit, not after the date
    [InlineData("Publicado el 14 de febrero de 2026 da Lucía Benítez")] // Italian "da" on a Spanish stamp
    public void APlaceADeskOrNoStamp_GivesNoWriter(string line) => Assert.Null(AuthorReader.ReadStampByline(line.AsSpan()));

    [Theory]
    [InlineData("it", "Pubblicato il 14 febbraio 2026 da Lucia Benvenuti — Cronaca, Storie — 2\ncommenti", "Lucia Benvenuti")]
    [InlineData("pt", "Publicado em 14 de fevereiro de 2026 por Luísa Bettencourt · Atualidade", "Luísa Bettencourt")]
    public void AStampUnderTheHeadline_SignsThePage(string language, string stamp, string expected)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nCronaca", paragraphs[0], stamp, paragraphs[1], paragraphs[2], paragraphs[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(expected, article.Author);
        Assert.Equal("2026-02-14", article.Published);
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
