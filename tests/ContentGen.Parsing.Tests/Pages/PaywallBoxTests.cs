using System;
using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A metered paywall prints its box mid-article, between two paragraphs: a label, the meter ("You've read 3 of your 4
/// free stories this month."), an offer with its price, a button and a subscriber's login prompt. The label and the button
/// are chrome alone; the meter and the offer read as sentences, and the box's prompt with another chrome line gives the
/// whole group away. An article's short group of lines about subscriptions, prices or a count of articles stays.
/// </summary>
public sealed class PaywallBoxTests
{
    // The box's lines in another outlet's words than the fresh page's: a meter, an offer, a button, a prompt.
    public static TheoryData<string, string[]> Boxes() => new()
    {
        { "en", new[] { "You've read 3 of your 4 free stories this month.", "Get unlimited access for £2 a month for the first year. Cancel anytime.", "Subscribe now", "Already a subscriber? Sign in" } },
        { "fr", new[] { "Vous avez lu vos 3 articles offerts ce mois-ci.", "Profitez de l'offre : 0,99 € le premier mois, puis 9,99 € par mois.", "Je m'abonne", "Déjà abonné ? Se connecter" } },
        { "de", new[] { "Sie haben Ihre 5 kostenlosen Artikel in diesem Monat gelesen.", "Jetzt 3 Monate für 1 € lesen, danach 9,90 € im Monat. Jederzeit kündbar.", "Jetzt testen", "Sie sind bereits Abonnent? Anmelden" } },
        { "es", new[] { "Te quedan 2 noticias gratis este mes.", "Primer año por 29 €. Después, 6,99 € al mes, sin permanencia.", "Suscribirme", "¿Ya eres suscriptor? Entra" } },
        { "it", new[] { "Hai letto 4 articoli gratuiti su 5 questo mese.", "Prova a 1 € per 3 mesi, poi 5,99 € al mese. Disdici quando vuoi.", "Abbonati ora", "Sei già abbonato? Accedi" } },
        { "pt", new[] { "Já leu os seus 6 artigos gratuitos deste mês.", "Assine por 1 € no primeiro mês e depois 5,99 € por mês.", "Assinar agora", "Já é assinante? Inicie sessão" } },
        { "nl", new[] { "Je hebt 3 van je 5 gratis artikelen deze maand gelezen.", "Lees 3 maanden voor € 1, daarna € 12,50 per maand. Altijd opzegbaar.", "Neem een abonnement", "Ben je al abonnee? Log dan in" } },
    };

    private static string Page(string language, string box)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], box, p[3], Articles.Closing(language));
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void APaywallBoxMidArticle_IsNoText_AndTheArticleReadsOn(string language, string[] box)
    {
        var article = ArticleParser.Parse(Page(language, string.Join("\n", box)));

        Assert.Equal(Articles.Headline(language), article.Title);
        foreach (var line in box)
        {
            Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(line, StringComparison.Ordinal));
            Assert.DoesNotContain(article.Sections, section => section.Heading == line);
        }

        var p = Articles.Of(language);
        Assert.Contains(article.Paragraphs, paragraph => paragraph.Text == p[3]);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // An article's group of short lines about a paper's subscriptions, its prices and a count of articles read, with a
    // question naming subscribers: no line of it is a box's chrome alone, so it is the article's.
    [Theory]
    [InlineData("en", "Readers had read 3 free articles a month on average before the change.", "Already a subscriber? Many readers were not, the survey found.", "The paper now charges £2 a month.")]
    [InlineData("es", "Los lectores leían de media 5 artículos gratuitos al mes.", "¿Suscriptores? Solo uno de cada diez, según el estudio.", "El periódico cobra ahora 1 € el primer mes.")]
    [InlineData("de", "Im Schnitt lasen die Nutzer 4 kostenlose Artikel im Monat.", "Abonnenten? Nur jeder Zehnte, so die Studie.", "Die Zeitung verlangt jetzt 9,90 € im Monat.")]
    public void AnArticlesShortLinesAboutSubscriptions_StayText(string language, string first, string second, string third)
    {
        var article = ArticleParser.Parse(Page(language, string.Join("\n", first, second, third)));

        var text = string.Join("\n", article.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(third, text, StringComparison.Ordinal);
    }

    // A subscriber's login prompt alone in its group, glued to no chrome, is read as it was: one sign is not a box.
    [Fact]
    public void APromptWithNoOtherChrome_IsNoBox_TheSentencesBesideItStay()
    {
        const string first = "The club's members pay €40 a year and read the newsletter for free.";
        const string second = "Not a subscriber yet? Ask at the desk.";
        var article = ArticleParser.Parse(Page("en", string.Join("\n", first, second)));

        var text = string.Join("\n", article.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }
}
