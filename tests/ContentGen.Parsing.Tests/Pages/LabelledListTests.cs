using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A recipe or a fact box prints its lists under labels set apart by blank lines ("Ingredients" / the items, "For the
/// topping:" / more items, "Method" / the steps): the lists, one after another, stand between the article's prose and
/// the prose under the next label, and are its text, however much each line looks like a menu link or a headline.
/// </summary>
public sealed class LabelledListTests
{
    public static TheoryData<string, string, string[], string, string> Recipes() => new()
    {
        { "en", "Ingredients", new[] { "800g forced rhubarb", "60g caster sugar", "2 balls stem ginger, finely chopped", "1 orange, zest and juice" }, "Method", "Heat the oven to 190C, cut the rhubarb into short lengths and toss it with the sugar and the ginger in a baking dish." },
        { "es", "Ingredientes", new[] { "12 pimientos del piquillo", "400 g de bacalao desalado", "1 cebolla grande", "Aceite de oliva virgen extra", "Sal" }, "Preparación", "Pocha la cebolla picada en una sartén con aceite a fuego lento durante veinte minutos, hasta que esté transparente." },
        { "fr", "Ingrédients", new[] { "1 kg de pommes", "150 g de farine", "100 g de beurre", "Sucre roux" }, "Préparation", "Épluchez les pommes, coupez-les en quartiers et faites-les dorer dans une poêle avec un peu de beurre et de sucre." },
        { "de", "Zutaten", new[] { "500 g Mehl", "250 ml Milch", "2 Eier", "Eine Prise Salz" }, "Zubereitung", "Das Mehl mit der Milch und den Eiern zu einem glatten Teig verrühren und eine halbe Stunde ruhen lassen." },
    };

    [Theory]
    [MemberData(nameof(Recipes))]
    public void ARecipesListsUnderTheirLabels_StayTheArticles(string language, string ingredients, string[] items, string method, string step)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], ingredients, string.Join("\n", items), method, step, p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var kept = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.All(items, item => Assert.Contains(item, kept));
        Assert.Contains(step, kept);
        Assert.Equal(p[3], kept[^1]);
    }

    // The labels head the list and the steps: "Ingredients" over the list, "Method" over the prose under it.
    [Theory]
    [MemberData(nameof(Recipes))]
    public void TheLabels_HeadTheListAndTheSteps(string language, string ingredients, string[] items, string method, string step)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], ingredients, string.Join("\n", items), method, step, p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { ingredients, method }, article.Sections.Select(x => x.Heading).Where(h => h is not null));
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == ingredients);
    }

    // Guard: a lead glued over its list's items is the list's first line, no heading (ArticleListTests); a list under
    // prose with a paragraph under it heads nothing.
    [Fact]
    public void AListRightUnderProse_OverProse_HeadsNothing()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "Free shuttle buses\nPark and ride\nLarger tourist office", p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, x => Assert.Null(x.Heading));
    }

    // Two lists under their colon leads, one under the other, under a label.
    [Fact]
    public void ListsUnderColonLeads_OneUnderAnother_StayTheArticles()
    {
        var p = Articles.Of("en");
        var fruit = "For the fruit:\n800g forced rhubarb\n60g caster sugar\n2 balls stem ginger, finely chopped";
        var topping = "For the topping:\n150g plain flour\n100g cold butter, diced\n80g jumbo oats";
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "Ingredients", fruit, topping, "Method", p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var kept = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains("80g jumbo oats", kept);
        Assert.Contains("800g forced rhubarb", kept);
        Assert.Equal(p[3], kept[^1]);
    }

    // Guards: a list under a label after the article, with no prose under it (a footer's links), stays the page's; a
    // label over a list with only another label and no prose under them reads as before.
    [Fact]
    public void ALabelledListWithNoProseUnder_StaysThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], "Our newsletters", "Morning briefing\nEvening edition\nWeekend reads\nSport daily", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == "Morning briefing");
    }

    [Fact]
    public void AFootersLabelledLinks_OverTheSitesBlurb_StayThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], "Our newsletters", "Morning briefing\nEvening edition\nWeekend reads\nSport daily",
            "About us", "The Valley Gazette has reported on the valley since 1852 and is owned by a trust of its readers.", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == "Morning briefing");
    }

    // Guard: under a label, lines of six words or more without a quantity are as often other stories' headlines: no
    // labelled list, and the label heads nothing for it.
    [Fact]
    public void LongerLinesOfWordsAlone_UnderALabel_MakeNoLabelledList()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "Elsewhere",
            "Council approves the new harbour plan at last\nVillage school to shut for summer repairs\nBus company names its new chief executive", "Weather", p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain("Elsewhere", article.Sections.Select(x => x.Heading));
    }

    // Review s23, finding 7: a doubled space in one item is a typing slip, not a column.
    [Fact]
    public void ATypingSlipInAnItem_KeepsTheList()
    {
        var p = Articles.Of("en");
        var items = new[] { "800g rhubarb", "60g  caster sugar", "2 oranges", "1 lemon" };
        const string step = "Heat the oven to 190C, cut the rhubarb into short lengths and toss it with the sugar and the zest in a baking dish.";
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], "Ingredients", string.Join("\n", items), "Method", step, p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Contains("60g  caster sugar", article.Paragraphs.Select(x => x.Text));
        Assert.Equal(new[] { "Ingredients", "Method" }, article.Sections.Select(x => x.Heading).Where(h => h is not null));
    }

    // Review s23, finding 1: a footer's link box under a label with no menu word, over "About us" and the site's blurb.
    [Theory]
    [InlineData("en", "Our picks", "Morning briefing\nEvening edition\nWeekend reads\nSport daily", "About us", "The Valley Gazette has reported on the valley since 1852 and is owned by a trust of its readers.")]
    [InlineData("fr", "Nos choix", "Le briefing du matin\nL'édition du soir\nLes lectures du week-end\nLe sport", "Qui sommes-nous", "Le Courrier de la vallée informe ses lecteurs depuis 1852 et appartient à une fondation de lecteurs.")]
    [InlineData("de", "Unsere Auswahl", "Das Morgenbriefing\nDie Abendausgabe\nLesestoff am Wochenende\nSport am Tag", "Über uns", "Der Talbote berichtet seit 1852 aus dem Tal und gehört einer Stiftung seiner Leserinnen und Leser.")]
    [InlineData("es", "Nuestra selección", "El resumen de la mañana\nLa edición de la tarde\nLecturas del fin de semana\nDeportes", "Quiénes somos", "El Diario del Valle informa desde 1852 y pertenece a una fundación de sus propios lectores.")]
    public void AFootersLinkBox_UnderALabel_OverTheSitesBlurb_StaysThePages(string language, string label, string links, string about, string blurb)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], label, links, about, blurb, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        var first = links.Split('\n')[0];
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == first);
        Assert.DoesNotContain(label, article.Sections.Select(x => x.Heading));
    }

    // Review s23, finding 1 (L4): link lists set apart under the last paragraph, with no label, over the site's blurb.
    [Fact]
    public void UnlabelledLinkLists_UnderTheLastParagraph_StayThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], "Morning briefing\nEvening edition\nWeekend reads",
            "Local news\nCourts\nSchools", "Jobs\nProperty\nMotors\nDating", "The Valley Gazette has reported on the valley since 1852 and is owned by a trust of its readers.", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == "Morning briefing");
    }

    // Review s23, finding 2: an author box under the article (name, job, paper, a link, a note) stays aside and signs it.
    [Theory]
    [InlineData("en", "Jane Roe", "Transport correspondent\nValley Courier\nFollow on X", "Jane has covered roads, rail and buses in the valley for the paper since she joined it in 2015.", "Jane Roe")]
    [InlineData("fr", "Jeanne Roux", "Journaliste transports\nLe Courrier de la vallée\nSuivre sur X", "Jeanne couvre les routes, le rail et les bus de la vallée pour le journal depuis 2015.", "Jeanne Roux")]
    [InlineData("de", "Anna Berg", "Redakteurin Verkehr\nDer Talbote\nAuf X folgen", "Anna berichtet seit 2015 für die Zeitung über Straßen, Bahn und Busse im Tal.", "Anna Berg")]
    public void AnAuthorBoxUnderTheArticle_StaysAside_AndSignsIt(string language, string name, string box, string note, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], name, box, note, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(author, article.Author);
        Assert.DoesNotContain(name, article.Sections.Select(x => x.Heading));
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    // A footer's links under a label over "About us" and a blurb of two paragraphs: the links show no quantity and no lead.
    [Fact]
    public void AFootersLinkBox_OverATwoParagraphBlurb_StaysThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], "Our picks", "Morning briefing\nEvening edition\nWeekend reads\nSport daily", "About us",
            "The Valley Gazette has reported on the valley since 1852 and is owned by a trust of its readers.",
            "Our newsroom is in the old corn exchange, and readers are welcome to visit on the first Monday of each month.", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == "Morning briefing");
        Assert.DoesNotContain("Our picks", article.Sections.Select(x => x.Heading));
    }
}
