namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A Spanish news desk's reporting verbs, from a standard inventory (not from articles), in the
/// preterite ("admitió {S}"), the perfect ("ha admitido {S}"), the present of features and the
/// pronominal forms ("se quejó {S}", "se mostró optimista {S}").
/// </summary>
internal static class SpanishReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "dijo {S}", "declaró {S}", "afirmó {S}", "explicó {S}", "señaló {S}", "indicó {S}", "añadió {S}", "agregó {S}",
        "aseguró {S}", "sostuvo {S}", "reconoció {S}", "subrayó {S}", "destacó {S}", "apuntó {S}", "insistió {S}",
        "admitió {S}", "comentó {S}", "respondió {S}", "replicó {S}", "precisó {S}", "recordó {S}", "escribió {S}",
        "manifestó {S}", "expresó {S}", "aclaró {S}", "concluyó {S}", "mantuvo {S}", "confirmó {S}", "contó {S}",
        "relató {S}", "resumió {S}", "puntualizó {S}", "reiteró {S}", "reafirmó {S}", "ratificó {S}", "repitió {S}", "proclamó {S}", "apostilló {S}",
        "incidió {S}", "resaltó {S}", "remarcó {S}", "espetó {S}", "reprochó {S}", "desveló {S}", "informó {S}", "razonó {S}",
        "alegó {S}", "observó {S}", "mencionó {S}", "constató {S}", "reflexionó {S}", "rememoró {S}", "evocó {S}", "prosiguió {S}", "enfatizó {S}", "argumentó {S}", "matizó {S}",
        "confesó {S}", "reveló {S}", "detalló {S}", "justificó {S}", "explicaba {S}", "contaba {S}", "narró {S}",
        "anunció {S}", "aseveró {S}", "garantizó {S}", "negó {S}", "desmintió {S}", "objetó {S}", "contestó {S}",
        "rebatió {S}", "admitía {S}", "ha admitido {S}", "ha asegurado {S}", "ha explicado {S}",
        "ha reconocido {S}", "ha señalado {S}", "ha lamentado {S}", "ha advertido {S}", "ha insistido {S}",
        "tuiteó {S}", "escribe {S}", "cuenta {S}", "explica {S}", "reconoce {S}", "admite {S}", "asegura {S}",
        // Judgements, guesses, fears and hopes.
        "lamentó {S}", "criticó {S}", "denunció {S}", "valoró {S}", "opinó {S}", "calificó {S}", "celebró {S}",
        "elogió {S}", "ironizó {S}", "bromeó {S}", "suspiró {S}", "exclamó {S}", "estimó {S}", "calculó {S}",
        "vaticinó {S}", "pronosticó {S}", "predijo {S}", "auguró {S}", "temió {S}", "esperó {S}", "confió {S}",
        "deploró {S}", "censuró {S}", "protestó {S}", "zanjó {S}", "sentenció {S}", "remachó {S}", "recalcó {S}",
        "sonrió {S}", "gritó {S}", "susurró {S}", "lamenta {S}", "teme {S}", "confía {S}", "opina {S}",
        // Demands, warnings and promises.
        "pidió {S}", "reclamó {S}", "exigió {S}", "advirtió {S}", "alertó {S}", "avisó {S}", "prometió {S}",
        "juró {S}", "amenazó {S}", "instó {S}", "urgió {S}", "propuso {S}", "sugirió {S}", "recomendó {S}",
        "defendió {S}", "reivindicó {S}", "anticipó {S}", "avanzó {S}",
        // Pronominal verbs.
        "se quejó {S}", "se lamentó {S}", "se preguntó {S}", "se felicitó {S}", "se comprometió {S}", "se defendió {S}",
        "se sinceró {S}", "se mostró optimista {S}", "se mostró tajante {S}", "se mostró convencida {S}",
        "se congratuló {S}", "se justificó {S}", "se lamenta {S}", "se queja {S}", "se pregunta {S}",
        "se ha quejado {S}", "se ha mostrado prudente {S}",
    ];
}
