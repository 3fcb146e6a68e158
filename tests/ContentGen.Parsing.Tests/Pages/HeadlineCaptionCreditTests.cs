namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline with the lead picture's caption glued under it, the caption ending on the picture's credit ("… since April.
/// Photo: …"): a dump that wraps the caption puts its stop inside a line, before the credit, so no line ends the sentence.
/// The credit's word and colon after the stop end the caption as a stop does: the caption opens a block of its own under the
/// headline, which is the title whether the page is wrapped or printed a paragraph a line. A stop followed by a colon after
/// another word ("Update: …") is no credit, and the lines stay as they were.
/// </summary>
public sealed class HeadlineCaptionCreditTests
{
    // A headline, the caption's two lines as a dump wrapped them (the stop and the credit on the second), and the caption
    // on one line as the page printed it.
    public static TheoryData<string, string, string, string> Captions() => new()
    {
        { "en", "Council agrees to rebuild the footbridge over the River Lune", "The old timber crossing by the weir has been shut since", "April. Photo: Wexley Courier/Archive" },
        { "fr", "Le conseil vote la reconstruction de la passerelle du moulin", "Le vieux pont de bois près du barrage est fermé depuis le", "printemps. Photo : Le Courrier de la Vère/Archives" },
        { "de", "Gemeinderat beschließt Neubau des Stegs über die Wende", "Der alte Holzsteg am Wehr ist seit dem Sommer für alle", "gesperrt. Foto: Wendeler Anzeiger/Archiv" },
        { "es", "El pleno aprueba reconstruir la pasarela sobre el río Lerma", "La vieja pasarela de madera junto a la presa está cerrada", "desde abril. Foto: Diario del Lerma/Archivo" },
        { "it", "Il consiglio approva la nuova passerella sul torrente Orvella", "La vecchia passerella di legno vicino alla diga è chiusa da", "aprile. Foto: Gazzetta di Orvella/Archivio" },
        { "nl", "Gemeenteraad stemt in met nieuwe voetbrug over de Vlietsloot", "De oude houten brug bij de stuw is al sinds april voor alle", "verkeer gesloten. Foto: Vlietbode/Archief" },
        { "pt", "Câmara aprova a reconstrução da ponte pedonal sobre o rio Alva", "A velha ponte de madeira junto ao açude está fechada desde", "abril. Foto: Jornal do Alva/Arquivo" },
    };

    private const int Width = 60;

    private static string Page(string language, string titleAndCaption)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { p[1], p[2], p[3], Articles.Closing(language) }.Select(paragraph => HardWrap.Lines(paragraph, Width)));
        return CourierHeader.Lines(language) + "\n\n" + titleAndCaption + "\n\n" + body + "\n\n© 2025 " + CourierHeader.Site;
    }

    [Theory]
    [MemberData(nameof(Captions))]
    public void ACaptionEndingOnItsCredit_GluedUnderAHeadline_IsABlockOfItsOwn(string language, string headline, string first, string last)
    {
        _ = language;
        Assert.Equal([headline, first + " " + last], SplitBlocks.Of(headline, first, last));
    }

    [Theory]
    [MemberData(nameof(Captions))]
    public void TheHeadline_OverACreditedCaption_IsTheTitle_OnAWrappedPage(string language, string headline, string first, string last)
        => Assert.Equal(headline, ArticleParser.Parse(Page(language, headline + "\n" + first + "\n" + last)).Title);

    [Theory]
    [MemberData(nameof(Captions))]
    public void TheHeadline_OverACreditedCaption_IsTheTitle_WithTheCaptionOnOneLine(string language, string headline, string first, string last)
        => Assert.Equal(headline, ArticleParser.Parse(Page(language, headline + "\n" + first + " " + last)).Title);

    // A colon after a word that credits no picture: the stop inside the line is a sentence's, and the lines stay one block
    // as the width glued them.
    [Fact]
    public void AStopBeforeAColon_AfterNoCreditWord_KeepsTheLinesTogether()
        => Assert.Single(SplitBlocks.Of(
            "Council agrees to rebuild the footbridge over the River Lune",
            "The old timber crossing by the weir has been shut since",
            "April. Update: the council will vote again in May"));
}
