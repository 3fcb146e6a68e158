using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump wraps a chrome line as it wraps a paragraph: a subscription appeal's last words go on to a
/// line of their own ("Soutenez une information locale : abonnez-vous dès 1 €" / "le premier mois.").
/// When a line set aside as chrome is followed, in the same group, by one short line that goes on from
/// it mid-sentence and ends it, that line is the chrome's too. Before, it stayed as a paragraph of
/// its own. A longer text under a chrome line stays the article's.
/// </summary>
public sealed class ChromeRunOnTests
{
    [Theory]
    [InlineData("fr", "Soutenez une information locale et indépendante : abonnez-vous dès 1", "euro le premier mois.")]
    [InlineData("fr", "Soutenez une information locale et indépendante : abonnez-vous dès 1 €", "le premier mois.")]
    [InlineData("en", "Support our journalism: subscribe to the Courier for just £1", "a month.")]
    [InlineData("en", "Support our journalism: subscribe to the Courier for just one", "pound a month.")]
    [InlineData("de", "Unterstützen Sie unabhängigen Lokaljournalismus: Jetzt abonnieren für nur einen", "Euro im ersten Monat.")]
    [InlineData("es", "Apoya el periodismo local e independiente: suscríbete por solo 1", "euro el primer mes.")]
    public void TheLastWordsOfAWrappedAppeal_GoWithIt(string language, string appeal, string runOn)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal + "\n" + runOn));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == runOn);
    }

    [Fact]
    public void ALongerTextUnderAChromeLine_Stays()
    {
        var p = Articles.Of("fr");
        const string runOn = "les habitants pourront suivre les travaux sur le site de la mairie, qui publiera chaque semaine un point d'étape.";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], "Partager\n" + runOn, p[3]));

        Assert.Contains(runOn, article.Paragraphs.Select(x => x.Text));
    }
}
