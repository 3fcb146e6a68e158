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
}
