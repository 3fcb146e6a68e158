namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A German news desk's reporting verbs, from a standard inventory (not from articles): statements,
/// demands, promises and feelings, in the preterite the press writes them in, separable verbs with
/// their particle at the clause's end ("räumte {S} ein"), reflexive stance verbs ("zeigte sich {S}
/// zuversichtlich") and a few in the present. <c>{S}</c> is the subject's place after the quote.
/// </summary>
internal static class GermanReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "sagte {S}", "erklärte {S}", "betonte {S}", "meinte {S}", "ergänzte {S}", "berichtete {S}", "versicherte {S}",
        "bestätigte {S}", "antwortete {S}", "schrieb {S}", "erläuterte {S}", "präzisierte {S}", "behauptete {S}",
        "verkündete {S}", "bekräftigte {S}", "entgegnete {S}", "erwiderte {S}", "erzählte {S}", "äußerte {S}",
        "unterstrich {S}", "verteidigte {S}", "beteuerte {S}", "verriet {S}", "gestand {S}", "bekannte {S}",
        "argumentierte {S}", "begründete {S}", "konterte {S}", "relativierte {S}", "konstatierte {S}", "resümierte {S}",
        "bilanzierte {S}", "folgerte {S}", "schloss {S}", "analysierte {S}", "informierte {S}", "meldete {S}",
        "insistierte {S}", "beharrte {S}", "notierte {S}", "vermerkte {S}", "twitterte {S}", "wiederholte {S}", "schilderte {S}", "beschrieb {S}", "dementierte {S}",
        "bestritt {S}", "enthüllte {S}", "verdeutlichte {S}", "plädierte {S}", "beanstandete {S}", "schlussfolgerte {S}",
        "fügte {S} an", "mahnte {S} an",
        // Separable verbs: the particle closes the clause.
        "räumte {S} ein", "gab {S} zu", "kündigte {S} an", "wies {S} zurück", "hob {S} hervor", "stellte {S} klar",
        "fügte {S} hinzu", "teilte {S} mit", "sagte {S} zu", "stellte {S} fest", "gab {S} bekannt", "wandte {S} ein",
        "warf {S} ein", "merkte {S} an", "führte {S} aus", "fasste {S} zusammen", "schob {S} nach", "legte {S} nach",
        "deutete {S} an", "schränkte {S} ein", "hielt {S} fest", "hielt {S} dagegen", "gab {S} an", "sicherte {S} zu",
        "stimmte {S} zu", "räumt {S} ein", "gibt {S} zu",
        // Judgements, guesses, fears and hopes.
        "kritisierte {S}", "lobte {S}", "beklagte {S}", "bemängelte {S}", "monierte {S}", "rügte {S}", "klagte {S}",
        "bedauerte {S}", "begrüßte {S}", "schätzte {S}", "vermutete {S}", "mutmaßte {S}", "spekulierte {S}",
        "befürchtete {S}", "fürchtete {S}", "hoffte {S}", "bezweifelte {S}", "zweifelte {S}", "glaubte {S}",
        "urteilte {S}", "befand {S}", "prognostizierte {S}", "prophezeite {S}", "unkte {S}", "schwärmte {S}",
        "jubelte {S}", "scherzte {S}", "spottete {S}", "lachte {S}", "seufzte {S}", "stöhnte {S}", "schimpfte {S}",
        "wetterte {S}", "polterte {S}", "ätzte {S}", "staunte {S}", "hofft {S}", "fürchtet {S}",
        // Demands, warnings and promises.
        "forderte {S}", "verlangte {S}", "warnte {S}", "mahnte {S}", "appellierte {S}", "drängte {S}", "bat {S}",
        "versprach {S}", "schwor {S}", "drohte {S}", "beschwichtigte {S}", "widersprach {S}", "fragte {S}", "rief {S}",
        "erinnerte {S}", "kommentierte {S}",
        // Reflexive verbs of stance and feeling.
        "zeigte sich {S} zuversichtlich", "zeigte sich {S} enttäuscht", "zeigte sich {S} überzeugt", "gab sich {S} gelassen",
        "freute sich {S}", "ärgerte sich {S}", "beschwerte sich {S}", "wunderte sich {S}", "empörte sich {S}",
        "sorgte sich {S}", "äußerte sich {S}", "erinnerte sich {S}", "gab sich {S} kämpferisch",
    ];
}
