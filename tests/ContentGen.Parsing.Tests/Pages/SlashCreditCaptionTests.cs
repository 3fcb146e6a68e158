using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A caption signed after its sentence and a spaced slash with a paper's or an agency's name in capitals ("… en la plaza.
/// / EL ECO"), or with a photographer's initials and surname ("… dalla riva. / G. Bellini"). Under the byline's stamps it is
/// neither the headline nor a paragraph, and the standfirst over it stays the article's. Prose and headlines with a slash
/// are neither.
/// </summary>
public sealed class SlashCreditCaptionTests
{
    [Theory]
    [InlineData("Los vecinos, ante la fuente de la plaza de Valdecina. / EL ECO")]
    [InlineData("La riada, a su paso por el puente viejo de Almedrilla. / EFE")]
    [InlineData("Il sindaco durante la visita al cantiere del ponte. / ANSA")]
    [InlineData("Os bombeiros no combate às chamas na serra do Caramulo. / LUSA")]
    [InlineData("Le maire, devant la nouvelle médiathèque de Vaubrun. / LE COURRIER")]
    [InlineData("Volunteers clear the towpath near the old mill. / GAZETTE")]
    [InlineData("Die neue Brücke über die Lahn am Morgen der Eröffnung. / KREISBOTE")]
    [InlineData("De nieuwe sluis bij Oudewater op de eerste dag. / ANP")]
    [InlineData("Un agente regula el tráfico en la rotonda de entrada. / EUROPA PRESS")]
    public void ACaptionSignedInCapitals_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    [InlineData("Una vecina riega las macetas de su balcón en la calle Real. / J. M. Ortega")]
    [InlineData("Il cantiere del ponte visto dalla riva sinistra. / G. Bellini")]
    [InlineData("O novo centro de dia, na antiga escola primária. / A. L. Sousa")]
    [InlineData("Le chantier de la passerelle, vu depuis le quai. / P. Kerbrat")]
    [InlineData("Runners pass the town hall on the final lap. / J. Whitmore")]
    [InlineData("Die Feuerwehr löscht den Brand in der Scheune. / K. Brandt")]
    [InlineData("De nieuwe wieken worden op hun plaats gehesen. / J.P. Bakker")]
    public void ACaptionSignedWithInitialsAndSurname_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    // Two sentences before the slash: a paragraph, whatever ends it.
    [InlineData("Las obras empezarán en mayo. El coste lo asumirá la Junta. / EFE")]
    // A headline's slash, with no sentence's stop before it.
    [InlineData("Huelga de autobuses en la comarca / ÚLTIMA HORA")]
    [InlineData("Sciopero dei treni regionali / AGGIORNAMENTO")]
    // A number before the slash: a practical line.
    [InlineData("Entradas a 5 euros en la taquilla del teatro. / AGOTADO")]
    // A menu's word, a reader's word or the calendar's in capitals credits no picture.
    [InlineData("Los vecinos votaron en la consulta. / PORTADA DEPORTES")]
    [InlineData("Lee toda la información de la comarca. / SUSCRÍBETE")]
    [InlineData("Der Markt kehrt im Frühjahr zurück. / MONTAG")]
    // A function word in capitals: a phrase, no name.
    [InlineData("The show at the old mill sold every seat. / SOLD OUT")]
    [InlineData("Le concert aura lieu sur la place. / ET APRÈS")]
    // Lower case after the slash: a sentence goes on.
    [InlineData("Abierto de lunes a viernes. / sábados con cita previa")]
    // A name written as names are is the name rule's, not this one's.
    [InlineData("De nieuwe sluis bij Oudewater op de eerste dag. / Anp")]
    public void LinesThatAreNoCapitalsCredit_AreNotRead(string line) => Assert.False(PhotoCredits.EndsWithCapitalsAfterSlash(line));

    [Theory]
    // Initials alone are the initials rule's; a stop after the surname, or more words, is a sentence's.
    [InlineData("Cerrado por obras en el edificio. / P. D.")]
    [InlineData("Le chantier reprendra en septembre. / A. Suivre.")]
    [InlineData("Tickets are on sale at the library. / J. Smith and Sons")]
    // Lower case after the initials: a sentence goes on.
    [InlineData("Las obras acabarán en otoño. / A. partir de junio")]
    // A function word or the calendar's after the initials.
    [InlineData("Der Markt kehrt im Frühjahr zurück. / A. Montag")]
    // Two sentences before the slash: a paragraph.
    [InlineData("Il ponte riapre sabato. Lo ha deciso il Comune. / G. Bellini")]
    // A number before the slash: a practical line.
    [InlineData("Ingresso a 5 euro per gli adulti. / G. Bellini")]
    public void LinesThatAreNoInitialledNameCredit_AreNotRead(string line) => Assert.False(PhotoCredits.EndsWithInitialledNameAfterSlash(line));

    public static TheoryData<string, string> SignedCaptions() => new()
    {
        { "en", "Volunteers clear the towpath near the old mill. / GAZETTE" },
        { "fr", "Le chantier de la passerelle, vu depuis le quai. / P. Kerbrat" },
        { "de", "Die neue Brücke über die Lahn am Morgen der Eröffnung. / KREISBOTE" },
        { "es", "Los vecinos, ante la fuente de la plaza de Valdecina. / EL ECO" },
        { "it", "Il cantiere del ponte visto dalla riva sinistra. / G. Bellini" },
        { "pt", "Os bombeiros no combate às chamas na serra do Caramulo. / LUSA" },
        { "nl", "De nieuwe wieken worden op hun plaats gehesen. / J.P. Bakker" },
    };

    [Theory]
    [MemberData(nameof(SignedCaptions))]
    public void ASignedCaptionUnderTheStamps_IsNeitherTitleNorParagraph_AndTheStandfirstStays(string language, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n",
            Articles.Masthead(language) + "\n" + Articles.GappedMenu(language),
            p[0], Standfirst(language), Byline(language) + "\n" + Dateline(language), caption, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { Standfirst(language), p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A standfirst of one sentence, as the page prints it under the headline.
    private static string Standfirst(string language) => language switch
    {
        "en" => "The council says the work will take most of the summer and cost less than first feared.",
        "fr" => "La mairie prévoit des travaux pendant tout l'été, pour un coût plus faible que prévu.",
        "de" => "Die Arbeiten sollen den ganzen Sommer dauern und weniger kosten als zunächst befürchtet.",
        "es" => "El Ayuntamiento calcula que las obras durarán todo el verano y costarán menos de lo previsto.",
        "it" => "Il Comune prevede che i lavori durino tutta l'estate e costino meno del previsto.",
        "pt" => "A câmara prevê que as obras durem todo o verão e custem menos do que se temia.",
        _ => "De gemeente verwacht dat het werk de hele zomer duurt en minder kost dan gevreesd.",
    };

    private static string Byline(string language) => language switch
    {
        "en" => "Harriet Colby",
        "fr" => "Gwenola Carré",
        "de" => "Jonas Weidemann",
        "es" => "Marta Ruiz Alcón",
        "it" => "Chiara Lodovici",
        "pt" => "Inês Barreto",
        _ => "Femke Verhoeven",
    };

    private static string Dateline(string language) => language switch
    {
        "en" => "Millbrook | 4 March 2026 - 09:10",
        "fr" => "Vaubrun | 4 mars 2026 - 09:10",
        "de" => "Lindenhain | 4. März 2026 - 09:10",
        "es" => "Valdecina | 4 de marzo de 2026 - 09:10 h",
        "it" => "Roccalba | 4 marzo 2026 - 09:10",
        "pt" => "Vale Moinho | 4 de março de 2026 - 09:10",
        _ => "Oudewater | 4 maart 2026 - 09:10",
    };
}
