namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A Dutch news desk's reporting verbs, from a standard inventory (not from articles), in the past
/// the press writes after a quote ("verklaarde {S}"), the present of features ("zegt {S}"), particle
/// verbs whose particle closes the clause ("gaf {S} toe", "legde {S} uit") and reflexive verbs of
/// stance ("toonde {S} zich tevreden", "vroeg {S} zich af").
/// </summary>
internal static class DutchReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "zei {S}", "verklaarde {S}", "benadrukte {S}", "stelde {S}", "meldde {S}", "vertelde {S}", "antwoordde {S}",
        "reageerde {S}", "schreef {S}", "bevestigde {S}", "erkende {S}", "verzekerde {S}", "beweerde {S}", "betoogde {S}",
        "onderstreepte {S}", "concludeerde {S}", "constateerde {S}", "verduidelijkte {S}", "preciseerde {S}",
        "herhaalde {S}", "beaamde {S}", "bekende {S}", "onthulde {S}", "vervolgde {S}", "besloot {S}", "sprak {S}",
        "riep {S}", "fluisterde {S}", "grapte {S}", "verzuchtte {S}", "zuchtte {S}", "lachte {S}", "twitterde {S}",
        "weersprak {S}", "ontkende {S}", "pareerde {S}", "kaatste {S} terug", "argumenteerde {S}",
        "verdedigde {S}", "rechtvaardigde {S}", "motiveerde {S}", "analyseerde {S}", "resumeerde {S}", "noteerde {S}", "beklemtoonde {S}", "opperde {S}", "suggereerde {S}", "signaleerde {S}",
        "bezwoer {S}", "vatte {S} samen", "voerde {S} aan",
        "zegt {S}", "vertelt {S}", "stelt {S}", "benadrukt {S}", "erkent {S}", "meent {S}", "vindt {S}",
        // Particle verbs: the particle closes the clause.
        "gaf {S} toe", "legde {S} uit", "voegde {S} eraan toe", "deelde {S} mee", "merkte {S} op", "vulde {S} aan",
        "gaf {S} aan", "stelde {S} vast", "zette {S} uiteen", "hield {S} vol", "wierp {S} tegen", "lichtte {S} toe",
        "kondigde {S} aan", "riep {S} op", "sprak {S} tegen", "gaf {S} te kennen", "stelde {S} gerust", "bracht {S} in",
        "legt {S} uit", "geeft {S} toe", "voegt {S} toe", "merkt {S} op",
        // Judgements, guesses, fears and hopes.
        "meende {S}", "oordeelde {S}", "bekritiseerde {S}", "hekelde {S}", "betreurde {S}", "klaagde {S}",
        "prees {S}", "loofde {S}", "verwelkomde {S}", "juichte {S}", "spotte {S}", "schamperde {S}", "mopperde {S}",
        "foeterde {S}", "verwachtte {S}", "voorspelde {S}", "schatte {S}", "vermoedde {S}", "vreesde {S}", "hoopte {S}",
        "twijfelde {S}", "geloofde {S}", "dacht {S}", "redeneerde {S}", "verbaasde {S} zich", "vreest {S}", "hoopt {S}",
        // Demands, warnings and promises.
        "vroeg {S}", "eiste {S}", "vorderde {S}", "drong {S} aan", "waarschuwde {S}", "maande {S}", "beloofde {S}",
        "zwoer {S}", "dreigde {S}", "smeekte {S}", "pleitte {S}", "stelde {S} voor", "adviseerde {S}", "raadde {S} aan",
        "verzocht {S}",
        // Reflexive verbs of stance.
        "toonde {S} zich tevreden", "toonde {S} zich verheugd", "toonde {S} zich teleurgesteld", "liet {S} zich ontvallen",
        "ergerde {S} zich", "beklaagde {S} zich", "vroeg {S} zich af", "verweerde {S} zich", "verdedigde {S} zich",
        "herinnerde {S} zich", "uitte {S} zich kritisch", "verheugde {S} zich",
        "vraagt {S} zich af", "toont {S} zich optimistisch",
    ];
}
