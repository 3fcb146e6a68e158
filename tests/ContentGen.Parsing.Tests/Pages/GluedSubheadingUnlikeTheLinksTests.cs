using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A "read also" box prints each of its links alike: a kicker before a colon ("Hafen: …"), a place before a comma
/// ("Lindau, …") or an arrow before each headline. A page printed without blank lines glues the article's subheading under
/// the box as it glues the links; past the box's first link, a line that lacks the mark every link of the box carries, with
/// the article's prose glued under it, is the article's subheading, however close to a link's length. A line that carries
/// the mark stays the box's, and a box whose links carry no mark keeps the rule of length.
/// </summary>
public sealed class GluedSubheadingUnlikeTheLinksTests
{
    // language | label | the linked story's headline, with its mark | the article's subheading, as long as a link nearly
    public static TheoryData<string, string, string, string> Boxes() => new()
    {
        { "en", "Read also", "Harbour: Trust wins grant for the old market", "Costs rise again for the trust" },
        { "en", "Related", "▶ Valley teachers vote to strike over pay", "A long wait for the families" },
        { "fr", "À lire aussi", "Quais : la commune rouvre le marché couvert", "Un chantier plus long que prévu" },
        { "fr", "Lire aussi", "Voirie : comment savoir si votre rue sera refaite ?", "Combien de temps durera le chantier ?" },
        { "de", "Lesen Sie auch", "Inselverkehr: Neue Fähre fährt ab dem Herbst", "Kritik aus dem Ortsbeirat" },
        { "de", "Mehr zum Thema", "▶ Stadtrat beschließt Plan für neue Radwege", "Lange Bauzeit am Marktplatz" },
        { "es", "Más información", "Lonja: el puerto abrirá también los sábados", "Un museo en la vieja lonja" },
        { "es", "Lee también", "Carriles bici: el pleno aprueba el nuevo plan", "Obras durante todo el verano" },
        { "it", "Leggi anche", "Livorno, il mercato coperto riapre prima dell'estate", "Meno rumore per i residenti vicini" },
        { "it", "Leggi anche", "Piste ciclabili: il consiglio approva il nuovo piano", "Un cantiere lungo due anni" },
        { "pt", "Leia também", "Ciclovias: Câmara aprova novo plano para o centro", "Obras durante todo o verão" },
        { "pt", "Leia também", "Braga, mercado municipal vai abrir aos domingos", "Moradores temem mais trânsito" },
        { "nl", "Lees ook", "Fietspaden: Raad stemt in met nieuw plan", "Lange bouwtijd voor de wijk" },
        { "nl", "Meer over dit onderwerp:", "▶ Overdekte markt gaat in de zomer weer open", "Zorgen over drukte in de wijk" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ALineWithoutTheLinksMark_GluedOverTheProse_IsTheArticlesSubheading(string language, string label, string linked, string heading)
        => GluedSubheadingUnderReadAlsoTests.HeadsItsSection(language, label, linked, heading);

    // The same page printed with its blank lines: the box stands apart and the subheading heads its section as before.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void WithItsBlankLines_TheSamePage_ReadsTheSame(string language, string label, string linked, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu", p[0], p[1], p[2], label + "\n" + linked, heading, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == linked);
        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }

    // Guard: a second link printed with the first's mark stays the box's, prose under it or not.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void ASecondLinkWithTheMark_StaysTheBoxs(string language, string label, string linked, string heading)
    {
        var second = Marked(linked, heading);

        var article = GluedSubheadingUnderReadAlsoTests.ReadGlued(language, label, linked, second);

        Assert.Contains(article.Boilerplate, b => b.Text == second);
        Assert.DoesNotContain(article.Sections, s => s.Heading == second);
    }

    // Guard: a box whose link carries no mark keeps a line about as long as the link glued over the prose.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void UnderALinkWithNoMark_ALineAsLong_StaysTheBoxs(string language, string label, string linked, string heading)
    {
        var article = GluedSubheadingUnderReadAlsoTests.ReadGlued(language, label, Unmarked(linked), heading);

        Assert.Contains(article.Boilerplate, b => b.Text == heading);
    }

    // Guard: a line of the link's details (its outlet, date and length) glued over the prose lacks the link's mark and
    // heads nothing.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void ALineOfTheLinksDetails_HeadsNothing(string language, string label, string linked, string heading)
    {
        _ = heading;
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        const string details = "Radio Nord | 22.07.2024 | 3 Min";
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, details, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading == details);
        Assert.Contains(article.Paragraphs, x => x.Text == closing);
    }

    // The link's mark put before the subheading's words: "Hafen: Kritik aus dem Ortsbeirat", "▶ Kritik aus dem Ortsbeirat".
    private static string Marked(string linked, string heading)
    {
        if (linked.StartsWith("▶ ", StringComparison.Ordinal))
        {
            return "▶ " + heading;
        }

        var at = MarkEnd(linked);
        return linked[..(at + 1)] + " " + char.ToLowerInvariant(heading[0]) + heading[1..];
    }

    // The link's words without its mark: "Neue Fähre fährt ab dem Herbst".
    private static string Unmarked(string linked)
    {
        if (linked.StartsWith("▶ ", StringComparison.Ordinal))
        {
            return linked[2..];
        }

        var rest = linked[(MarkEnd(linked) + 1)..].TrimStart();
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    // Where a kicker's colon or a place's comma ends the link's mark: whichever comes first.
    private static int MarkEnd(string linked)
    {
        var colon = linked.IndexOf(':');
        var comma = linked.IndexOf(',');
        return colon > 0 && (comma < 0 || colon < comma) ? colon : comma;
    }
}
