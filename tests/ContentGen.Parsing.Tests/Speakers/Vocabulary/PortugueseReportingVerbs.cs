namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A Portuguese news desk's reporting verbs, from a standard inventory (not from articles), in the
/// preterite the press writes after a quote ("admitiu {S}"), the present of features ("explica
/// {S}"), and the pronominal forms, the pronoun joined after the verb ("queixou-se {S}",
/// "mostrou-se confiante {S}") as European Portuguese writes them.
/// </summary>
internal static class PortugueseReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "disse {S}", "afirmou {S}", "declarou {S}", "explicou {S}", "acrescentou {S}", "sublinhou {S}", "salientou {S}",
        "destacou {S}", "referiu {S}", "indicou {S}", "assegurou {S}", "garantiu {S}", "admitiu {S}", "reconheceu {S}",
        "confessou {S}", "revelou {S}", "contou {S}", "relatou {S}", "respondeu {S}", "retorquiu {S}", "replicou {S}",
        "concluiu {S}", "resumiu {S}", "precisou {S}", "esclareceu {S}", "frisou {S}", "reforçou {S}", "insistiu {S}",
        "reiterou {S}", "reafirmou {S}", "ratificou {S}", "proclamou {S}", "enfatizou {S}", "realçou {S}",
        "descreveu {S}", "opinou {S}", "indagou {S}", "ripostou {S}", "rebateu {S}", "pontuou {S}", "ponderou {S}", "completou {S}", "repetiu {S}", "confirmou {S}", "anunciou {S}", "comentou {S}", "observou {S}", "notou {S}",
        "considerou {S}", "defendeu {S}", "sustentou {S}", "argumentou {S}", "justificou {S}", "detalhou {S}",
        "escreveu {S}", "lembrou {S}", "recordou {S}", "negou {S}", "desmentiu {S}", "contrapôs {S}", "ressalvou {S}",
        "vincou {S}", "atirou {S}", "rematou {S}", "desabafou {S}", "confidenciou {S}", "partilhou {S}", "assumiu {S}",
        "diz {S}", "explica {S}", "conta {S}", "admite {S}", "garante {S}", "afirma {S}", "sublinha {S}", "recorda {S}",
        "resume {S}", "acrescenta {S}", "lamenta {S}",
        // Judgements, guesses, fears and hopes.
        "lamentou {S}", "criticou {S}", "denunciou {S}", "acusou {S}", "elogiou {S}", "saudou {S}", "celebrou {S}",
        "ironizou {S}", "brincou {S}", "gracejou {S}", "suspirou {S}", "exclamou {S}", "estimou {S}", "calculou {S}",
        "previu {S}", "vaticinou {S}", "temeu {S}", "receou {S}", "esperou {S}", "lastimou {S}", "deplorou {S}",
        "protestou {S}", "reclamou {S}", "sorriu {S}", "gritou {S}", "sussurrou {S}", "avaliou {S}",
        "classificou {S}", "qualificou {S}", "teme {S}", "espera {S}", "critica {S}",
        // Demands, warnings and promises.
        "pediu {S}", "exigiu {S}", "reivindicou {S}", "alertou {S}", "avisou {S}", "advertiu {S}", "prometeu {S}",
        "jurou {S}", "ameaçou {S}", "apelou {S}", "instou {S}", "propôs {S}", "sugeriu {S}", "recomendou {S}",
        "aconselhou {S}", "apontou {S}", "antecipou {S}", "avançou {S}",
        // Pronominal verbs, the pronoun after the verb.
        "queixou-se {S}", "lamentou-se {S}", "congratulou-se {S}", "mostrou-se confiante {S}", "mostrou-se preocupada {S}",
        "disse-se confiante {S}", "comprometeu-se {S}", "interrogou-se {S}", "perguntou-se {S}", "defendeu-se {S}",
        "justificou-se {S}", "manifestou-se {S}", "insurgiu-se {S}", "regozijou-se {S}", "declarou-se {S}",
        "queixa-se {S}", "lamenta-se {S}", "interroga-se {S}", "mostra-se confiante {S}",
    ];
}
