using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A caption signed after a spaced slash with its photographer's initials and surname in ordinary case ("… en la plaza. /
/// J. M. Ortuño"): a caption, as one signed with a whole name, with initials alone or with the surname in capitals is. Glued
/// under the byline over the first paragraph, it was taken for the headline and the standfirst above it was lost.
/// </summary>
public sealed class InitialledNameAfterSlashCaptionTests
{
    [Theory]
    [InlineData("Vecinos hacen cola ante el nuevo centro de salud del barrio. / M. A. Robledo")]
    [InlineData("Volunteers clear the towpath beside the old lock. / R. J. Ashdown")]
    [InlineData("Les chalutiers rentrent au port au lever du jour. / J.-P. Le Goff")]
    [InlineData("Die Baustelle an der Talbrücke am Montagmorgen. / H. Brandl")]
    [InlineData("Il mercato coperto durante i lavori di restauro. / G. Lanfranchi")]
    [InlineData("A nova ponte pedonal sobre o rio, ainda sem guardas. / A. C. Medeiros")]
    [InlineData("De nieuwe fietsbrug over het kanaal bij de sluis. / J. de Vries")]
    public void ACaptionSignedWithInitialsAndSurname_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    // Two sentences before the slash: a paragraph.
    [InlineData("Las obras empezarán en mayo. El coste lo asumirá la Junta. / M. A. Robledo")]
    // A number before the slash: a practical line.
    [InlineData("Tickets cost five pounds at 7pm on the door. / R. J. Ashdown")]
    // No initial, only initials, or lower case after them.
    [InlineData("Die Baustelle an der Talbrücke am Montagmorgen. / Brandl")]
    [InlineData("Il mercato coperto durante i lavori di restauro. / G. B.")]
    [InlineData("Il mercato coperto durante i lavori di restauro. / G. lanfranchi")]
    // Words after the surname, or a calendar's or menu's word where the surname stands.
    [InlineData("Volunteers clear the towpath beside the old lock. / R. J. Ashdown and friends")]
    [InlineData("Open every weekday until the end of the month. / A. Monday")]
    // No spaced slash, or no stop before it.
    [InlineData("Vecinos hacen cola ante el nuevo centro de salud. M. A. Robledo")]
    [InlineData("Vecinos hacen cola ante el nuevo centro de salud / M. A. Robledo")]
    public void LinesThatAreNoInitialledCredit_AreNotRead(string line) => Assert.False(PhotoCredits.EndsWithInitialledNameAfterSlash(line));

    public static TheoryData<string, string> Captions() => new()
    {
        { "es", "Vecinos hacen cola ante el nuevo centro de salud del barrio. / M. A. Robledo" },
        { "en", "Volunteers clear the towpath beside the old lock. / R. J. Ashdown" },
        { "fr", "Les chalutiers rentrent au port au lever du jour. / J.-P. Le Goff" },
        { "de", "Die Baustelle an der Talbrücke am Montagmorgen. / H. Brandl" },
        { "it", "Il mercato coperto durante i lavori di restauro. / G. Lanfranchi" },
        { "pt", "A nova ponte pedonal sobre o rio, ainda sem guardas. / A. C. Medeiros" },
        { "nl", "De nieuwe fietsbrug over het kanaal bij de sluis. / J. de Vries" },
    };

    [Theory]
    [MemberData(nameof(Captions))]
    public void AnInitialledCaptionUnderTheByline_IsNeitherTitleNorParagraph(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Opinion", p[0], p[1], "Ana Robledo Ferrer\n" + Articles.Dateline(language), caption, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == caption);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
