using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A match report's line-ups under the article ("Eintracht Ohlsdorf: Kessler – Aydin, Wolf, …") and its fact box under
/// a label ("FICHA TÉCNICA", "Tabellino", "Ficha de jogo") are the page's, whatever full stop closes them. A list of
/// names parted by commas alone, or line-ups between the article's paragraphs, stay the article's.
/// </summary>
public sealed class LineUpTests
{
    [Theory]
    [InlineData("Eintracht Ohlsdorf: Kessler – Aydin, Wolf, Marek, Sauer – Ostendorf, Lang (58. Pohl), Yildiz – Brandt, Kühn.")]
    [InlineData("CD Almadena: Ruiz; Mora, Sanz, Gil, Peña; Vidal, Cano (Lucas, min. 70), Ortega; Nieto, Bravo y Luna.")]
    [InlineData("Wexcombe: Lyle; Brand, Osei, Carver, Mott; Penn, Dawes (Fairley 79), Kerr; Okonjo, Tully, Reese")]
    public void ALineUp_IsOne(string line) => Assert.True(LineUps.IsLineUp(line.AsSpan()));

    [Theory]
    [InlineData("Die Preisträger: Anna Berg, Tim Vogt, Jan Roe, Eva Smit, Lars Holm, Kim Park und Ana Gil.")]
    [InlineData("The programme: a walk at ten; lunch at noon; a talk on the harbour's history at two, and tea.")]
    [InlineData("Goles: 0-1, min. 31: Ledesma. 1-1, min. 58: Mora, de penalti.")]
    [InlineData("Results: Roe 1st; Poe 2nd; Lee 3rd; Kim 4th; Gil 5th; Berg 6th.")]
    [InlineData("Öffnungszeiten: Montag – Freitag, 9–12 Uhr; Samstag, 10–14 Uhr; Eintritt: Erwachsene 5 Euro, Kinder 2 Euro, Familien 12 Euro.")]
    [InlineData("Die Termine: 3. März – Rathaus, 10. März – Schule, 17. März – Kirche, 24. März – Hafen, 31. März – Bahnhof.")]
    [InlineData("Opening times: Monday – Friday, 9am–5pm; Saturday, 10am–2pm; Sunday, closed. Tickets £5, children £2, families £12.")]
    public void OtherLinesWithAColon_AreNone(string line) => Assert.False(LineUps.IsLineUp(line.AsSpan()));

    private const string HomeSide = "Eintracht Ohlsdorf: Kessler – Aydin, Wolf, Marek, Sauer – Ostendorf, Lang (58. Pohl), Yildiz – Brandt, Kühn.";
    private const string AwaySide = "TuS Lemmerbach: Hain – Ritter, Brückner, Stahl, Ernst – Lenz, Moll, Wagner (75. Frey) – Sommer, Busch.";

    [Fact]
    public void LineUpsUnderTheArticle_AreThePages()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Startseite\nSport\nLokalsport", p[0], "08.02.2025, 19:04 Uhr", p[1], p[2], p[3], Articles.Closing("de"), HomeSide + "\n" + AwaySide, "Mehr aus dem Lokalsport\nImpressum");
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Closing("de"), article.Paragraphs[^1].Text);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains("Kessler", StringComparison.Ordinal));
    }

    // One line of capitalised nouns parted by dashes, with no other side's line beside it, is the article's list.
    [Fact]
    public void OneSidesShape_Alone_StaysTheArticles()
    {
        var p = Articles.Of("de");
        var line = "Die Stationen: Rathaus – Schule, Kirche, Hafen – Bahnhof, Markt, Mühle – Wald, Feld, Deich – Strand.";
        var page = string.Join("\n\n", "Startseite\nSport\nLokalsport", p[0], "08.02.2025, 19:04 Uhr", p[1], p[2], p[3], Articles.Closing("de"), line, "Mehr aus dem Lokalsport\nImpressum");

        Assert.Equal(line, ArticleParser.Parse(page).Paragraphs[^1].Text);
    }

    [Fact]
    public void ListsOfNamesUnderTheArticle_WithCommasAlone_StayTheArticles()
    {
        var p = Articles.Of("de");
        var names = "Die Preisträger: Anna Berg, Tim Vogt, Jan Roe, Eva Smit, Lars Holm, Kim Park und Ana Gil.";
        var page = string.Join("\n\n", "Startseite\nSport\nLokalsport", p[0], "08.02.2025, 19:04 Uhr", p[1], p[2], p[3], Articles.Closing("de"), names, "Mehr aus dem Lokalsport\nImpressum");

        Assert.Equal(names, ArticleParser.Parse(page).Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("es", "FICHA TÉCNICA", "Árbitro: Ignacio Vela. Amonestó a Sanz, Cortés y Salas.")]
    [InlineData("it", "Tabellino", "Arbitro: Luca Neri di Bergamo. Ammoniti Sala e Conti.")]
    [InlineData("pt", "Ficha de jogo", "Árbitro: Rui Lopes, de Braga. Cartões amarelos para Sousa e Matos.")]
    public void AFactBoxUnderItsLabel_AfterTheArticle_IsThePages(string language, string label, string fact)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nSport\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), label, fact, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
        Assert.DoesNotContain(fact, article.Paragraphs.Select(x => x.Text));
    }
}
