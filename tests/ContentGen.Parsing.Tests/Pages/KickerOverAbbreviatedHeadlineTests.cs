using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A kicker over a headline that names a saint's church or a titled person with the abbreviation's stop ("St. Margareta",
/// "Dr. Hollis", "la Dra. Villaverde"): the stop was read as a sentence's end inside the headline, the headline was no
/// candidate, and the kicker alone over it won the title (session 58's comments page). Probes in every language, in other
/// words than that page's (a doctor's surgery, a market square); guards: a kicker that holds the abbreviation itself stays
/// the kicker, the headline under it the title. Session 61 (pages2).
/// </summary>
public sealed class KickerOverAbbreviatedHeadlineTests
{
    private static string Top(string language) => language switch
    {
        "en" => "Marshfield Gazette\nHome\nLocal\nSport\nOpinion\nSign in\n\nHome › Local › Brackley",
        "fr" => "Le Courrier de la Vauge\nAccueil\nActualité\nSports\nCulture\nSe connecter\n\nAccueil › Actualité › Vernay",
        "de" => "Talauer Landbote\nStartseite\nLokales\nSport\nKultur\nAnmelden\n\nStartseite › Lokales › Kirchbrunn",
        "es" => "Diario del Alberche\nPortada\nLocal\nDeportes\nCultura\nIniciar sesión\n\nPortada › Local › Robledal",
        "it" => "La Voce del Serchio\nHome\nCronaca\nSport\nCultura\nAccedi\n\nHome › Cronaca › Vallerana",
        "pt" => "Jornal do Zêzere\nInício\nRegião\nDesporto\nCultura\nEntrar\n\nInício › Região › Vilar Seco",
        _ => "Dagblad De Lingestreek\nHome\nNieuws\nSport\nCultuur\nInloggen\n\nHome › Nieuws › Oosterbroek",
    };

    // The standfirst under the headline, ending as a sentence.
    private static string Standfirst(string language) => language switch
    {
        "en" => "A decision taken last week has upset many residents. The council will discuss it again in January.",
        "fr" => "La décision prise la semaine dernière a fâché de nombreux habitants. Le conseil en reparlera en janvier.",
        "de" => "Die Entscheidung der vergangenen Woche hat viele Bürger verärgert. Der Gemeinderat berät im Januar erneut.",
        "es" => "La decisión tomada la semana pasada ha molestado a muchos vecinos. El pleno volverá a tratarla en enero.",
        "it" => "La decisione presa la settimana scorsa ha scontentato molti residenti. Il consiglio ne discuterà di nuovo a gennaio.",
        "pt" => "A decisão tomada na semana passada desagradou a muitos moradores. A assembleia volta a discuti-la em janeiro.",
        _ => "Het besluit van vorige week heeft veel inwoners boos gemaakt. De gemeenteraad praat er in januari opnieuw over.",
    };

    // The writer's line.
    private static string Byline(string language) => language switch
    {
        "en" => "By Laura Pennick",
        "fr" => "Par Claire Monvoisin",
        "de" => "Von Jana Oberländer",
        "es" => "Por Marta Albendea",
        "it" => "Di Elena Sartori",
        "pt" => "Por Rita Carvalhais",
        _ => "Door Femke van Dijkhuis",
    };

    // The date under the byline.
    private static string Dateline(string language) => language switch
    {
        "en" => "4 December 2026, 17:45",
        "fr" => "4 décembre 2026 à 17h45",
        "de" => "04.12.2026, 17:45 Uhr",
        "es" => "4 de diciembre de 2026 - 17:45 h",
        "it" => "4 dicembre 2026, 17:45",
        "pt" => "4 de dezembro de 2026, 17:45",
        _ => "4 december 2026, 17:45",
    };

    private static string[] Paragraphs(string language) => language switch
    {
        "en" => new[]
        {
            "The change takes effect on Monday and applies to everyone who uses the square or the surgery on weekdays.",
            "Residents say they were not asked before the decision was made, and more than three hundred have signed a letter to the council.",
            "The council will publish its answer next week, and a public meeting is planned in the village hall at the end of the month.",
        },
        "fr" => new[]
        {
            "Le changement entre en vigueur lundi et concerne tous ceux qui fréquentent la place ou le cabinet en semaine.",
            "Les habitants disent ne pas avoir été consultés, et plus de trois cents ont signé une lettre adressée au conseil municipal.",
            "Le conseil publiera sa réponse la semaine prochaine, et une réunion publique est prévue à la salle des fêtes à la fin du mois.",
        },
        "de" => new[]
        {
            "Die Änderung gilt ab Montag und betrifft alle, die den Platz oder die Praxis an Werktagen nutzen.",
            "Viele Bürger sagen, sie seien vorher nicht gefragt worden, und mehr als dreihundert haben einen Brief an den Gemeinderat unterschrieben.",
            "Der Gemeinderat will seine Antwort in der nächsten Woche veröffentlichen, und Ende des Monats ist eine Versammlung im Bürgerhaus geplant.",
        },
        "es" => new[]
        {
            "El cambio entra en vigor el lunes y afecta a todos los que usan la plaza o el consultorio entre semana.",
            "Los vecinos dicen que nadie les consultó, y más de trescientos han firmado una carta dirigida al ayuntamiento.",
            "El ayuntamiento publicará su respuesta la semana que viene, y a final de mes habrá una reunión abierta en el centro cultural.",
        },
        "it" => new[]
        {
            "Il cambiamento scatta lunedì e riguarda tutti quelli che frequentano la piazza o lo studio nei giorni feriali.",
            "I residenti dicono di non essere stati consultati, e più di trecento hanno firmato una lettera al consiglio comunale.",
            "Il Comune pubblicherà la sua risposta la settimana prossima, e a fine mese è prevista un'assemblea pubblica nella sala civica.",
        },
        "pt" => new[]
        {
            "A mudança entra em vigor na segunda-feira e afeta todos os que usam o largo ou o centro de saúde durante a semana.",
            "Os moradores dizem que ninguém os consultou, e mais de trezentos assinaram uma carta dirigida à junta de freguesia.",
            "A junta vai publicar a sua resposta na próxima semana, e no fim do mês há uma sessão pública no salão paroquial.",
        },
        _ => new[]
        {
            "De wijziging gaat maandag in en geldt voor iedereen die het plein of de praktijk op werkdagen gebruikt.",
            "Bewoners zeggen dat ze vooraf niet zijn gevraagd, en meer dan driehonderd hebben een brief aan de gemeenteraad ondertekend.",
            "De gemeente publiceert volgende week haar antwoord, en eind deze maand is er een openbare bijeenkomst in het dorpshuis.",
        },
    };

    private static string Page(string language, string kicker, string headline)
        => Top(language) + "\n\n" + kicker + "\n" + headline + "\n" + Standfirst(language) + "\n" + Byline(language) + "\n" + Dateline(language)
            + "\n\n" + string.Join("\n\n", Paragraphs(language));

    public static TheoryData<string, string, string> AbbreviatedHeadlines() => new()
    {
        { "en", "Farewell after forty years", "Dr. Hollis closes the village surgery in Brackley Green for good" },
        { "en", "Row over the Sunday market", "Stallholders told to leave St. Oswald's square by the spring" },
        { "de", "Abschied nach vierzig Jahren", "Dr. Wendler schließt die Landarztpraxis in Kirchbrunn für immer" },
        { "de", "Ärger um den Wochenmarkt", "Händler müssen den Platz vor St. Afra im Frühjahr räumen" },
        { "fr", "Départ à la retraite", "Le Dr. Lemarchand ferme son cabinet de Vernay après quarante ans" },
        { "fr", "Colère au marché du dimanche", "Les forains devront quitter la place Ste. Radegonde au printemps" },
        { "es", "Jubilación en el consultorio", "La Dra. Villaverde se despide del centro de salud de Robledal" },
        { "es", "Polémica en el mercadillo", "Los vendedores dejarán la plaza de Sta. Eulalia en primavera" },
        { "it", "Addio dopo quarant'anni", "Il Prof. Gandolfi lascia la presidenza del liceo di Vallerana" },
        { "it", "Pensione in ambulatorio", "Il Dott. Ricci chiude lo studio medico di Pievelunga dopo quarant'anni" },
        { "pt", "Reforma ao fim de 40 anos", "A Dra. Fontoura despede-se do centro de saúde de Vilar Seco" },
        { "pt", "Polémica na feira", "Feirantes vão deixar o largo de Sta. Marta na primavera" },
        { "nl", "Afscheid na veertig jaar", "Dr. Verhoeven sluit de huisartsenpraktijk in Oosterbroek voorgoed" },
        { "nl", "Ophef over de weekmarkt", "Marktkooplui moeten het plein bij de St. Bavo in het voorjaar verlaten" },
    };

    [Theory]
    [MemberData(nameof(AbbreviatedHeadlines))]
    public void AHeadlineWithAnAbbreviationsStop_IsTheTitle_UnderItsKicker(string language, string kicker, string headline)
    {
        var article = ArticleParser.Parse(Page(language, kicker, headline));

        Assert.Equal(headline, article.Title);
        Assert.Contains(Standfirst(language), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(Paragraphs(language)[2], article.Paragraphs.Select(x => x.Text));
    }

    // The abbreviation in the kicker: the kicker becomes a candidate too, and the longer headline under it still wins.
    public static TheoryData<string, string, string> AbbreviatedKickers() => new()
    {
        { "en", "Row over St. Oswald's square", "Stallholders told to leave the market square by the spring" },
        { "de", "Ärger um St. Afra", "Händler müssen den Platz vor der Kirche im Frühjahr räumen" },
        { "fr", "Colère à Ste. Radegonde", "Les forains devront quitter la place du marché au printemps" },
        { "es", "Polémica en Sta. Eulalia", "Los vendedores dejarán la plaza de la iglesia en primavera" },
        { "it", "Il Prof. Gandolfi in pensione", "Il liceo di Vallerana cerca un nuovo preside per settembre" },
        { "pt", "Polémica em Sta. Marta", "Feirantes vão deixar o largo da igreja na primavera" },
        { "nl", "Ophef bij de St. Bavo", "Marktkooplui moeten het plein bij de kerk in het voorjaar verlaten" },
    };

    [Theory]
    [MemberData(nameof(AbbreviatedKickers))]
    public void AKickerWithAnAbbreviationsStop_StaysTheKicker(string language, string kicker, string headline)
    {
        var article = ArticleParser.Parse(Page(language, kicker, headline));

        Assert.Equal(headline, article.Title);
        Assert.Contains(Standfirst(language), article.Paragraphs.Select(x => x.Text));
    }
}
