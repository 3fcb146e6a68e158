using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A scrape that cut the page's header off begins with the headline, then the deck (a long line, no sentence's stop), then
/// the byline and the date: the first line is the title, as it is under a header's chrome, never the deck.
/// </summary>
public sealed class HeadlineFirstOnThePageTests
{
    // language | headline | deck | byline | date
    public static TheoryData<string, string, string, string, string> Tops() => new()
    {
        { "en", "Swimming pool to reopen after a year of repairs", "The council says the new roof and heating will cut the running costs of the baths by a third", "By Helen Marsh", "3 March 2025, 10:40" },
        { "en", "New bus station opens on the old goods yard", "Twelve bays and a covered waiting room replace the stops scattered around the market square", "By Tom Reed", "12 May 2025" },
        { "fr", "La piscine rouvre après un an de travaux", "La nouvelle toiture et le chauffage doivent réduire d'un tiers les frais de fonctionnement du bassin", "Par Luc Martin", "3 mars 2025 à 10h40" },
        { "fr", "Une gare routière ouvre sur l'ancien site de fret", "Douze quais et une salle d'attente couverte remplacent les arrêts dispersés autour de la place", "Par Claire Duval", "12 mai 2025" },
        { "de", "Hallenbad öffnet nach einem Jahr Sanierung wieder", "Das neue Dach und die Heizung sollen die Betriebskosten des Bades um ein Drittel senken", "Von Anna Berg", "03.03.2025, 10:40 Uhr" },
        { "de", "Neuer Busbahnhof auf dem alten Güterbahnhof eröffnet", "Zwölf Bussteige und ein überdachter Warteraum ersetzen die verstreuten Haltestellen am Markt", "Von Jonas Keller", "12.05.2025" },
        { "es", "La piscina reabre tras un año de obras", "El nuevo tejado y la calefacción reducirán en un tercio los gastos de funcionamiento de las instalaciones", "Por Pablo Ruiz", "3 de marzo de 2025 - 10:40" },
        { "es", "Abre la nueva estación de autobuses en la antigua estación de mercancías", "Doce andenes y una sala de espera cubierta sustituyen a las paradas dispersas por la plaza", "Por Lucía Ortega", "12 de mayo de 2025" },
        { "it", "La piscina riapre dopo un anno di lavori", "Il nuovo tetto e il riscaldamento ridurranno di un terzo i costi di gestione dell'impianto comunale", "di Marco Rinaldi", "3 marzo 2025 - 10:40" },
        { "it", "Apre la nuova autostazione nell'ex scalo merci", "Dodici stalli e una sala d'attesa coperta sostituiscono le fermate sparse intorno alla piazza", "di Giulia Ferri", "12 maggio 2025" },
        { "pt", "Piscina reabre depois de um ano de obras", "O novo telhado e o aquecimento vão reduzir em um terço os custos de funcionamento do equipamento", "Por Rui Lopes", "3 de março de 2025, 10:40" },
        { "pt", "Nova central de autocarros abre no antigo parque de mercadorias", "Doze cais e uma sala de espera coberta substituem as paragens espalhadas pela praça", "Por Ana Sousa", "12 de maio de 2025" },
        { "nl", "Zwembad gaat na een jaar verbouwing weer open", "Het nieuwe dak en de verwarming moeten de kosten van het bad met een derde verlagen volgens de gemeente", "Door Sanne Bakker", "3 maart 2025, 10:40" },
        { "nl", "Nieuw busstation geopend op het oude goederenterrein", "Twaalf perrons en een overdekte wachtruimte vervangen de verspreide haltes rond het marktplein", "Door Pieter de Vries", "12 mei 2025" },
    };

    [Theory]
    [MemberData(nameof(Tops))]
    public void TheFirstLine_OverTheDeck_IsTheTitle(string language, string headline, string deck, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", headline, deck, byline + "\n" + date, p[1], p[2], Articles.Closing(language), p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(deck, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: under a header's chrome the same page reads as before, headline first, and a site's name alone on the first
    // line is no headline.
    [Theory]
    [MemberData(nameof(Tops))]
    public void UnderChrome_OrASiteName_TheHeadlineStaysTheTitle(string language, string headline, string deck, string byline, string date)
    {
        var p = Articles.Of(language);
        var body = new[] { headline, deck, byline + "\n" + date, p[1], p[2], Articles.Closing(language), p[3] };
        var underChrome = string.Join("\n\n", new[] { "Home | News | Sport | Weather", "News > Local" }.Concat(body));
        var underSite = string.Join("\n\n", new[] { "Valley Gazette" }.Concat(body));

        Assert.Equal(headline, ArticleParser.Parse(underChrome).Title);
        Assert.Equal(headline, ArticleParser.Parse(underSite).Title);
    }

    // Guard: a short line right under the headline with no byline under it is no deck: a plain article's first subheading
    // over its paragraphs stays a heading.
    [Theory]
    [MemberData(nameof(Tops))]
    public void AShortLineWithNoBylineUnder_StaysAHeading(string language, string headline, string deck, string byline, string date)
    {
        _ = (deck, byline, date);
        var p = Articles.Of(language);
        var subheading = language switch
        {
            "en" => "What happens next",
            "fr" => "La suite du projet",
            "de" => "Wie es weitergeht",
            "es" => "Los próximos pasos",
            "it" => "I prossimi passi",
            "pt" => "Os próximos passos",
            _ => "Hoe het verder gaat",
        };
        var page = string.Join("\n\n", headline, subheading, p[1], p[2], Articles.Closing(language), p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(article.Sections, s => s.Heading == subheading);
    }
}
