namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A line right above a page's first long paragraphs, under six blocks or more, is read as a
/// headline printed under the page's chrome; but a plain article that opens with short paragraphs
/// has no chrome there, only sentences. Its subheading stays a heading, its first line its title,
/// and no paragraph above the subheading is set aside. (The subheading took the title, and the
/// first line and the short paragraphs went to the boilerplate.)
/// </summary>
public sealed class ShortParagraphsTitleTests
{
    // The subheading is the eighth block: the title, six short paragraphs, then it.
    private const int SubheadingIndex = 7;

    [Theory]
    [InlineData(
        "Valley line to reopen next year",
        "The valley railway will reopen next year, the operator said on Monday.",
        "Trains have not run on the line since the floods of 2021.",
        "Work on the bridges is almost finished, engineers said.",
        "The stations at Fenby and Marsh End will get new platforms.",
        "Local shops have welcomed the news.",
        "Tickets will cost the same as before the floods.",
        "Timetable to follow in the spring",
        "The operator said a full timetable would be published in the spring, once the last safety checks on the bridges and the signalling had been completed by the inspectors from the regional rail authority, and that services would start with four trains a day in each direction.",
        "Residents who campaigned for the line to reopen said they were delighted, and that the railway was vital for older people who do not drive and for the pupils who travel each day to the secondary school in the market town at the end of the valley.")]
    [InlineData(
        "Reabre la línea del valle el año próximo",
        "La línea de tren del valle reabrirá el año próximo, según anunció el lunes la empresa operadora.",
        "Los trenes no circulan por la línea desde las inundaciones de 2021.",
        "Las obras de los puentes están casi terminadas, según los ingenieros.",
        "Las estaciones de Fuentecilla y Vegamar tendrán andenes nuevos.",
        "Los comercios de la zona han recibido la noticia con alegría.",
        "Los billetes costarán lo mismo que antes de las inundaciones.",
        "El horario se conocerá en primavera",
        "La empresa explicó que publicará el horario completo en primavera, cuando los inspectores de la autoridad ferroviaria regional hayan terminado las últimas revisiones de seguridad de los puentes y de la señalización, y que el servicio empezará con cuatro trenes diarios en cada sentido.",
        "Los vecinos que pidieron durante años la reapertura de la línea se mostraron encantados y recordaron que el tren es vital para los mayores que no conducen y para los alumnos que viajan cada día al instituto de la villa que hay al final del valle.")]
    [InlineData(
        "La ferrovia della valle riapre l'anno prossimo",
        "La ferrovia della valle riaprirà l'anno prossimo, ha annunciato lunedì la società che la gestisce.",
        "I treni non passano sulla linea dall'alluvione del 2021.",
        "I lavori sui ponti sono quasi finiti, dicono i tecnici.",
        "Le stazioni di Fontebella e Marina Vecchia avranno banchine nuove.",
        "I negozi della zona hanno accolto la notizia con piacere.",
        "I biglietti costeranno come prima dell'alluvione.",
        "L'orario arriverà in primavera",
        "La società ha spiegato che pubblicherà l'orario completo in primavera, quando gli ispettori dell'autorità ferroviaria regionale avranno concluso gli ultimi controlli di sicurezza sui ponti e sulla segnaletica, e che il servizio partirà con quattro treni al giorno in ciascuna direzione.",
        "Gli abitanti che per anni hanno chiesto la riapertura della linea si sono detti felici e hanno ricordato che il treno è indispensabile per gli anziani che non guidano e per gli studenti che ogni giorno raggiungono il liceo del paese in fondo alla valle.")]
    public void ShortParagraphsThenASubheading_KeepTheFirstLineAsTitle(params string[] blocks)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", blocks) + "\n");

        Assert.Equal(blocks[0], article.Title);
        Assert.Empty(article.Boilerplate);
        Assert.Equal(blocks.Skip(1).Where((_, i) => i + 1 != SubheadingIndex), article.Paragraphs.Select(p => p.Text));
        Assert.Equal([blocks[SubheadingIndex]], article.Sections.Select(s => s.Heading).OfType<string>());
    }
}
