using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A lead of a word or two ending on a colon ("Tre cose:", "Three things:") right under a question, not under prose,
/// over items punctuated as one sentence cut into clauses ("… at rush hour;" / "… on the top floors;" / "… lost water.")
/// is the article's list, lead and all. Items that close on nothing are a menu's links, and their lead stays chrome.
/// </summary>
public sealed class ClauseItemListUnderQuestionTests
{
    private static (string Question, string Lead, string[] Items) Answer(string language) => language switch
    {
        "it" => ("Cosa cambia per le famiglie?", "Tre cose:", new[] { "1. meno interruzioni nelle ore di punta;", "2. una pressione più regolare ai piani alti;", "3. bollette che non dovranno più coprire l'acqua persa." }),
        "de" => ("Was ändert sich für die Familien?", "Drei Dinge:", new[] { "- weniger Unterbrechungen zur Hauptzeit,", "- ein gleichmäßigerer Druck in den oberen Stockwerken,", "- Rechnungen, die kein verlorenes Wasser mehr bezahlen." }),
        "en" => ("What changes for households?", "Three things:", new[] { "- fewer cuts at rush hour;", "- steadier pressure on the top floors;", "- bills that no longer pay for lost water." }),
        "pt" => ("O que muda para as famílias?", "Três coisas:", new[] { "• menos cortes nas horas de ponta,", "• uma pressão mais regular nos andares altos,", "• contas que deixam de pagar a água perdida." }),
        _ => ("Wat verandert er voor gezinnen?", "Drie dingen:", new[] { "- minder onderbrekingen in de spits;", "- een gelijkmatiger druk op de bovenste verdiepingen;", "- rekeningen die geen verloren water meer betalen." }),
    };

    private static string Page(string language, string lead, string[] items)
    {
        var p = Articles.Of(language);
        var (question, _, _) = Answer(language);
        return string.Join("\n\n", "Menu\nSearch\nLogin", p[0], p[1], "12/01/2025", p[2], question, lead + "\n" + string.Join("\n", items), Articles.Closing(language));
    }

    [Theory]
    [InlineData("it")]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void AShortLeadOverClausesUnderAQuestion_IsTheArticles(string language)
    {
        var (_, lead, items) = Answer(language);
        var article = ArticleParser.Parse(Page(language, lead, items));

        Assert.Contains(article.Paragraphs, x => x.Text == lead);
        Assert.Contains(article.Paragraphs, x => x.Text == items[2]);
        Assert.DoesNotContain(article.Boilerplate, x => x.Text == lead);
    }

    // The same lead over items that close on nothing, as a menu's links do: the lead is not read as the article's list's.
    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    [InlineData("nl")]
    public void AShortLeadOverUnpunctuatedItems_StaysChrome(string language)
    {
        var (_, lead, items) = Answer(language);
        var bare = items.Select(item => item.TrimEnd(';', ',', '.')).ToArray();
        var article = ArticleParser.Parse(Page(language, lead, bare));

        Assert.Contains(article.Boilerplate, x => x.Text == lead);
    }
}
