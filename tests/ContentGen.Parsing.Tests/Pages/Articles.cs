namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Short news articles written for these tests, one per language: a headline and three
/// paragraphs, the last of which is an ordinary closing paragraph that must stay in the body.
/// </summary>
internal static class Articles
{
    public static TheoryData<string> Languages() => new() { "en", "fr", "de", "es", "it", "pt", "nl" };

    public static string Headline(string language) => Of(language)[0];

    /// <summary>The article's last paragraph.</summary>
    public static string LastParagraph(string language) => Of(language)[^1];

    /// <summary>The article as a plain text seed: headline, blank line, paragraphs.</summary>
    public static string Text(string language) => string.Join("\n\n", Of(language));

    /// <summary>A header's menu, its sections parted by gaps, as a page prints it over the headline: no headline itself.</summary>
    public static string GappedMenu(string language) => language switch
    {
        "en" => "News  Local  Sport  Opinion  Weather",
        "fr" => "Actualité  Sports  Loisirs  Annonces",
        "de" => "Lokales  Politik  Sport  Kultur",
        "es" => "Portada  Local  Deportes  Opinión",
        "it" => "Cronaca  Politica  Sport  Cultura",
        "pt" => "Região  Sociedade  Desporto  Opinião",
        _ => "Nieuws  Regio  Sport  Cultuur",
    };

    /// <summary>A regional paper's name, as its masthead prints it over the menu.</summary>
    public static string Masthead(string language) => language switch
    {
        "en" => "Wendover Chronicle",
        "fr" => "Le Journal du Morvan",
        "de" => "Hochwälder Anzeiger",
        "es" => "Diario del Tiétar",
        "it" => "Gazzetta del Frignano",
        "pt" => "Jornal do Côa",
        _ => "Dagblad De Vechtstreek",
    };

    /// <summary>The date under the headline, as each language prints it.</summary>
    public static string Dateline(string language) => language switch
    {
        "en" => "4 March 2025",
        "fr" => "4 mars 2025",
        "de" => "04.03.2025",
        "es" => "4 de marzo de 2025",
        "it" => "4 marzo 2025",
        "pt" => "4 de março de 2025",
        _ => "4 maart 2025",
    };

    /// <summary>A byline under the headline, as each language prints it.</summary>
    public static string Byline(string language) => language switch
    {
        "en" => "By Alice Pennock",
        "fr" => "Par Odile Vasseur",
        "de" => "Von Henrike Albers",
        "es" => "Por Marta Quintana",
        "it" => "Di Chiara Benassi",
        "pt" => "Por Inês Calado",
        _ => "Door Sanne Hoekstra",
    };

    /// <summary>A longer closing paragraph, for pages that need more prose than <see cref="Of"/> gives.</summary>
    public static string Closing(string language) => language switch
    {
        "en" => "The council will publish the full timetable next week, and residents can send their remarks by post or at the town hall until the end of the month, when the last changes to the routes and stops will be made.",
        "fr" => "Le conseil publiera les horaires complets la semaine prochaine, et les habitants pourront envoyer leurs remarques par courrier ou à la mairie jusqu'à la fin du mois, quand les derniers changements seront faits.",
        "de" => "Der Rat wird den vollständigen Fahrplan in der nächsten Woche veröffentlichen, und die Bewohner können ihre Anmerkungen bis zum Ende des Monats per Post oder im Rathaus einreichen, bevor die letzten Änderungen kommen.",
        "es" => "El consejo publicará el horario completo la próxima semana, y los vecinos podrán enviar sus comentarios por correo o en el ayuntamiento hasta el final del mes, cuando se harán los últimos cambios en las rutas.",
        "it" => "Il consiglio pubblicherà l'orario completo la prossima settimana, e gli abitanti potranno inviare le loro osservazioni per posta o in municipio fino alla fine del mese, quando saranno fatte le ultime modifiche.",
        "pt" => "O conselho vai publicar o horário completo na próxima semana, e os moradores podem enviar as suas observações por correio ou na câmara até ao fim do mês, quando serão feitas as últimas alterações.",
        _ => "De raad publiceert de volledige dienstregeling volgende week, en de bewoners kunnen hun opmerkingen tot het einde van de maand per post of op het gemeentehuis indienen, waarna de laatste wijzigingen volgen.",
    };

    public static string[] Of(string language) => language switch
    {
        "en" => new[]
        {
            "Night buses will reach the valley villages from April",
            "The regional council voted on Tuesday to extend the night bus service to the outer villages, a move that residents have demanded for years.",
            "Officials said the extra routes would start in the spring and that the cost would be shared with the neighbouring towns for the first two years.",
            "The first buses will leave the station at midnight, and the timetable will be reviewed after six months of service.",
        },
        "fr" => new[]
        {
            "Les bus de nuit desserviront les villages de la vallée",
            "Le conseil régional a voté mardi l'extension du service de bus de nuit aux villages de la vallée, une mesure que les habitants réclament depuis des années.",
            "Les nouvelles lignes seront mises en service au printemps et leur coût sera partagé avec les communes voisines pendant les deux premières années.",
            "Les premiers bus partiront de la gare à minuit, et les horaires seront revus après six mois de service.",
        },
        "de" => new[]
        {
            "Nachtbusse fahren ab April auch in die Dörfer im Tal",
            "Der Regionalrat hat am Dienstag beschlossen, den Nachtbus auf die Dörfer im Tal auszuweiten, was die Bewohner seit Jahren fordern.",
            "Die neuen Linien sollen im Frühjahr starten, und die Kosten werden in den ersten zwei Jahren mit den Nachbargemeinden geteilt.",
            "Die ersten Busse fahren um Mitternacht am Bahnhof ab, und der Fahrplan wird nach sechs Monaten überprüft.",
        },
        "es" => new[]
        {
            "Los autobuses nocturnos llegarán a los pueblos del valle",
            "El consejo regional aprobó el martes ampliar el servicio de autobuses nocturnos a los pueblos del valle, una medida que los vecinos reclaman desde hace años.",
            "Las nuevas líneas empezarán a funcionar en primavera y su coste se repartirá con los municipios vecinos durante los dos primeros años.",
            "Los primeros autobuses saldrán de la estación a medianoche, y los horarios se revisarán después de seis meses de servicio.",
        },
        "it" => new[]
        {
            "Gli autobus notturni arriveranno nei paesi della valle",
            "Il consiglio regionale ha approvato martedì l'estensione del servizio di autobus notturni ai paesi della valle, una misura che gli abitanti chiedono da anni.",
            "Le nuove linee partiranno in primavera e il costo sarà diviso con i comuni vicini per i primi due anni.",
            "I primi autobus partiranno dalla stazione a mezzanotte, e gli orari saranno rivisti dopo sei mesi di servizio.",
        },
        "pt" => new[]
        {
            "Os autocarros noturnos vão chegar às aldeias do vale",
            "O conselho regional aprovou na terça-feira o alargamento do serviço de autocarros noturnos às aldeias do vale, uma medida que os moradores pedem há anos.",
            "As novas linhas vão começar na primavera e o custo será dividido com os municípios vizinhos durante os dois primeiros anos.",
            "Os primeiros autocarros vão sair da estação à meia-noite, e os horários serão revistos depois de seis meses de serviço.",
        },
        "nl" => new[]
        {
            "Nachtbussen rijden vanaf april ook naar de dorpen in het dal",
            "De regioraad heeft dinsdag besloten de nachtbus uit te breiden naar de dorpen in het dal, een maatregel waar de bewoners al jaren om vragen.",
            "De nieuwe lijnen gaan in het voorjaar rijden en de kosten worden de eerste twee jaar gedeeld met de buurgemeenten.",
            "De eerste bussen vertrekken om middernacht van het station, en de dienstregeling wordt na zes maanden herzien.",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };
}
