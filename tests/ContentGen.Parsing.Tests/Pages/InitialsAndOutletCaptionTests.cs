using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two more ways a caption's sentence is signed: initials after a spaced slash ("… el pasado otoño. / D. V. A."), and an
/// American paper's photographer and outlet joined by a slash ("… during the hearing. Jane Roe/Ledger"). Both are captions,
/// never paragraphs; prose with a slash in it is neither.
/// </summary>
public sealed class InitialsAndOutletCaptionTests
{
    [Theory]
    [InlineData("Obras de la piscina cubierta de Valdecina, el pasado otoño. / D. V. A.")]
    [InlineData("Los bomberos, durante la extinción del fuego. / J.M.G.")]
    [InlineData("Il cantiere del ponte visto dalla riva. / G. B.")]
    [InlineData("O novo centro de dia, na antiga escola primária. / A. L.")]
    [InlineData("Le chantier de la passerelle, vu depuis le quai. / P. R.")]
    public void ACaptionSignedWithInitials_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    [InlineData("Parents line the back wall of the cafeteria during Thursday's hearing on the school week. Dana K. Whitfield/Ledger")]
    [InlineData("Runners cross the finish line on Main Street. Jane Roe/The Valley Times")]
    [InlineData("Firefighters work on the roof of the barn on Route 4. Tom Vale/Gazette")]
    public void ACaptionSignedWithNameAndOutlet_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    // Two sentences before the slash: a paragraph.
    [InlineData("Las obras empezarán en mayo. El coste lo asumirá la Junta. / D. V. A.")]
    // Lower-case letters, or more than four initials: no one's initials.
    [InlineData("Abierto de lunes a viernes. / a. m.")]
    [InlineData("Los vecinos votaron el lunes. / A. B. C. D. E.")]
    public void LinesThatAreNoInitialsCredit_AreNotRead(string line) => Assert.False(PhotoCredits.EndsWithInitialsAfterSlash(line));

    [Theory]
    // No person's name before the slash, or lower case after it, or a space around it.
    [InlineData("The vote was four to one. Yes/No")]
    [InlineData("Trains will run on weekdays. Monday/Friday")]
    [InlineData("The council said the choice was clear. It was either/or")]
    [InlineData("Tickets are on sale now. Jane Roe / Ledger")]
    // Two sentences before the credit: a paragraph.
    [InlineData("Parents came in numbers. Teachers were divided. Dana Whitfield/Ledger")]
    public void LinesThatAreNoOutletCredit_AreNotRead(string line) => Assert.False(PhotoCredits.EndsWithNameAndOutlet(line));

    [Fact]
    public void AnOutletCreditedCaptionUnderTheShareBar_IsNoParagraph()
    {
        var p = Articles.Of("en");
        const string caption = "Parents line the back wall of the cafeteria during Thursday's hearing on the school week. Dana K. Whitfield/Ledger";
        var page = string.Join("\n\n", "Skip to main content\nThe Cold Spring Ledger\nHome  News  Sports  Obituaries  Opinion", "Local News", p[0],
            "By Dana K. Whitfield\nMar 6, 2026", "Facebook  Twitter  Email  Print  Save", caption, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
