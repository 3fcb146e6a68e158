using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed without blank lines glues the article's subheading under a "read also" box as it glues the box's links.
/// Past the box's first link, a short line (at most half the link headline's words) with the article's prose glued under it
/// is the article's subheading, not another link; a second headline as long as the first stays the box's, and the line
/// right under the label is always the link's.
/// </summary>
public sealed class GluedSubheadingUnderReadAlsoTests
{
    // language | label | the linked story's headline | the article's subheading (a few words)
    public static TheoryData<string, string, string, string> Boxes() => new()
    {
        { "en", "Read also", "Harbour trust wins grant to rebuild the old fish market", "Costs rising" },
        { "en", "Related", "Teachers at the valley school vote to strike over pay next month", "A long wait" },
        { "fr", "À lire aussi", "Le marché couvert rouvrira ses portes avant la fin de l'été", "Un chantier long" },
        { "fr", "Lire aussi", "La commune vote un nouveau plan pour les pistes cyclables du centre", "Des riverains inquiets" },
        { "de", "Lesen Sie auch", "Neue Fähre soll ab dem Herbst zweimal täglich zur Insel fahren", "Kritik der Anwohner" },
        { "de", "Mehr zum Thema", "Stadtrat beschließt neuen Plan für die Radwege in der Innenstadt", "Lange Bauzeit" },
        { "es", "Leer también", "El ayuntamiento aprueba un nuevo plan de carriles bici para el centro", "Obras en verano" },
        { "es", "Lee también", "La lonja del puerto abrirá también los sábados a partir de mayo", "Vecinos preocupados" },
        { "it", "Leggi anche", "Il consiglio comunale approva il nuovo piano per le piste ciclabili", "Cantiere lungo" },
        { "it", "Leggi anche", "Il mercato coperto riaprirà prima della fine dell'estate prossima", "Residenti preoccupati" },
        { "pt", "Leia também", "Câmara aprova novo plano de ciclovias para o centro da cidade", "Obras no verão" },
        { "pt", "Leia também", "Mercado municipal vai abrir também aos domingos a partir de maio", "Moradores preocupados" },
        { "nl", "Lees ook", "Gemeenteraad stemt in met nieuw plan voor fietspaden in het centrum", "Lange bouwtijd" },
        { "nl", "Lees ook", "Overdekte markt gaat voor het einde van de zomer weer open", "Zorgen bij bewoners" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AShortLine_GluedOverTheProse_PastTheLink_IsTheArticlesSubheading(string language, string label, string linked, string heading)
        => HeadsItsSection(language, label, linked, heading);

    // `heading` glued under the box's link over the prose: the link is set aside and `heading` heads the section the prose opens.
    internal static void HeadsItsSection(string language, string label, string linked, string heading)
    {
        var article = ReadGlued(language, label, linked, heading);

        Assert.Contains(article.Boilerplate, b => b.Text == linked);
        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }

    // The page the box tests print with no blank lines: the lede, two paragraphs, the box's label and `linked`, `line` glued
    // under it, then the prose, whose paragraphs the article keeps whatever `line` is read as.
    internal static Article ReadGlued(string language, string label, string linked, string line)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, line, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        return article;
    }

    // Guard: a second headline about as long as the first is the box's second link, prose under it or not.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void ASecondHeadlineAsLongAsTheFirst_StaysTheBoxs(string language, string label, string linked, string heading)
    {
        _ = heading;
        var second = Articles.Headline(language);

        var article = ReadGlued(language, label, linked, second);

        Assert.Contains(article.Boilerplate, b => b.Text == second);
    }

    // Guard: the line right under the label is the link's, however short, and a short line with no prose under it (another
    // short link, then a blurb) stays in the box.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void TheLineUnderTheLabel_AndAShortLinkOverAnother_StayTheBoxs(string language, string label, string linked, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var underLabel = string.Join("\n", "Menu", p[0], p[1], p[2], label, heading, closing, p[3]);
        var overLink = string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, heading, linked + " 2", "\n" + closing, p[3]);

        var first = ArticleParser.Parse(underLabel);
        var second = ArticleParser.Parse(overLink);

        Assert.Contains(first.Boilerplate, b => b.Text == heading);
        Assert.DoesNotContain(first.Sections, s => s.Heading == heading);
        Assert.Contains(second.Boilerplate, b => b.Text == heading);
    }
}
