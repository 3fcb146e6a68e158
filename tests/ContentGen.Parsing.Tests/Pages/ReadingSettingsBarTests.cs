using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A read-later app or a browser's reading view prints its display settings on one line parted by middle dots or bars
/// ("Dark mode · Text size: A- A+ · Font: Serif"): a setting alone, or a setting's label, a colon and its short value. Such a
/// line names nothing the article says: it is chrome, never the headline, and its last part is no source (the app's
/// toolbar was read as the title and its font setting as the source). Guards: a headline with its site after a bar, a
/// credit line whose first part names a source (`Fonte: ANSA`), and a subheading opening on a setting's word stay the
/// article's.
/// </summary>
public sealed class ReadingSettingsBarTests
{
    // Other settings, other values and another order in each language than the page that showed the toolbar.
    public static TheoryData<string, string> Bars() => new()
    {
        { "en", "Font size: 18 px · Night mode · Line spacing: wide" },
        { "fr", "Mode nuit · Interligne : 1,5 · Taille des caractères : A+" },
        { "de", "Dunkelmodus · Schriftgröße: A- A+ · Schriftart: Serif" },
        { "es", "Modo oscuro | Tamaño de letra: grande | Tipo de letra: Georgia" },
        { "it", "Modalità scura · Dimensione del testo: A- A+ · Carattere: Serif" },
        { "pt", "Modo noturno · Tamanho da letra: A+ · Espaçamento entre linhas: 1,5" },
        { "nl", "Lettergrootte: groot | Donkere modus | Lettertype: Sans" },
        { "en", "Reading mode · Text size: A- A+ · Typeface: Georgia" },
        { "fr", "Mode lecture · Taille de police : 120 % · Police de caractères : Garamond" },
        { "de", "Lesemodus · Zeilenabstand: 1,5 · Textgröße: A+" },
        { "es", "Modo nocturno · Interlineado: 1,5 · Tamaño del texto: A- A+" },
        { "it", "Modalità notte · Interlinea: ampia · Tipo di carattere: Garamond" },
        { "pt", "Modo escuro · Tamanho do texto: A- A+ · Tipo de letra: Serif" },
        { "nl", "Nachtmodus · Regelafstand: 1,5 · Tekstgrootte: A- A+" },
    };

    private static string ReaderHeader(string language) => language switch
    {
        "en" => "Pocketshelf\nMy list · Archive · Favourites · Tags\n← Back to my list\n\nSaved from valleypost.example\nSaved on 5 March 2025",
        "fr" => "Lisette\nMa liste · Archives · Favoris\n← Retour à ma liste\n\nEnregistré depuis valleepost.example\nEnregistré le 5 mars 2025",
        "de" => "Leseecke\nMeine Liste · Archiv · Favoriten\n← Zurück zur Liste\n\nGespeichert von talpost.example\nGespeichert am 05.03.2025",
        "es" => "Leelo\nMi lista · Archivo · Favoritos\n← Volver a mi lista\n\nGuardado desde valleposta.example\nGuardado el 5 de marzo de 2025",
        "it" => "Leggilo\nLa mia lista · Archivio · Preferiti\n← Torna alla lista\n\nSalvato da vallepost.example\nSalvato il 5 marzo 2025",
        "pt" => "Leitorio\nA minha lista · Arquivo · Favoritos\n← Voltar à lista\n\nGuardado de valeposta.example\nGuardado em 5 de março de 2025",
        _ => "Leeshoek\nMijn lijst · Archief · Favorieten\n← Terug naar mijn lijst\n\nOpgeslagen van dalpost.example\nOpgeslagen op 5 maart 2025",
    };

    [Theory]
    [MemberData(nameof(Bars))]
    public void ASettingsBar_OverTheHeadline_IsNoTitleNorSource(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", ReaderHeader(language) + "\n" + bar, p[0], Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        if (article.Source is { } source)
        {
            Assert.DoesNotContain(source, bar, StringComparison.Ordinal);
        }

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    private static string By(string language) => language switch
    {
        "en" => "By Tom Vale",
        "fr" => "Par Anne Lorin",
        "de" => "Von Jana Kolb",
        "es" => "Por Marta Ruiz",
        "it" => "di Paolo Neri",
        "pt" => "Por Rui Sousa",
        _ => "Door Eva Mol",
    };

    // The saved copy's own line under the headline names the outlet, the writer and the date: the outlet is the source.
    [Theory]
    [MemberData(nameof(Bars))]
    public void ASettingsBar_OverAHeadlineWithTheOutletsLine_IsNoTitleNorSource(string language, string bar)
    {
        var p = Articles.Of(language);
        var outletLine = string.Join(" · ", Articles.Masthead(language), By(language), Articles.Dateline(language));
        var page = string.Join("\n\n", ReaderHeader(language) + "\n" + bar, p[0], outletLine, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(Articles.Masthead(language), article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Bars))]
    public void ASettingsBar_AloneOnItsLine_IsNavigation(string language, string bar)
    {
        _ = language;
        Assert.Equal(BoilerplateKind.Navigation, ContentGen.Parsing.Structure.BoilerplateLines.ClassifyLine(bar));
    }

    // Guards: lines parted by bars or dots whose parts are no settings, or that open on a setting's word and go on.
    [Theory]
    [InlineData("Fonte: ANSA · 5 marzo 2025")]
    [InlineData("Fonte: Lusa | 5 de março de 2025")]
    [InlineData("Police : trois interpellations · Justice : un procès en mai")]
    [InlineData("Dark mode for the town hall · Valley Post")]
    [InlineData("Carattere: il bilancio · Cronaca")]
    [InlineData("Fonte: ANSA · Cronaca")]
    [InlineData("Schrift: Leben und Werk eines Setzers · Kultur")]
    [InlineData("Lettertype: een leven lang letters zetten | Dagblad De Vechtstreek")]
    public void LinesThatAreNoSettingsBar_AreNotReadAsOne(string line)
        => Assert.False(ContentGen.Parsing.Structure.ReadingSettingsBars.IsSettingsBar(line));

    [Theory]
    [InlineData("en", "Dark mode at the town hall", "Valley Post")]
    [InlineData("fr", "Police : trois interpellations après la course", "Le Courrier du Val")]
    [InlineData("pt", "Fonte de água reabre no largo", "Jornal do Vale")]
    public void AHeadlineWithItsSite_OpeningOnASettingsWord_KeepsBoth(string language, string headline, string site)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", headline + " | " + site, p[1], p[2], p[3]));

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }
}
