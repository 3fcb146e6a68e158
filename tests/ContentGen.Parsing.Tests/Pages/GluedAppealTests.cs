using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A site's appeal for money printed right under the article's last paragraph, with no blank line between: it asks the
/// reader for help ("helfen Sie uns", "ayúdanos a", "aidez-nous à") or appeals to what the reader values ("si valoras
/// el periodismo", "if you value what we do"). It is set aside with its button and the last paragraph stays; a quoted
/// appeal that someone in the article is reported making stays the article's.
/// </summary>
public sealed class GluedAppealTests
{
    [Theory]
    [InlineData("de", "Lokale Nachrichten kosten Zeit und Geld. Mit einem Abo ab 1 Euro im Monat helfen Sie uns, weiter aus Ihrer Stadt zu berichten.", "Jetzt Abo abschließen")]
    [InlineData("es", "Si valoras el periodismo cercano, hazte socio desde 3 euros al mes y ayúdanos a seguir informando de tu pueblo.", "Hazte socio")]
    [InlineData("fr", "Notre rédaction vit de ses abonnés. Aidez-nous à continuer d'informer votre commune avec une offre à 1 € le premier mois.", "Je m'abonne")]
    [InlineData("it", "Questo giornale vive grazie ai lettori. Se apprezzi il nostro lavoro, aiutaci a raccontare la tua valle con un contributo.", "Sostienici")]
    [InlineData("pt", "Este jornal vive dos seus leitores. Se valoriza o nosso trabalho, ajude-nos a continuar a contar o que se passa na sua terra.", "Apoiar")]
    [InlineData("nl", "Deze krant bestaat dankzij haar lezers. Help ons om te blijven schrijven over jouw dorp, met een bijdrage vanaf 5 euro.", "Doneer")]
    [InlineData("en", "This paper is kept going by its readers. If you value what we do, help us keep a reporter in your town hall.", "Support us")]
    public void AnAppealGluedUnderTheLastParagraph_IsSetAside(string language, string appeal, string button)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", p[0], p[1], p[2], p[3] + "\n" + appeal + "\n" + button, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
        Assert.Contains(article.Boilerplate, b => b.Text == appeal);
    }

    // Guard: an appeal someone in the article is reported making is the article's.
    [Theory]
    [InlineData("de", "„Helfen Sie uns, den Hund zu finden“, sagte die Besitzerin am Dienstag.")]
    [InlineData("fr", "« Aidez-nous à retrouver le chien », a lancé sa propriétaire mardi.")]
    public void AnAppealSomeoneIsReportedMaking_StaysInTheBody(string language, string said)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", p[0], p[1], said, p[2], p[3], "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == said);
    }
}
