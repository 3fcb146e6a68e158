using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 72 (pnew): a broadcast's page prints under its player a link to the file, a short label and in brackets the
/// file's format and size ("Herunterladen (MP3, 4,5 MB)"). The fresh radio page read it as its headline, since it stands
/// right over the article's first paragraph. A size in bytes in a short line's closing brackets is a file's link in every
/// language (<c>FileLinks.IsFileLink</c>): chrome, never the headline.
/// </summary>
public sealed class FileLinkTests
{
    [Theory]
    [InlineData("en", "Skip to content", "Radio Wendover", "Listen", "Broadcast on 4 March 2025, 07:40", "Download (MP3, 4.5 MB)")]
    [InlineData("fr", "Aller au contenu", "Radio Morvan Sud", "À écouter", "Diffusé le 4 mars 2025 à 07:40", "Télécharger (MP3, 4,5 Mo)")]
    [InlineData("de", "Direkt zum Inhalt", "Radio Hochwald Süd", "Zum Anhören", "Sendung vom 4. März 2025, 07:40 Uhr", "Herunterladen (MP3, 4,5 MB)")]
    [InlineData("es", "Ir al contenido", "Radio Tiétar Norte", "Para escuchar", "Emitido el 4 de marzo de 2025, 07:40", "Descargar (MP3, 4,5 MB)")]
    [InlineData("it", "Vai al contenuto", "Radio Frignano Sud", "Da ascoltare", "Andato in onda il 4 marzo 2025, 07:40", "Scarica (MP3, 4,5 MB)")]
    [InlineData("pt", "Ir para o conteúdo", "Rádio Côa Norte", "Para ouvir", "Emitido a 4 de março de 2025, 07:40", "Descarregar (MP3, 4,5 MB)")]
    [InlineData("nl", "Naar hoofdinhoud", "Omroep Vechtstreek", "Luisteren", "Uitgezonden op 4 maart 2025, 07:40", "Download aflevering (MP3, 21 MB)")]
    public void AFilesLink_UnderABroadcastsPlayer_IsNoHeadline(string language, string skip, string station, string listen, string stamp, string file)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", string.Join("\n", skip, station, Articles.GappedMenu(language)), p[0], string.Join("\n", listen, stamp, file),
            p[1], Articles.Byline(language), p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        // The player's label over the stamp is another question: German's "Zum Anhören" is kept as a first paragraph.
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).TakeLast(3));
        Assert.Contains(article.Boilerplate, x => x.Text == file);
    }

    [Theory]
    [InlineData("Herunterladen (MP3, 4,5 MB)", true)]
    [InlineData("Download episode (MP3, 21 MB)", true)]
    [InlineData("Télécharger le PDF (1,2 Mo)", true)]
    [InlineData("Descargar el documento (PDF · 850 KB)", true)]
    [InlineData("Scarica (PDF, 2 MB)", true)]
    [InlineData("Descarregar (MP3; 4.5MB)", true)]
    [InlineData("Download (1 GB)", true)]
    // A format with no size, a size with no bracket, a count in brackets: no file's link.
    [InlineData("Download (MP3)", false)]
    [InlineData("Herunterladen: MP3, 4,5 MB", false)]
    [InlineData("Reacties (214)", false)]
    // A headline longer than a button's label, with a size in its brackets.
    [InlineData("Stadtwerke verlieren Kundendaten im Umfang von Gigabytes (4,5 GB)", false)]
    // Brackets that hold a clause or a length.
    [InlineData("Glasfaser bringt 100 MB (pro Sekunde)", false)]
    [InlineData("Écouter (4:52 min)", false)]
    // A sentence's stop before the brackets.
    [InlineData("Le fichier est prêt. (4,5 Mo)", false)]
    public void OnlyAShortLabelAndAFilesSize_MakeAFileLink(string line, bool link)
        => Assert.Equal(link, FileLinks.IsFileLink(line.AsSpan()));
}
