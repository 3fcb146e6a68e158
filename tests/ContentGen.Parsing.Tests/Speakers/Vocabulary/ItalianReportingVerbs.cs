namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// An Italian news desk's reporting verbs, from a standard inventory (not from articles), in the
/// passato prossimo the press writes after a quote ("ha ammesso {S}"), the present of features
/// ("spiega {S}"), the passato remoto, and the pronominal forms ("si è detta {S}", "si chiede {S}").
/// The speaker is a woman, so participles after "è" agree.
/// </summary>
internal static class ItalianReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "ha detto {S}", "ha dichiarato {S}", "ha affermato {S}", "ha spiegato {S}", "ha aggiunto {S}", "ha sottolineato {S}",
        "ha precisato {S}", "ha ribadito {S}", "ha ricordato {S}", "ha osservato {S}", "ha commentato {S}", "ha risposto {S}",
        "ha replicato {S}", "ha concluso {S}", "ha raccontato {S}", "ha confermato {S}", "ha ammesso {S}", "ha riconosciuto {S}",
        "ha confessato {S}", "ha rivelato {S}", "ha annunciato {S}", "ha assicurato {S}", "ha garantito {S}", "ha insistito {S}",
        "ha evidenziato {S}", "ha rimarcato {S}", "ha puntualizzato {S}", "ha chiarito {S}", "ha argomentato {S}",
        "ha sostenuto {S}", "ha scritto {S}", "ha twittato {S}", "ha riferito {S}", "ha riassunto {S}", "ha sintetizzato {S}",
        "ha notato {S}", "ha rilevato {S}", "ha obiettato {S}", "ha ribattuto {S}", "ha controbattuto {S}", "ha negato {S}",
        "ha smentito {S}", "ha tagliato corto {S}", "ha proseguito {S}", "ha continuato {S}",
        "ha confidato {S}", "ha ripetuto {S}", "ha riaffermato {S}", "rilancia {S}", "ha segnalato {S}",
        "ha constatato {S}", "ragiona {S}", "scandisce {S}", "premette {S}", "ha polemizzato {S}", "ha proclamato {S}",
        "dice {S}", "spiega {S}", "racconta {S}", "aggiunge {S}", "sottolinea {S}", "ammette {S}", "afferma {S}",
        "conclude {S}", "ricorda {S}", "osserva {S}", "confessa {S}", "assicura {S}", "precisa {S}",
        "disse {S}", "dichiarò {S}", "spiegò {S}", "aggiunse {S}",
        // Judgements, guesses, fears and hopes.
        "ha criticato {S}", "ha denunciato {S}", "ha lamentato {S}", "ha deplorato {S}", "ha elogiato {S}", "ha lodato {S}",
        "ha ironizzato {S}", "ha scherzato {S}", "ha sorriso {S}", "ha sospirato {S}", "ha esclamato {S}", "ha stimato {S}",
        "ha previsto {S}", "ha pronosticato {S}", "ha temuto {S}", "ha sperato {S}", "ha giudicato {S}", "ha definito {S}",
        "ha attaccato {S}", "ha accusato {S}", "ha tuonato {S}", "ha incalzato {S}", "ha sbottato {S}", "ha gridato {S}",
        "ha sussurrato {S}", "ha protestato {S}", "ha esultato {S}",
        "teme {S}", "spera {S}", "lamenta {S}", "denuncia {S}", "auspica {S}", "ironizza {S}", "sorride {S}",
        // Demands, warnings and promises.
        "ha chiesto {S}", "ha domandato {S}", "ha reclamato {S}", "ha preteso {S}", "ha avvertito {S}", "ha ammonito {S}",
        "ha avvisato {S}", "ha promesso {S}", "ha giurato {S}", "ha minacciato {S}", "ha esortato {S}", "ha invitato {S}",
        "ha proposto {S}", "ha suggerito {S}", "ha raccomandato {S}", "ha difeso {S}", "ha rivendicato {S}", "ha auspicato {S}",
        "ha sollecitato {S}",
        // Pronominal verbs.
        "si è detta {S}", "si è detta soddisfatta {S}", "si è lamentata {S}", "si è chiesta {S}", "si è domandata {S}",
        "si è rallegrata {S}", "si è complimentata {S}", "si è difesa {S}", "si è giustificata {S}", "si è sfogata {S}",
        "si è impegnata {S}", "si è mostrata fiduciosa {S}", "si è congratulata {S}", "si è augurata {S}",
        "si chiede {S}", "si lamenta {S}", "si sfoga {S}", "si dice {S}", "si augura {S}", "si domanda {S}",
    ];
}
