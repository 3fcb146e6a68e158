namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote standing alone as its sentence, whose next sentence points back to it by its manner: "That
/// was how X described …", "C'est ainsi que X a raconté …", "Así resumió X …", "Foi assim que X
/// descreveu …", "Così ha raccontato X …", "So schilderte X …", "Zo beschreef X …". The words were
/// the subject's of the verb of saying that follows the phrase. A sentence that points back by its
/// manner with no verb of saying after it ("That was how it started"), or whose subject the text does
/// not name, gives no speaker.
/// </summary>
public sealed class ThatWasHowTests
{
    // A second paragraph in the article's language, so that the language is known as a real article's is.
    private static readonly Dictionary<string, string> s_second = new(StringComparer.Ordinal)
    {
        ["Flood hits riverside homes"] = "The council has opened the village hall for families who cannot return to their homes.",
        ["Inondations à Valbreuil"] = "La mairie a ouvert la salle des fêtes pour les familles qui ne peuvent pas rentrer chez elles.",
        ["Inundaciones en Valdelobos"] = "El ayuntamiento ha abierto el polideportivo para las familias que no pueden volver a sus casas.",
        ["Cheias em Ribaforte"] = "A câmara abriu o pavilhão para as famílias que não podem regressar às suas casas.",
        ["Alluvione a Valserena"] = "Il comune ha aperto la palestra per le famiglie che non possono tornare nelle loro case.",
        ["Hochwasser in Talbrunn"] = "Die Gemeinde hat die Turnhalle für die Familien geöffnet, die nicht in ihre Wohnungen zurückkönnen.",
        ["Wateroverlast in Dorpwijk"] = "De gemeente heeft de sporthal geopend voor de gezinnen die niet terug naar huis kunnen.",
    };

    private static string?[] Speakers(string headline, string paragraph) => QuoteSpeakers.Under(headline, paragraph, s_second[headline]);

    [Theory]
    [InlineData("Flood hits riverside homes", "\"It was like a wave coming through the kitchen.\" That was how Peter Lowry, 58, described the moment the river burst its banks.", "Peter Lowry")]
    [InlineData("Flood hits riverside homes", "\"We lost everything in ten minutes.\" That is how shop owner Carol Mebbin recalled the night of the flood.", "Carol Mebbin")]
    [InlineData("Flood hits riverside homes", "\"I thought the roof would go.\" This was how Derek Hain recounted the storm on Tuesday.", "Derek Hain")]
    public void English(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Inondations à Valbreuil", "« L'eau est montée jusqu'aux fenêtres en une heure. » C'est ainsi que Paulette Grimaud, 71 ans, a raconté la nuit de l'inondation.", "Paulette Grimaud")]
    [InlineData("Inondations à Valbreuil", "« Nous avons tout perdu. » C’est ainsi que le boulanger Marc Tessier décrit la crue de mardi.", "Marc Tessier")]
    public void French(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Inundaciones en Valdelobos", "«El agua entró por debajo de la puerta en cuestión de minutos». Así contó ayer Teresa Manzano, de 64 años, la noche de la riada.", "Teresa Manzano")]
    [InlineData("Inundaciones en Valdelobos", "«Lo hemos perdido todo». Así resumía el panadero Julio Castaño la situación del barrio.", "Julio Castaño")]
    [InlineData("Inundaciones en Valdelobos", "«No se veía nada». Así lo recordó Elena Piqueras esta mañana.", "Elena Piqueras")]
    public void Spanish(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Cheias em Ribaforte", "«A água entrou pela porta da cozinha em poucos minutos.» Foi assim que Amélia Rebelo, de 70 anos, descreveu a noite da cheia.", "Amélia Rebelo")]
    [InlineData("Cheias em Ribaforte", "«Perdemos tudo.» Foi assim que o padeiro Rui Valente resumiu a situação do bairro.", "Rui Valente")]
    [InlineData("Cheias em Ribaforte", "«Nunca vi nada assim.» Assim recordou Joana Meireles a noite de terça-feira.", "Joana Meireles")]
    public void Portuguese(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Alluvione a Valserena", "«L'acqua è entrata dalla porta in pochi minuti». Così ha raccontato Teresa Bonfanti, 66 anni, la notte dell'alluvione.", "Teresa Bonfanti")]
    [InlineData("Alluvione a Valserena", "«Abbiamo perso tutto». Così il fornaio Mario Pellegatta ha raccontato la situazione del quartiere.", "Mario Pellegatta")]
    public void Italian(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Hochwasser in Talbrunn", "„Das Wasser kam innerhalb von Minuten durch die Küchentür.“ So beschrieb Gisela Hartung, 69, die Nacht des Hochwassers.", "Gisela Hartung")]
    [InlineData("Hochwasser in Talbrunn", "„Wir haben alles verloren.“ So erzählt Markus Reindl von der Lage im Viertel.", "Markus Reindl")]
    [InlineData("Hochwasser in Talbrunn", "„Wir haben alles verloren.“ So erklärte der Bäckermeister Markus Reindl am Dienstag die Lage im Viertel.", "Markus Reindl")]
    public void German(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    [Theory]
    [InlineData("Wateroverlast in Dorpwijk", "‘Het water kwam binnen een paar minuten door de keukendeur.’ Zo vertelde Truus Wiersma (68) gisteren over de nacht van de overstroming.", "Truus Wiersma")]
    [InlineData("Wateroverlast in Dorpwijk", "‘We zijn alles kwijt.’ Zo vertelt bakker Henk Dijkstra over de situatie in de wijk.", "Henk Dijkstra")]
    public void Dutch(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, Speakers(headline, paragraph));

    // A manner pointing back with no verb of saying: the quote is a sign's, a title's, nobody's.
    [Theory]
    [InlineData("Flood hits riverside homes", "\"Closed until further notice.\" That was how the sign on the bridge read on Tuesday, and Peter Lowry had to turn back.")]
    [InlineData("Flood hits riverside homes", "\"Road closed.\" That was how the week began for Peter Lowry.")]
    [InlineData("Inundaciones en Valdelobos", "«Prohibido el paso». Así empezó la semana para Teresa Manzano.")]
    [InlineData("Cheias em Ribaforte", "«Estrada cortada.» Foi assim que começou a semana para Amélia Rebelo.")]
    [InlineData("Alluvione a Valserena", "«Strada chiusa». Così è cominciata la settimana per Teresa Bonfanti.")]
    [InlineData("Inondations à Valbreuil", "« Route barrée. » C'est ainsi qu'a commencé la semaine pour Paulette Grimaud.")]
    [InlineData("Hochwasser in Talbrunn", "„Straße gesperrt.“ So begann die Woche für Gisela Hartung.")]
    [InlineData("Wateroverlast in Dorpwijk", "‘Weg afgesloten.’ Zo begon de week voor Truus Wiersma.")]
    public void AMannerWithNoVerbOfSaying_GivesNoSpeaker(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, Speakers(headline, paragraph));
}
