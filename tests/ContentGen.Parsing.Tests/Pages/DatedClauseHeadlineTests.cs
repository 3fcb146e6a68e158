using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72 (pnew): a headline whose clause ends on when it happens, a month and a year after a preposition ("Le marché
/// couvert de Vernesse rouvrira ses halles en mars 2027"), read as a dateline: a short line with a month and a year is one
/// (<c>PageLines.IsDateline</c>). The fresh print view lost its headline to the paper's tagline so. A stamp gives the day, or
/// a label of a few words before the date; a clause of four words or more before the preposition is a headline's
/// (<c>DatedClauses.IsClauseWithMonthAndYear</c>), in every language.
/// </summary>
public sealed class DatedClauseHeadlineTests
{
    [Theory]
    [InlineData("en", "Wendover", "Wendover market hall will reopen its doors in March 2027")]
    [InlineData("fr", "Saulieu", "Le marché couvert de Saulieu rouvrira ses halles en mars 2027")]
    [InlineData("de", "Hochwald", "Die Markthalle von Hochwald öffnet erst im März 2027 wieder")]
    [InlineData("es", "Arenas", "El mercado cubierto de Arenas reabrirá sus puertas en marzo de 2027")]
    [InlineData("it", "Pavullo", "Il mercato coperto di Pavullo riaprirà le sue porte a marzo 2027")]
    [InlineData("pt", "Pinhel", "O mercado coberto de Pinhel reabre as suas portas em março de 2027")]
    [InlineData("nl", "Maarssen", "De markthal van Maarssen gaat pas in maart 2027 weer open")]
    public void AHeadlineEndingOnAMonthAndYear_UnderAMastheadAndAPlace_IsTheTitle(string language, string place, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language) + "\n" + Articles.GappedMenu(language), place, headline, p[1],
            Articles.Byline(language) + "\n" + Articles.Dateline(language), p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal("2025-03-04", article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Le marché couvert de Vernesse rouvrira ses halles en mars 2027", true)]
    [InlineData("Ferrisham library to reopen in former bank in April 2027", true)]
    [InlineData("El mercado cubierto reabrirá sus puertas en marzo de 2027", true)]
    [InlineData("De markthal van Maarssen gaat pas in maart 2027 weer open", true)]
    // A stamp's day before the month, a label of a few words, a place before the date: datelines.
    [InlineData("Publié le 2 décembre 2026 à 17h45", false)]
    [InlineData("Mis à jour en mars 2027", false)]
    [InlineData("Aktualisiert im März 2027", false)]
    [InlineData("Saulieu, le 4 mars 2025", false)]
    [InlineData("Edición impresa del 4 de marzo de 2025", false)]
    // A month with no year after it; a month after a noun ("Anfang März 2027"), which the rule leaves as it was.
    [InlineData("Le marché couvert de Vernesse rouvrira ses halles en mars", false)]
    [InlineData("Der Stadtrat der Gemeinde Hochwald tagt wieder Anfang März 2027", false)]
    public void OnlyAClauseBeforeTheDatesPreposition_IsAClauseWithMonthAndYear(string line, bool clause)
        => Assert.Equal(clause, DatedClauses.IsClauseWithMonthAndYear(line.AsSpan()));
}
