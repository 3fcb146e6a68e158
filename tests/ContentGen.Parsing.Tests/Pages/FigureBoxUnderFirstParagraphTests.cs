using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A box of figures, a number and a few words a line under a label ("Le projet en chiffres" / "48 logements sociaux" /
/// "3 ans de travaux"), set between the article's first paragraph and its next section: the figure lines are no menu's,
/// so the first paragraph is not a lone blurb over a menu and the article is read from its headline, not from the section
/// under the box. These pages read right without the figure-line rule too (the fresh Spanish explainer that needed it
/// holds more than a box: see the report of session 59); they guard that figure lines never cost the headline or the
/// first paragraph. Italian and Portuguese still lose the last paragraph under the box as a trailer, left for later.
/// </summary>
public sealed class FigureBoxUnderFirstParagraphTests
{
    public static TheoryData<string, string, string[], string> Boxes() => new()
    {
        { "en", "The scheme in numbers", new[] { "48 new homes for rent", "3 years of building work", "120 trees to be planted" }, "What happens next?" },
        { "fr", "Le projet en chiffres", new[] { "48 logements sociaux", "3 ans de travaux", "1.200 mètres de pistes cyclables" }, "Et maintenant ?" },
        { "de", "Das Projekt in Zahlen", new[] { "48 neue Mietwohnungen", "3 Jahre Bauzeit", "120 neue Bäume" }, "Wie geht es weiter?" },
        { "es", "El proyecto, en cifras", new[] { "48 viviendas de alquiler", "3 años de obras", "1.200 metros de carril bici" }, "¿Y ahora qué?" },
        { "it", "Il progetto in cifre", new[] { "48 alloggi in affitto", "3 anni di cantiere", "120 alberi da piantare" }, "E adesso?" },
        { "pt", "O projeto em números", new[] { "48 casas para arrendar", "3 anos de obras", "120 árvores a plantar" }, "E agora?" },
        { "nl", "Het plan in cijfers", new[] { "48 huurwoningen", "3 jaar bouwen", "120 nieuwe bomen" }, "Hoe nu verder?" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AFigureBoxUnderTheFirstParagraph_KeepsTheHeadlineAndTheFirstParagraph(string language, string label, string[] figures, string question)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", new[] { "Home | News | Sport | Opinion", "Subscribe | Log in", p[0], "Ana Robledo\n" + Articles.Dateline(language), p[1], label }
            .Concat(figures).Concat(new[] { question, p[2], p[3], "Share | Print" }));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(p[1], article.Paragraphs[0].Text);
    }

    [Theory]
    // A menu's numbered teasers and a comment count open on a number too, but read on in capitals: no figures.
    [InlineData("1. Harbour wall repairs start", "2. Council tax rise agreed", "3 Comments")]
    public void NumberedTeasersUnderABlurb_DoNotJoinItToTheArticle(string first, string second, string third)
    {
        var p = Articles.Of("en");
        const string blurb = "We and our partners use cookies to improve the site and show adverts. Click Agree to carry on reading.";
        var page = string.Join("\n\n", "Home | News | Sport", blurb, first, second, third, "Most read", p[0], "By Ana Robledo\n4 March 2025", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == blurb);
    }
}
