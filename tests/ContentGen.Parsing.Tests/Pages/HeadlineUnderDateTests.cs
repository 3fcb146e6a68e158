using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline deep under a page's chrome, after a section's kicker and the date printed over it: the date is the
/// headline's, not the line above it (a "latest news" box's headlines), and a box of headlines each after its time of day
/// is no article's first paragraph.
/// </summary>
public sealed class HeadlineUnderDateTests
{
    // A "latest" box: the other stories' headlines, glued one under another, with no times.
    [Theory]
    [InlineData("en", "Breaking news", "Crash closes the coast road for three hours\nRovers lose at home and drop to fourth", "SOCIETY", "14 Mar 2025, 16:05")]
    [InlineData("fr", "Dernière minute", "Un accident coupe la route de la côte pendant trois heures\nLe club perd à domicile et recule à la quatrième place", "SOCIÉTÉ", "14 mars 2025, 16:05")]
    [InlineData("de", "Eilmeldungen", "Unfall sperrt die Küstenstraße für drei Stunden\nDer Verein verliert zu Hause und fällt auf Platz vier", "GESELLSCHAFT", "14.03.2025, 16:05")]
    [InlineData("es", "Última hora", "Un accidente corta la carretera de la costa durante tres horas\nEl club pierde en casa y cae al cuarto puesto", "SOCIEDAD", "14 mar 2025, 16:05")]
    [InlineData("it", "Ultim'ora", "Incidente blocca la strada costiera per tre ore\nLa squadra perde in casa e scende al quarto posto", "SOCIETÀ", "14 mar 2025, 16:05")]
    [InlineData("pt", "Última hora", "Acidente corta a estrada da costa durante três horas\nO clube perde em casa e desce ao quarto lugar", "SOCIEDADE", "14 Mar 2025, 16:05")]
    [InlineData("nl", "Laatste nieuws", "Ongeval sluit de kustweg drie uur lang af\nDe club verliest thuis en zakt naar de vierde plaats", "SAMENLEVING", "14 mrt 2025, 16:05")]
    public void ADateOverTheHeadline_IsTheHeadlines_NotTheBoxAboveIt(string language, string label, string box, string kicker, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), label + "\n" + box, kicker + "\n" + date + "\n" + p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Short paragraphs under the standfirst and the byline, the first long one further down: the stack still marks the
    // headline above them.
    [Theory]
    [InlineData("en", "Most read", "Crash closes the coast road for three hours\nRovers lose at home and drop to fourth", "Region", "Tue 11 March 2025 at 15:40", "By Ana Gil", "The council decided it on Monday.")]
    [InlineData("de", "Meistgelesen", "Unfall sperrt die Küstenstraße für drei Stunden\nDer Verein verliert zu Hause und fällt auf Platz vier", "Region", "Di 11.03.2025, 15:40 Uhr", "Von Ana Gil", "Das hat der Rat am Montag beschlossen.")]
    [InlineData("nl", "Meest gelezen", "Ongeval sluit de kustweg drie uur lang af\nDe club verliest thuis en zakt naar de vierde plaats", "Regio", "di 11 maart 2025 om 15:40", "Door Ana Gil", "Dat heeft de raad maandag beslist.")]
    public void ADateOverTheHeadline_OverShortParagraphs_IsTheHeadlines(string language, string label, string box, string kicker, string date, string byline, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), label + "\n" + box, kicker + "\n" + date + "\n" + p[0], p[1], byline, p[2], p[3], sentence, Articles.Closing(language));

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    // No kicker: a date alone over the headline is the headline's when the block over the date is a box of other stories'
    // headlines under its label; a headline, its date and a deck stand in that order too, with nothing boxed above.
    [Theory]
    [InlineData("en", "Breaking news", "Crash closes the coast road for three hours\nRovers lose at home and drop to fourth", "14 Mar 2025, 16:05")]
    [InlineData("fr", "Dernière minute", "Un accident coupe la route de la côte pendant trois heures\nLe club perd à domicile et recule à la quatrième place", "14 mars 2025, 16:05")]
    [InlineData("de", "Eilmeldungen", "Unfall sperrt die Küstenstraße für drei Stunden\nDer Verein verliert zu Hause und fällt auf Platz vier", "14.03.2025, 16:05")]
    [InlineData("es", "Última hora", "Un accidente corta la carretera de la costa durante tres horas\nEl club pierde en casa y cae al cuarto puesto", "14 mar 2025, 16:05")]
    [InlineData("it", "Ultim'ora", "Incidente blocca la strada costiera per tre ore\nLa squadra perde in casa e scende al quarto posto", "14 mar 2025, 16:05")]
    [InlineData("pt", "Última hora", "Acidente corta a estrada da costa durante três horas\nO clube perde em casa e desce ao quarto lugar", "14 Mar 2025, 16:05")]
    [InlineData("nl", "Laatste nieuws", "Ongeval sluit de kustweg drie uur lang af\nDe club verliest thuis en zakt naar de vierde plaats", "14 mrt 2025, 16:05")]
    public void ADateAloneOverTheHeadline_UnderABoxOfHeadlines_IsTheHeadlines(string language, string label, string box, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), label + "\n" + box, date + "\n" + p[0], p[1], p[2], p[3]);

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    // Guard: a headline, its date and a deck printed without its stop, nothing boxed over them: the date stays the headline's.
    [Theory]
    [InlineData("en", "14 Mar 2025, 16:05", "Residents of the outer villages have asked for a late service for more than ten years")]
    [InlineData("es", "14 mar 2025, 16:05", "Los vecinos de los pueblos más alejados llevan más de diez años pidiendo un servicio de noche")]
    [InlineData("de", "14.03.2025, 16:05", "Die Bewohner der äußeren Dörfer fordern seit mehr als zehn Jahren eine späte Verbindung")]
    public void AHeadlineOverItsDateAndADeck_StaysTheTitle(string language, string date, string deck)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), p[0], date, deck, p[1], p[2], p[3], Articles.Closing(language));

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    // The same page with the date and the kicker each on a line set apart.
    [Theory]
    [InlineData("en", "Breaking news", "Crash closes the coast road for three hours\nRovers lose at home and drop to fourth", "14 Mar 2025, 16:05")]
    [InlineData("es", "Última hora", "Un accidente corta la carretera de la costa durante tres horas\nEl club pierde en casa y cae al cuarto puesto", "14 mar 2025, 16:05")]
    [InlineData("pt", "Última hora", "Acidente corta a estrada da costa durante três horas\nO clube perde em casa e desce ao quarto lugar", "14 Mar 2025, 16:05")]
    public void ADateSetApartOverTheHeadline_IsTheHeadlines(string language, string label, string box, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), label + "\n" + box, "CULTURE\n" + date, p[0], p[1], p[2], p[3]);

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    // A box of the latest stories, each after its time of day: a list of links, not the article's first paragraph.
    [Theory]
    [InlineData("en", "Latest", "10:32 Water cuts in the harbour district on Thursday morning after a burst main\n09:15 Rovers sign a young defender on loan from the county's top club\n08:50 Stalls for the summer fair in the old market open to bookings")]
    [InlineData("fr", "En continu", "10:32 Coupures d'eau jeudi matin dans le quartier du port après une fuite\n09:15 Le club recrute un jeune défenseur prêté par le voisin de la ville\n08:50 Les stands de la foire d'été sur la place sont ouverts aux réservations")]
    [InlineData("de", "Neueste Meldungen", "10:32 Wasser im Hafenviertel am Donnerstagmorgen nach einem Rohrbruch abgestellt\n09:15 Der Verein holt einen jungen Verteidiger als Leihspieler vom Nachbarn\n08:50 Anmeldung für die Stände der Sommerkirmes auf dem alten Markt beginnt")]
    [InlineData("es", "Lo último", "10:32 Cortes de agua el jueves por la mañana en el barrio del puerto tras una avería\n09:15 El club ficha a un joven defensa cedido por el vecino de la ciudad\n08:50 Abre el plazo para las casetas de la feria de verano en la plaza")]
    [InlineData("it", "Le ultime", "10:32 Acqua sospesa giovedì mattina nel quartiere del porto per un guasto alla rete\n09:15 La squadra ingaggia un giovane difensore in prestito dai vicini di casa\n08:50 Aperte le iscrizioni per le bancarelle della fiera d'estate in piazza")]
    [InlineData("pt", "Últimas", "10:32 Cortes de água na quinta-feira de manhã no bairro do porto por causa de uma avaria\n09:15 O clube contrata um jovem defesa emprestado pelo vizinho da cidade\n08:50 Abrem as inscrições para as barracas da feira de verão na praça")]
    [InlineData("nl", "Net binnen", "10:32 Water donderdagochtend afgesloten in de havenwijk na een gesprongen leiding\n09:15 De club haalt een jonge verdediger op huurbasis bij de buren\n08:50 Inschrijving voor de kramen van de zomerkermis op de oude markt geopend")]
    public void ABoxOfTimedHeadlines_IsNoParagraph_AndTheHeadlineUnderItWins(string language, string label, string box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Chrome(), label + "\n" + box, "12/03/2025", "NEWS", p[0], "Ana Gil\n12/03/2025 11:40", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A live page's entries, each after its time, stay the article's paragraphs: they are sentences, not headlines.
    [Theory]
    [InlineData("en", "10:32 The police have closed the coast road after a crash near the harbour.\n10:50 Traffic is being sent through the villages, and drivers should expect long delays.")]
    [InlineData("es", "10:32 La policía ha cortado la carretera de la costa tras un accidente cerca del puerto.\n10:50 El tráfico se desvía por los pueblos, y los conductores deben esperar retrasos.")]
    public void ALivePagesTimedEntries_StayItsParagraphs(string language, string entries)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], entries, p[2]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Paragraphs, x => x.Text.StartsWith("10:32", System.StringComparison.Ordinal));
    }

    private static string Chrome() => string.Join("\n\n", "Skip to content\nThe Valley Courier\nSubscribe\nLog in", "Home\nRegion\nSport\nBusiness\nCulture\nOpinion\nObituaries");
}
