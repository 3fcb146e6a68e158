using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A related list glued under its label between the article's paragraphs ("Noticias relacionadas" / two headlines), with a
/// paragraph under it that goes on with the article's subject, is an insert: the paragraph is the article's last. A
/// footer's prose under such a list speaks of something else and stays out. A practical line under the article's last
/// sentence ("Per informazioni: Ufficio Mobilità, tel. …") is the article's.
/// </summary>
public sealed class RelatedListAndInfoLineTests
{
    private const string Juicio = "El juicio contra el exgerente continuará el jueves con la declaración de los peritos, y la cooperativa espera recuperar los fondos antes del verano.";

    private static string Page(string after) => string.Join("\n\n",
        "Saltar al contenido\nPortada   Local   Deportes",
        "El exgerente de la cooperativa niega ante el juez haber desviado fondos",
        "Alicante, 14 de marzo de 2025",
        "El exgerente de la cooperativa agrícola declaró este martes ante el juez por el presunto desvío de fondos de los socios durante cinco campañas.",
        "Durante casi tres horas, el exgerente defendió que todas las transferencias fueron préstamos temporales para pagar a proveedores en las campañas malas.",
        "Su abogada pidió la absolución y sostiene que la cooperativa conocía y aprobó esos movimientos en sus asambleas anuales.",
        "Noticias relacionadas\nLa cooperativa nombra nueva junta tras la crisis\nLos citricultores piden precios mínimos",
        after,
        "Comentarios\nPara comentar debes estar registrado.",
        "© Heraldo de la Vega");

    [Fact]
    public void AParagraphUnderARelatedList_GoingOnWithTheArticle_IsTheArticles()
    {
        var article = ArticleParser.Parse(Page(Juicio));

        Assert.Equal(Juicio, article.Paragraphs[^1].Text);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains("citricultores", StringComparison.Ordinal));
    }

    // A footer's blurb under the list speaks of something else: the page's, as before.
    [Theory]
    [InlineData("Heraldo de la Vega es el diario de referencia de la comarca desde 1921 y llega cada mañana a miles de hogares.")]
    [InlineData("Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de la comarca en tu correo.")]
    public void AFootersBlurbUnderTheList_StaysThePages(string blurb)
        => Assert.DoesNotContain(ArticleParser.Parse(Page(blurb)).Paragraphs, x => x.Text == blurb);

    [Theory]
    [InlineData("it", "Per informazioni: Ufficio Mobilità, tel. 0125 000000, mobilita@comune.example")]
    [InlineData("en", "For more information: Valley Water Board, 01234 567890")]
    [InlineData("fr", "Renseignements : office de tourisme, 02 33 00 00 00")]
    [InlineData("en", "Nutrition per serving: 410 kcal, 15g fat, 62g carbohydrate")]
    [InlineData("es", "Valor nutricional por ración: 350 calorías, 12 g de grasa")]
    [InlineData("de", "Nährwerte pro Portion: 520 Kalorien, 20 g Fett")]
    public void AnInfoOrNutritionLineUnderTheLastSentence_IsTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "14/03/2025 06:00", p[1], p[2], p[3], Articles.Closing(language), line, "Share\nFacebook", "© 2025");

        Assert.Equal(line, ArticleParser.Parse(page).Paragraphs[^1].Text);
    }

    // Under a footer's label, or without a colon and an office's details, it is no practical line.
    [Theory]
    [InlineData("Más información")]
    [InlineData("Information for advertisers and partners")]
    [InlineData("More information: Privacy policy | Cookies | Contact")]
    [InlineData("Informations : Mentions légales, Qui sommes-nous, Contact")]
    [InlineData("Information: the ferry runs as usual on Sundays")]
    public void OtherInfoWords_AreNoInfoLine(string line) => Assert.False(Structure.PracticalLines.IsInfoLine(line.AsSpan()));

    [Theory]
    [InlineData("Price: 4 euros, children 2 euros")]
    [InlineData("Nutrition: see the label on the pack")]
    [InlineData("Calories matter less than you think, says the dietitian")]
    public void OtherLines_AreNoNutritionLine(string line) => Assert.False(Structure.PracticalLines.IsNutritionLine(line.AsSpan()));

    // A footer's link row under an info lead (review, session 24): the page's, as before.
    [Fact]
    public void AFootersLinkRow_UnderAnInfoLead_StaysThePages()
    {
        var p = Articles.Of("fr");
        const string row = "Informations : Mentions légales, Qui sommes-nous, Contact";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "14/03/2025 06:00", p[1], p[2], p[3], Articles.Closing("fr"), row, "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Paragraphs, x => x.Text == row);
    }
}
