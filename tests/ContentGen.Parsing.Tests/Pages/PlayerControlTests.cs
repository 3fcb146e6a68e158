using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A video page dumped to text prints its player's buttons one a line between the headline and the dateline ("Couper le
/// son", "Exit full screen", "Vollbild beenden") and a switch with its state under the playlist ("Lecture automatique :
/// activée"). They are chrome, and never the headline however near the dateline they stand. A subheading that opens with
/// a button's words and goes on ("Pantalla completa en el cine") is the article's.
/// </summary>
public sealed class PlayerControlTests
{
    private const string Header = "Skip to content\nValley TV\nNews  Video  Weather  Replay\nSign in";

    // A broadcaster's header, one link a line, and the video's breadcrumb: chrome enough above the headline that the line
    // nearest the dateline may win the title.
    private const string VideoHeader = "Valley TV\nHome\nNews\nVideo\nReplay\nLive\nWeather\nSign in\n\nVideo › Society";

    public static TheoryData<string, string, string, string, string> Players() => new()
    {
        { "en", "Ferry crews at Harbourton vote to strike over the winter timetable", "Exit full screen", "Turn sound off", "By Tom Vale" },
        { "fr", "Le marché couvert de Saint-Aubin rouvre après deux ans de travaux", "Quitter le plein écran", "Activer le son", "Par Anne Lorin" },
        { "de", "Das Hallenbad in Nordhafen bleibt bis zum Herbst geschlossen", "Vollbild beenden", "Ton aus", "Von Jana Kolb" },
        { "es", "El mercado de abastos de Villalba reabre tras dos años de obras", "Salir de pantalla completa", "Quitar silencio", "Por Marta Ruiz" },
        { "it", "Il mercato coperto di Portovalle riapre dopo due anni di lavori", "Esci da schermo intero", "Disattiva l'audio", "di Paolo Neri" },
        { "pt", "O mercado municipal de Vila Alba reabre depois de dois anos de obras", "Sair do ecrã inteiro", "Ativar o som", "Por Rui Sousa" },
        { "nl", "De overdekte markt in Sluisdonk gaat na twee jaar weer open", "Volledig scherm sluiten", "Geluid aan", "Door Eva Mol" },
    };

    public static TheoryData<string, string> Switches() => new()
    {
        { "en", "Autoplay: off" },
        { "fr", "Lecture automatique : désactivée" },
        { "de", "Automatische Wiedergabe: an" },
        { "es", "Reproducción automática: activada" },
        { "it", "Riproduzione automatica: disattivata" },
        { "pt", "Reprodução automática: ligada" },
        { "nl", "Automatisch afspelen: uit" },
    };

    // Subheadings that open with a button's words and go on: the article's own.
    public static TheoryData<string, string> Subheadings() => new()
    {
        { "en", "Full screen for the cup final" },
        { "fr", "Plein écran pour le cinéma du quartier" },
        { "de", "Untertitel für die Gehörlosen im Saal" },
        { "es", "Pantalla completa en el cine de verano" },
        { "it", "Schermo intero per il cinema all'aperto" },
        { "pt", "Ecrã inteiro no cinema ao ar livre" },
        { "nl", "Volledig scherm in de oude bioscoop" },
    };

    private static string Body(string language)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", p[1], p[2], p[3]);
    }

    [Theory]
    [MemberData(nameof(Players))]
    public void APlayersButtons_OverTheDateline_AreNoTitle(string language, string headline, string first, string second, string byline)
    {
        var p = Articles.Of(language);
        var controls = string.Join("\n", "Play", "Pause", "00:00 / 02:31", first, second);
        var page = string.Join("\n\n", VideoHeader, headline, controls, Articles.Dateline(language) + "\n" + byline, Body(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Players))]
    public void APlayersButton_AloneOnItsLine_IsChrome(string language, string headline, string first, string second, string byline)
    {
        _ = (first, byline);
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, headline, Articles.Dateline(language), p[1], p[2], second, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading == second);
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public void APlayersSwitch_WithItsState_IsChrome(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, p[0], Articles.Dateline(language), p[1], p[2], line, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading == line);
    }

    [Theory]
    [MemberData(nameof(Subheadings))]
    public void ASubheading_OpeningWithAButtonsWords_StaysTheArticles(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, p[0], Articles.Dateline(language), p[1], p[2], heading, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Sections, s => s.Heading == heading);
    }
}
