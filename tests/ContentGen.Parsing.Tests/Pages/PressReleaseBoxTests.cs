using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A press release closes on its sender's box ("À propos du Syndicat …" glued over the sender's blurb) over the press
/// contact ("Contact presse :"): the release's boilerplate. The same lead over the article's own section, with no press
/// contact under it, heads that section and its paragraph stays.
/// </summary>
public sealed class PressReleaseBoxTests
{
    public static TheoryData<string, string, string> Boxes() => new()
    {
        { "en", "About Valley Water\nFounded in 1958, Valley Water supplies drinking water to 31 villages and 24,000 homes.", "Press contact:\nCommunications office, 01234 567890" },
        { "fr", "À propos du Syndicat des eaux de la vallée\nCréé en 1958, le syndicat distribue l'eau potable dans 31 communes.", "Contact presse :\nService communication, 02 33 00 00 00" },
        { "de", "Über die Stadtwerke Lindenbrück\nDie Stadtwerke versorgen seit 1958 rund 24.000 Haushalte mit Wasser und Strom.", "Pressekontakt:\nPressestelle, 0711 123456" },
        { "it", "A proposito di Acque della Valle\nFondata nel 1958, la società serve 31 comuni e 24.000 utenze.", "Contatti stampa:\nUfficio comunicazione, 0125 000000" },
        { "es", "Acerca de la Fundación Ribera\nCreada en 1958, la fundación gestiona el agua de 31 municipios.", "Contacto de prensa:\nGabinete de comunicación, 976 000 000" },
        { "pt", "Acerca da Empresa de Águas do Vale\nCriada em 1958, a empresa abastece 31 freguesias.", "Contacto de imprensa:\nGabinete de comunicação, 253 000 000" },
        { "nl", "Over Waterschap Rivierenland\nHet waterschap zorgt sinds 1958 voor de dijken en het water in 31 gemeenten.", "Perscontact:\nAfdeling communicatie, 0344 000 000" },
    };

    // A paragraph of the release wrapped over two lines, whose first word is another language's lead ("Over", "Sobre", "Chi
    // è"), over the press contact (review, session 24): the release's text.
    [Theory]
    [InlineData("en", "Over the past year the harbour trust has planted\nfour thousand trees along the coast road and the river bank.", "Press contact: Harbour Trust office")]
    [InlineData("es", "Sobre el terreno, los voluntarios del puerto han plantado\ncuatro mil árboles a lo largo de la carretera de la costa.", "Contacto de prensa: oficina del puerto")]
    [InlineData("it", "Chi è stato al porto negli ultimi mesi ha visto\ni volontari piantare quattromila alberi lungo la costa.", "Contatti stampa: ufficio del porto")]
    public void AWrappedParagraphOverThePressContact_Stays(string language, string paragraph, string contact)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], paragraph, contact, "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == paragraph.Replace('\n', ' '));
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ASendersBox_OverThePressContact_IsSetAside(string language, string box, string contact)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], p[3], Articles.Closing(language), box, contact, "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The lead over the article's own last section, with no press contact under it: the section and its paragraph stay.
    [Theory]
    [InlineData("en", "About the new timetable\nThe first buses will run every twenty minutes, and the last will leave the station at midnight.")]
    [InlineData("de", "Über die neue Brücke\nDie Brücke soll im Herbst fertig sein, und bis dahin fahren die Busse über die Umleitung.")]
    public void TheLeadOverTheArticlesSection_Stays(string language, string section)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], p[3], section, Articles.Closing(language), "© 2025");

        var kept = string.Join(" ", ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));

        Assert.Contains(section.Split('\n')[1], kept, StringComparison.Ordinal);
    }

    // The release's notes to the newsrooms or its contact box, the label alone on its line with a few lines glued under it,
    // under the release's last paragraph: the release's boilerplate, in every language, over the sender's box or under it.
    [Theory]
    [InlineData("en", "Notes to editors\nPhotographs of the wardens are available on request.")]
    [InlineData("fr", "Note aux rédactions\nDes photographies du chantier sont disponibles sur demande.")]
    [InlineData("de", "Hinweis für Redaktionen\nFotos der Anlage stellen wir auf Anfrage gern zur Verfügung.")]
    [InlineData("es", "Contacto para medios\nGabinete de comunicación\n976 000 000")]
    [InlineData("it", "Nota per le redazioni\nLe fotografie del cantiere sono disponibili su richiesta.")]
    [InlineData("pt", "Contacto para a imprensa\nGabinete de Comunicação\nimprensa@exemplo.pt | 253 000 000")]
    [InlineData("nl", "Noot voor de redactie\nVoor meer informatie kunt u contact opnemen met de afdeling communicatie.")]
    public void NotesToTheNewsroomsUnderTheRelease_AreSetAside(string language, string box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], p[3], box, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: the label's words opening a paragraph, or the label glued over a paragraph as long as an article's, stay.
    [Theory]
    [InlineData("en", "Notes to editors from the council arrived late on Friday, and the harbour trust said it would answer them within a week.")]
    [InlineData("fr", "Relations presse\nLe syndicat a longtemps entretenu des relations difficiles avec les journalistes de la vallée, qui lui reprochaient de ne jamais répondre aux questions sur le prix de l'eau, sur les fuites du réseau et sur les travaux promis depuis dix ans dans les communes du haut de la vallée, où les habitants attendent toujours.")]
    public void TheLabelsWordsInTheArticlesText_Stay(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], paragraph, p[3], "© 2025");
        var article = ArticleParser.Parse(page);

        var text = paragraph.Substring(paragraph.IndexOf('\n', StringComparison.Ordinal) + 1);
        Assert.Contains(article.Paragraphs, x => x.Text.Contains(text, StringComparison.Ordinal));
    }
}
