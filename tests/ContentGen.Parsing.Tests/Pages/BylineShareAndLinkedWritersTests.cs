using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines as templates print them beside other things: the share buttons on the byline's line, between bars
/// ("Ana Gil | Madrid | 20/03/2025 | Compartir en Facebook"), two writers listed before the bar with the date after it,
/// and lynx's link marker before each of two linked writers ("Par [8]Jeanne Roux et [9]Paul Mercier"). Their innocent
/// neighbours stay as they were: a share bar alone, a menu of single words before a bar, a marker before no letter.
/// </summary>
public sealed class BylineShareAndLinkedWritersTests
{
    [Theory]
    [InlineData("Jane Roe | 20 March 2025 | Share on Facebook X Email", "Jane Roe | 20 March 2025")]
    [InlineData("Par Jeanne Roux • 20/03/2025 • Partager sur Facebook", "Par Jeanne Roux • 20/03/2025")]
    [InlineData("Von Anna Berg | 20.03.2025 | Artikel teilen", "Von Anna Berg | 20.03.2025")]
    [InlineData("Ana Gil | Madrid | 20/03/2025 - 09:40 | Compartir en Facebook Twitter", "Ana Gil | Madrid | 20/03/2025 - 09:40")]
    [InlineData("Di Marco Neri · 20 marzo 2025 · Condividi su Facebook", "Di Marco Neri · 20 marzo 2025")]
    [InlineData("Partilhar | Por Ana Costa | 20 de março de 2025", "Por Ana Costa | 20 de março de 2025")]
    [InlineData("Deel dit artikel | Door Els de Wit | 20 maart 2025", "Door Els de Wit | 20 maart 2025")]
    public void AShareSegment_IsLeftOutOfTheBylinesLine(string line, string expected)
        => Assert.Equal(expected, ShareSegments.Without(line.AsSpan()).ToString());

    [Theory]
    [InlineData("Share this article Facebook X WhatsApp Email")]
    [InlineData("Compartir")]
    [InlineData("Jane Roe shares her recipe for a quick supper")]
    [InlineData("Home | News | Sport")]
    [InlineData("Door Els de Wit | Deel 3 | 24 maart 2025")]
    [InlineData("Por Ana Gil | Comparte 2 | 20/03/2025")]
    public void ALineWithNoOtherSegment_OrNoShareSegment_StaysAsItIs(string line)
        => Assert.Equal(line, ShareSegments.Without(line.AsSpan()).ToString());

    [Theory]
    [InlineData("Jane Roe and Tom Poe | 20 March 2025", "Jane Roe; Tom Poe")]
    [InlineData("Jeanne Roux et Paul Mercier | 20/03/2025", "Jeanne Roux; Paul Mercier")]
    [InlineData("Anna Berg und Tim Vogt | 20.03.2025, 16:05 Uhr", "Anna Berg; Tim Vogt")]
    [InlineData("Lucía Ferrer y Andrés Molina | Villalba | 20/03/2025 - 09:40", "Lucía Ferrer; Andrés Molina")]
    [InlineData("Marco Neri e Giulia Ferrante • 20 marzo 2025", "Marco Neri; Giulia Ferrante")]
    [InlineData("Ana Costa e Rui Sá | 20 de março de 2025", "Ana Costa; Rui Sá")]
    [InlineData("Els de Wit en Joost Verbeek · 20 maart 2025", "Els de Wit; Joost Verbeek")]
    public void TwoWritersBeforeTheBar_OfADateline_AreBothRead(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadLeadingName(line.AsSpan()));

    [Theory]
    [InlineData("Marcel·lí Puig | 20/03/2025", "|")]
    [InlineData("Jane Roe · 20 March 2025", "·")]
    [InlineData("Jane Roe|Madrid • 20/03/2025", "•")]
    [InlineData("Marcel·lí Puig", "")]
    public void TheFirstSeparator_HasASpaceOnEachSide(string line, string separator)
    {
        var at = ShareSegments.FirstSeparator(line.AsSpan());
        Assert.Equal(separator, at < 0 ? "" : line.Substring(at, 1));
        Assert.True(at < 0 || (line[at - 1] == ' ' && line[at + 1] == ' '));
    }

    [Theory]
    [InlineData("Noticias y Deportes | 20/03/2025")]
    [InlineData("News and Sport | 20 March 2025")]
    [InlineData("Der Stadtrat beschließt und die Bürger zahlen | 20.03.2025")]
    public void WordsThatAreNoNames_BeforeTheBar_GiveNoWriter(string line)
        => Assert.Null(AuthorReader.ReadLeadingName(line.AsSpan()));

    [Theory]
    [InlineData("By [8]Jane Roe and [9]Tom Poe", "Jane Roe; Tom Poe")]
    [InlineData("Par [8]Jeanne Roux et [9]Paul Mercier", "Jeanne Roux; Paul Mercier")]
    [InlineData("Von [14]Anna Berg und [15]Tim Vogt", "Anna Berg; Tim Vogt")]
    [InlineData("Por [3]Lucía Ferrer y [4]Andrés Molina", "Lucía Ferrer; Andrés Molina")]
    [InlineData("Di [21]Marco Neri e [22]Giulia Ferrante", "Marco Neri; Giulia Ferrante")]
    [InlineData("Por [5]Ana Costa e [6]Rui Sá", "Ana Costa; Rui Sá")]
    [InlineData("Door [7]Els de Wit en [8]Joost Verbeek", "Els de Wit; Joost Verbeek")]
    public void ALinkMarkerBeforeEachWriter_IsNoWordOfTheNames(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par [8]Jeanne Roux", "Par Jeanne Roux")]
    [InlineData("Door [7]Els de Wit en [8]Joost Verbeek", "Door Els de Wit en Joost Verbeek")]
    public void InnerMarkers_BeforeALetter_AreTakenOut(string line, string expected)
        => Assert.Equal(expected, LinkMarkers.Without(line.AsSpan()));

    [Theory]
    [InlineData("Jane Roe")]
    [InlineData("See note [1] 2 3")]
    [InlineData("[…] and so it ended")]
    [InlineData("[12345]Jane Roe")]
    public void NoMarkerBeforeALetter_GivesNothingToTakeOut(string line) => Assert.Null(LinkMarkers.Without(line.AsSpan()));

    [Theory]
    [InlineData("en", "Jane Roe and Tom Poe | Long Harbour | 20/03/2025 09:40 | Share on Facebook X Email", "Jane Roe; Tom Poe")]
    [InlineData("fr", "Jeanne Roux et Paul Mercier | Pont-Neuf | 20/03/2025 09:40 | Partager sur Facebook", "Jeanne Roux; Paul Mercier")]
    [InlineData("de", "Anna Berg und Tim Vogt | Kleinau | 20.03.2025 09:40 | Teilen auf Facebook", "Anna Berg; Tim Vogt")]
    [InlineData("es", "Lucía Ferrer y Andrés Molina | Villalba | 20/03/2025 - 09:40 | Compartir en Facebook Twitter WhatsApp", "Lucía Ferrer; Andrés Molina")]
    [InlineData("it", "Marco Neri e Giulia Ferrante | Valmora | 20/03/2025 09:40 | Condividi su Facebook", "Marco Neri; Giulia Ferrante")]
    [InlineData("pt", "Ana Costa e Rui Sá | Odemira | 20/03/2025 09:40 | Partilhar no Facebook", "Ana Costa; Rui Sá")]
    [InlineData("nl", "Els de Wit en Joost Verbeek | Ommerveen | 20-03-2025 09:40 | Delen via Facebook", "Els de Wit; Joost Verbeek")]
    public void ABylineWithShareButtons_UnderTheStandfirst_GivesWritersAndDate_AndKeepsTheStandfirst(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content", "Home | News | Sport", p[0], p[1], byline, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal((p[0], author, "2025-03-20T09:40"), (article.Title, article.Author, article.Published));
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "By [8]Jane Roe and [9]Tom Poe\n20/03/2025 09:40", "Jane Roe; Tom Poe")]
    [InlineData("fr", "Par [8]Jeanne Roux et [9]Paul Mercier\nPublié le 20/03/2025 à 09h40", "Jeanne Roux; Paul Mercier")]
    [InlineData("de", "Von [14]Anna Berg und [15]Tim Vogt\n20.03.2025, 09:40 Uhr", "Anna Berg; Tim Vogt")]
    [InlineData("nl", "Door [7]Els de Wit en [8]Joost Verbeek\n20-03-2025, 09:40", "Els de Wit; Joost Verbeek")]
    public void TwoLinkedWriters_UnderTheHeadline_AreBothRead(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "[1]Skip to content", "[2]Home [3]News [4]Sport", p[0], byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal((p[0], author, "2025-03-20T09:40"), (article.Title, article.Author, article.Published));
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
