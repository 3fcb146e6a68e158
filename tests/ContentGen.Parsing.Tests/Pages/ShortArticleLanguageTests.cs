using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A short article (a headline and two short paragraphs) is identified in every language from its function words, the near
/// neighbours (Spanish and Portuguese, Italian and Spanish, Dutch and German) included; a page with a paragraph in another
/// language keeps the language of its body.
/// </summary>
public sealed class ShortArticleLanguageTests
{
    // language | headline | first paragraph | second paragraph
    private static readonly (string Language, string Headline, string First, string Second)[] s_articles =
    [
        ("en", "Village shop saved by its customers", "The last shop in the village will stay open after more than two hundred people bought a share in it.", "Its new board wants to sell bread from the local bakery and hopes to open on Sundays by the summer."),
        ("en", "Night trains return to the north", "A night train will run again between the capital and the northern coast from September, the operator said.", "Tickets go on sale next month, and most of the sleeping cars have been rebuilt since they were last used."),
        ("en", "Floods close the old river road", "The old river road was closed on Monday after heavy rain, and drivers have been told to use the bypass instead.", "Engineers will check the bridge once the water falls, which could take until the end of the week."),
        ("fr", "L'épicerie du village sauvée par ses clients", "La dernière épicerie du village restera ouverte après que plus de deux cents habitants ont acheté une part.", "Son nouveau bureau veut vendre le pain du boulanger voisin et espère ouvrir le dimanche avant l'été."),
        ("fr", "Les trains de nuit reviennent vers le nord", "Un train de nuit circulera de nouveau entre la capitale et la côte nord dès septembre, a indiqué l'exploitant.", "Les billets seront en vente le mois prochain, et la plupart des voitures-lits ont été rénovées depuis."),
        ("fr", "La route du fleuve fermée par les crues", "La vieille route du fleuve a été fermée lundi après de fortes pluies, et les automobilistes doivent prendre la rocade.", "Les ingénieurs contrôleront le pont quand l'eau aura baissé, ce qui pourrait prendre toute la semaine."),
        ("de", "Dorfladen von seinen Kunden gerettet", "Der letzte Laden im Dorf bleibt geöffnet, nachdem mehr als zweihundert Menschen einen Anteil gekauft haben.", "Der neue Vorstand will Brot vom Bäcker aus dem Ort verkaufen und hofft, bis zum Sommer auch sonntags zu öffnen."),
        ("de", "Nachtzüge fahren wieder in den Norden", "Ab September fährt wieder ein Nachtzug zwischen der Hauptstadt und der Nordküste, teilte der Betreiber mit.", "Die Fahrkarten gibt es ab dem nächsten Monat, und die meisten Schlafwagen wurden seitdem erneuert."),
        ("de", "Hochwasser sperrt die alte Uferstraße", "Die alte Uferstraße wurde am Montag nach starkem Regen gesperrt, Autofahrer sollen die Umgehung nehmen.", "Die Ingenieure prüfen die Brücke, sobald das Wasser sinkt, was bis zum Ende der Woche dauern kann."),
        ("es", "Los clientes salvan la tienda del pueblo", "La última tienda del pueblo seguirá abierta después de que más de doscientos vecinos compraran una participación.", "Su nueva junta quiere vender el pan del horno de al lado y espera abrir los domingos antes del verano."),
        ("es", "Vuelven los trenes nocturnos al norte", "Un tren nocturno volverá a circular entre la capital y la costa norte desde septiembre, según la operadora.", "Los billetes saldrán a la venta el mes que viene, y casi todos los coches cama han sido renovados."),
        ("es", "Las lluvias cortan la vieja carretera del río", "La vieja carretera del río se cortó el lunes por las fuertes lluvias, y los conductores deben usar la variante.", "Los técnicos revisarán el puente cuando baje el agua, lo que podría llevar toda la semana."),
        ("it", "I clienti salvano il negozio del paese", "L'ultimo negozio del paese resterà aperto dopo che più di duecento abitanti hanno comprato una quota.", "Il nuovo consiglio vuole vendere il pane del forno vicino e spera di aprire anche la domenica entro l'estate."),
        ("it", "Tornano i treni notturni verso il nord", "Un treno notturno tornerà a collegare la capitale e la costa settentrionale da settembre, ha detto la società.", "I biglietti saranno in vendita il mese prossimo, e quasi tutte le carrozze letto sono state rinnovate."),
        ("it", "La piena chiude la vecchia strada del fiume", "La vecchia strada del fiume è stata chiusa lunedì dopo le forti piogge, e gli automobilisti devono usare la tangenziale.", "I tecnici controlleranno il ponte quando l'acqua scenderà, cosa che potrebbe richiedere tutta la settimana."),
        ("pt", "Clientes salvam a mercearia da aldeia", "A última mercearia da aldeia vai continuar aberta depois de mais de duzentos moradores terem comprado uma quota.", "A nova direção quer vender o pão da padaria vizinha e espera abrir aos domingos antes do verão."),
        ("pt", "Comboios noturnos voltam ao norte", "Um comboio noturno vai voltar a ligar a capital e a costa norte a partir de setembro, disse a operadora.", "Os bilhetes ficam à venda no próximo mês, e quase todas as carruagens-cama foram renovadas."),
        ("pt", "Cheia corta a velha estrada do rio", "A velha estrada do rio foi cortada na segunda-feira por causa das chuvas fortes, e os condutores devem usar a variante.", "Os técnicos vão verificar a ponte quando a água baixar, o que pode demorar toda a semana."),
        ("nl", "Klanten redden de dorpswinkel", "De laatste winkel in het dorp blijft open nadat meer dan tweehonderd mensen een aandeel hebben gekocht.", "Het nieuwe bestuur wil brood van de bakker uit het dorp verkopen en hoopt voor de zomer ook op zondag open te gaan."),
        ("nl", "Nachttreinen rijden weer naar het noorden", "Vanaf september rijdt er weer een nachttrein tussen de hoofdstad en de noordkust, zei de vervoerder.", "De kaartjes zijn volgende maand te koop, en de meeste slaaprijtuigen zijn sindsdien opgeknapt."),
        ("nl", "Hoogwater sluit de oude rivierweg af", "De oude rivierweg is maandag na zware regen afgesloten, en automobilisten moeten over de rondweg rijden.", "De ingenieurs kijken naar de brug zodra het water zakt, wat tot het einde van de week kan duren."),
        // Shorter still: two paragraphs of one short sentence each.
        ("en", "Pool shut for repairs", "The town pool will close for two months while its roof is repaired.", "Swimmers can use the school pool on weekday evenings until it reopens."),
        ("de", "Hallenbad wegen Reparatur geschlossen", "Das Hallenbad der Stadt schließt für zwei Monate, weil das Dach repariert wird.", "Schwimmer können bis dahin abends das Becken der Schule nutzen."),
        ("es", "La piscina cierra por obras", "La piscina municipal cerrará dos meses mientras se arregla su tejado.", "Los bañistas podrán usar la piscina del instituto por las tardes hasta que vuelva a abrir."),
        ("it", "Piscina chiusa per lavori", "La piscina comunale chiuderà per due mesi per rifare il tetto.", "Chi nuota potrà andare alla piscina della scuola la sera fino alla riapertura."),
        ("pt", "Piscina fecha para obras", "A piscina municipal vai fechar durante dois meses para arranjar o telhado.", "Os nadadores podem usar a piscina da escola ao fim da tarde até à reabertura."),
        ("nl", "Zwembad dicht voor herstel", "Het zwembad van de stad gaat twee maanden dicht omdat het dak wordt hersteld.", "Zwemmers kunnen tot die tijd op doordeweekse avonden naar het bad van de school."),
    ];

    public static TheoryData<string, string, string, string> Articles()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (language, headline, first, second) in s_articles)
        {
            data.Add(language, headline, first, second);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void AShortArticle_IsIdentified(string language, string headline, string first, string second)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", headline, first, second));

        Assert.Equal(language, article.Language);
        Assert.Equal(new[] { first, second }, article.Paragraphs.Select(p => p.Text));
    }

    // A page of one language with a closing paragraph in another (a correction, a quoted statement) keeps its body's language.
    [Theory]
    [InlineData("pt", 0, "es", 1)]
    [InlineData("es", 1, "pt", 2)]
    [InlineData("it", 2, "es", 0)]
    [InlineData("nl", 0, "de", 1)]
    [InlineData("de", 2, "nl", 1)]
    [InlineData("en", 1, "fr", 0)]
    public void AMixedPage_KeepsItsBodysLanguage(string language, int which, string other, int otherWhich)
    {
        var rows = s_articles.Where(row => row.Language == language).ToArray();
        var foreign = s_articles.Where(row => row.Language == other).ToArray()[otherWhich];
        var own = rows[which];
        var extra = rows[(which + 1) % rows.Length];
        var page = string.Join("\n\n", own.Headline, own.First, own.Second, extra.First, extra.Second, foreign.First);

        Assert.Equal(language, ArticleParser.Parse(page).Language);
    }
}
