using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 65 (pages): a round-up's items (a police and courts week, news in brief), each under a line in capitals glued
/// over its paragraph: a place's name of one word ("HOLLOWMERE"), or of several with particles ("SAN PEDRO DE LA SIERRA",
/// "SAINT-LOUP-SUR-ARVE"). Written for this session in every language, in other places and events than the tuning page
/// (`es-sucesos-semana-almunan`). On the base (`34234238`) a one-word line was set aside as navigation (read as an
/// acronym) and most lines of several words kept as paragraphs (read as names): no heading read in English, German,
/// Spanish, Italian and Dutch, two of three in French; the Portuguese three read already (checked with the base's reader).
/// Guards: a speaker's name in capitals over each of its turns comes back, and stays as the base reads it; a line in
/// capitals over a single item is no series; a paragraph in capitals that closes its sentence is body.
/// </summary>
public sealed class CapitalsHeadingRoundUpTests
{
    // Per language: the headline, the standfirst, the items' lines in capitals and the paragraph or paragraphs under each.
    public static IEnumerable<object[]> RoundUps =>
    [
        new object[] { "en", "Garden sheds raided, a lorry fire and a fraud sentence: the week in court and crime", "Police in Hollowmere arrest two men over tool thefts, firefighters tackle a blaze near Stoke Barrow and a former treasurer is sentenced.", new[] { "HOLLOWMERE", "STOKE BARROW", "UPPER DENHAM" }, new[] { "Police arrested two men aged 23 and 31 on Wednesday after a string of thefts from garden sheds on the Orchard estate. Officers found power tools worth about £4,000 in a van parked on Mill Lane.\nBoth men have been released on bail while inquiries continue.", "A lorry carrying hay caught fire on the bypass on Monday evening. Crews from two stations spent three hours at the scene and the road was closed until midnight. Nobody was hurt.", "A former treasurer of the Upper Denham cricket club was given a suspended sentence on Thursday after admitting taking £18,000 from its accounts over three years. He has repaid half of the money." } },
        new object[] { "fr", "Vols dans des caves, un camion en feu et une condamnation pour escroquerie : la semaine des faits divers", "Les gendarmes interpellent deux hommes à Montbrisac, les pompiers éteignent un feu à Saint-Loup et un ancien trésorier est condamné.", new[] { "MONTBRISAC", "SAINT-LOUP-SUR-ARVE", "VILLERS-LA-COMBE" }, new[] { "Les gendarmes ont interpellé mercredi deux hommes de 23 et 31 ans après une série de vols dans des caves de la rue du Moulin. Ils ont retrouvé des outils d'une valeur de 4 000 euros dans une camionnette.\nLes deux hommes ont été remis en liberté sous contrôle judiciaire.", "Un camion chargé de foin a pris feu lundi soir sur la rocade. Deux casernes sont intervenues pendant trois heures et la route a été fermée jusqu'à minuit. Personne n'a été blessé.", "L'ancien trésorier du club de pétanque a été condamné jeudi à un an de prison avec sursis pour avoir détourné 18 000 euros en trois ans. Il a remboursé la moitié de la somme." } },
        new object[] { "de", "Einbrüche in Gartenhäuser, ein brennender Lkw und ein Urteil wegen Betrugs: die Woche im Überblick", "Die Polizei nimmt in Hollerbach zwei Männer fest, die Feuerwehr löscht einen Brand bei Altenried und ein früherer Kassenwart wird verurteilt.", new[] { "HOLLERBACH", "BAD ALTENRIED", "OBERWEILER" }, new[] { "Die Polizei hat am Mittwoch zwei Männer im Alter von 23 und 31 Jahren festgenommen, die in mehrere Gartenhäuser eingebrochen sein sollen. In einem Transporter fanden die Beamten Werkzeug im Wert von rund 4000 Euro.\nBeide sind wieder auf freiem Fuß, die Ermittlungen dauern an.", "Ein mit Heu beladener Lkw ist am Montagabend auf der Umgehungsstraße in Brand geraten. Zwei Feuerwehren waren drei Stunden im Einsatz, die Straße blieb bis Mitternacht gesperrt. Verletzt wurde niemand.", "Der frühere Kassenwart des Schützenvereins ist am Donnerstag zu einer Bewährungsstrafe von einem Jahr verurteilt worden. Er hatte in drei Jahren 18.000 Euro aus der Vereinskasse genommen." } },
        new object[] { "es", "Robos en trasteros, un camión ardiendo y una condena por estafa: la semana en la comarca", "La Guardia Civil detiene a dos hombres en Torrealba, los bomberos apagan un fuego en Villarejo y un extesorero es condenado.", new[] { "TORREALBA", "VILLAREJO DEL CAMPO", "SAN PEDRO DE LA SIERRA" }, new[] { "La Guardia Civil detuvo el miércoles a dos hombres de 23 y 31 años por una serie de robos en trasteros de la calle del Molino. Los agentes hallaron herramientas por valor de unos 4.000 euros en una furgoneta.\nAmbos quedaron en libertad con cargos.", "Un camión cargado de paja ardió el lunes por la tarde en la variante. Dos dotaciones de bomberos trabajaron durante tres horas y la carretera estuvo cortada hasta la medianoche. No hubo heridos.", "El extesorero del club de pelota de San Pedro fue condenado el jueves a un año de prisión por quedarse con 18.000 euros de la entidad durante tres años. Ha devuelto la mitad del dinero." } },
        new object[] { "it", "Furti nelle cantine, un camion in fiamme e una condanna per truffa: la settimana di cronaca", "I carabinieri fermano due uomini a Montevarchio, i vigili del fuoco spengono un rogo a San Lupo e un ex tesoriere viene condannato.", new[] { "MONTEVARCHIO", "SAN LUPO IN VAL DI SERRA", "CASTELROSSO" }, new[] { "I carabinieri hanno fermato mercoledì due uomini di 23 e 31 anni dopo una serie di furti nelle cantine di via del Mulino. Nel furgone hanno trovato attrezzi per un valore di circa 4.000 euro.\nI due sono stati denunciati a piede libero.", "Un camion carico di fieno ha preso fuoco lunedì sera sulla tangenziale. Due squadre dei vigili del fuoco hanno lavorato per tre ore e la strada è rimasta chiusa fino a mezzanotte. Non ci sono feriti.", "L'ex tesoriere della bocciofila è stato condannato giovedì a un anno con la condizionale per essersi appropriato di 18.000 euro in tre anni. Ha già restituito metà della somma." } },
        new object[] { "pt", "Furtos em garagens, um camião em chamas e uma condenação por burla: a semana na região", "A GNR detém dois homens em Vale Cimeiro, os bombeiros apagam um incêndio em Pedrógão e um antigo tesoureiro é condenado.", new[] { "VALE CIMEIRO", "PEDRÓGÃO DE CIMA", "ALDEIA NOVA" }, new[] { "A GNR deteve na quarta-feira dois homens de 23 e 31 anos por uma série de furtos em garagens da rua do Moinho. Os militares encontraram ferramentas no valor de cerca de 4.000 euros numa carrinha.\nOs dois ficaram em liberdade com termo de identidade e residência.", "Um camião carregado de palha ardeu na segunda-feira à tarde na variante. Duas corporações de bombeiros estiveram três horas no local e a estrada esteve cortada até à meia-noite. Não houve feridos.", "O antigo tesoureiro do clube de columbofilia foi condenado na quinta-feira a um ano de prisão com pena suspensa por ter ficado com 18.000 euros em três anos. Já devolveu metade do dinheiro." } },
        new object[] { "nl", "Inbraken in schuurtjes, een brandende vrachtwagen en een straf voor fraude: de week in de regio", "De politie houdt in Wolderhorn twee mannen aan, de brandweer blust een brand bij Oosterdam en een oud-penningmeester wordt veroordeeld.", new[] { "WOLDERHORN", "OOSTERDAM", "NIEUW-VEENHUIZEN" }, new[] { "De politie heeft woensdag twee mannen van 23 en 31 jaar aangehouden na een reeks inbraken in schuurtjes aan de Molenweg. In een busje vonden agenten gereedschap ter waarde van zo'n 4000 euro.\nBeide mannen zijn weer vrijgelaten, het onderzoek loopt nog.", "Een vrachtwagen met hooi vloog maandagavond op de rondweg in brand. Twee korpsen waren drie uur bezig en de weg was tot middernacht dicht. Er raakte niemand gewond.", "De oud-penningmeester van de biljartvereniging is donderdag veroordeeld tot een voorwaardelijke celstraf van een jaar omdat hij in drie jaar 18.000 euro uit de kas nam. Hij heeft de helft terugbetaald." } },
    ];

    private static string Page(string language, string headline, string standfirst, IReadOnlyList<string> heads, IReadOnlyList<string> items)
    {
        var parts = new List<string>
        {
            CourierHeader.Lines(language),
            headline,
            Articles.Byline(language) + "\n" + Articles.Dateline(language),
            standfirst,
        };
        for (var i = 0; i < heads.Count; i++)
        {
            // Each line in capitals glued over its item's paragraphs, as the round-up prints it.
            parts.Add(heads[i] + "\n" + items[i]);
        }

        parts.Add("© 2025 " + CourierHeader.Site);
        return string.Join("\n\n", parts);
    }

    private static string Text(Article article) => string.Join("\n", article.Paragraphs.Select(p => p.Text));

    [Theory]
    [MemberData(nameof(RoundUps))]
    public void LinesInCapitals_OverEachItem_HeadTheItems(string language, string headline, string standfirst, string[] heads, string[] items)
    {
        var article = ArticleParser.Parse(Page(language, headline, standfirst, heads, items));

        Assert.Equal(headline, article.Title);
        Assert.Equal(heads, article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!).ToArray());
        var text = Text(article);
        foreach (var line in items.SelectMany(i => i.Split('\n')).Prepend(standfirst))
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(article.Boilerplate, b => heads.Contains(b.Text));
    }

    // Guard: one item under a line in capitals is no round-up; the line is read as the base reads it, never as a heading
    // by this rule (one such line over one paragraph is as often a signature or a kicker), and the paragraph stays.
    [Theory]
    [MemberData(nameof(RoundUps))]
    public void OneLineInCapitals_OverOneItem_IsNoSeries(string language, string headline, string standfirst, string[] heads, string[] items)
    {
        var article = ArticleParser.Parse(Page(language, headline, standfirst, [heads[0]], [items[0]]));

        // A line of one word of letters alone is set aside on the base (read as an acronym); one of several words or with
        // hyphens the base may head already (the Portuguese places), which this guard does not ask.
        Assert.DoesNotContain(article.Sections, s => s.Heading == heads[0] && heads[0].All(char.IsLetter));
        foreach (var line in items[0].Split('\n'))
        {
            Assert.Contains(line, Text(article), StringComparison.Ordinal);
        }
    }

    // Guard: the same line in capitals over two items (a speaker's name over each of its turns) is no round-up's place. (The
    // line between is read as the base reads it: a line of several words in capitals may head its paragraph already.)
    [Theory]
    [MemberData(nameof(RoundUps))]
    public void SameLineInCapitals_OverTwoItems_HeadsNothing(string language, string headline, string standfirst, string[] heads, string[] items)
    {
        var article = ArticleParser.Parse(Page(language, headline, standfirst, [heads[0], heads[1], heads[0]], items));

        Assert.DoesNotContain(article.Sections, s => s.Heading == heads[0]);
        foreach (var line in items.SelectMany(i => i.Split('\n')))
        {
            Assert.Contains(line, Text(article), StringComparison.Ordinal);
        }
    }

    // Guard: lines in capitals glued under the item above (a box's labels glued under one another, as a fact-check's
    // "NUESTRA CALIFICACIÓN" over "FALSO") stand apart from nothing and head no item by this rule: a line of one word of letters
    // is set aside as on the base (places of several words or with hyphens the base may head already: not asked).
    [Theory]
    [MemberData(nameof(RoundUps))]
    public void LinesInCapitals_GluedUnderTheItemAbove_HeadNothing(string language, string headline, string standfirst, string[] heads, string[] items)
    {
        var glued = string.Join("\n", heads.Select((h, i) => h + "\n" + items[i]));
        var article = ArticleParser.Parse(Page(language, headline, standfirst, [glued.Substring(0, glued.IndexOf('\n'))], [glued.Substring(glued.IndexOf('\n') + 1)]));

        Assert.DoesNotContain(article.Sections, s => s.Heading is { } h && heads.Skip(1).Contains(h) && h.All(char.IsLetter));
        foreach (var line in items.SelectMany(i => i.Split('\n')))
        {
            Assert.Contains(line, Text(article), StringComparison.Ordinal);
        }
    }

    // Guard: a line in capitals that closes its sentence ("THE ROAD REOPENS ON MONDAY.") is a paragraph, in a round-up too.
    [Theory]
    [MemberData(nameof(RoundUps))]
    public void SentenceInCapitals_OverAnItem_StaysBody(string language, string headline, string standfirst, string[] heads, string[] items)
    {
        var shouted = heads[1] + ".";
        var article = ArticleParser.Parse(Page(language, headline, standfirst, [heads[0], shouted, heads[2]], items));

        Assert.Contains(article.Sections, s => s.Heading == heads[0]);
        Assert.DoesNotContain(article.Sections, s => s.Heading == shouted);
        Assert.Contains(shouted, Text(article), StringComparison.Ordinal);
    }
}
