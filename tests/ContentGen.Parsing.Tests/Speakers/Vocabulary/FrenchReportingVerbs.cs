namespace ContentGen.Parsing.Tests.Speakers.Vocabulary;

/// <summary>
/// A French news desk's reporting verbs, from a standard inventory (not from articles), in the
/// passé composé the press writes after a quote ("a reconnu {S}"), in the present of features
/// ("regrette {S}"), and pronominal ("s'est félicitée {S}", "s'inquiète {S}"). The speaker is a
/// woman, so participles of pronominal verbs agree.
/// </summary>
internal static class FrenchReportingVerbs
{
    public static readonly string[] Templates =
    [
        // Statements and their manner.
        "a déclaré {S}", "a affirmé {S}", "a ajouté {S}", "a expliqué {S}", "a souligné {S}", "a estimé {S}", "a assuré {S}",
        "a indiqué {S}", "a précisé {S}", "a rappelé {S}", "a insisté {S}", "a martelé {S}", "a lancé {S}", "a confié {S}",
        "a raconté {S}", "a poursuivi {S}", "a conclu {S}", "a résumé {S}", "a témoigné {S}", "a glissé {S}", "a répondu {S}",
        "a commenté {S}", "a observé {S}", "a noté {S}", "a reconnu {S}", "a admis {S}", "a avoué {S}", "a concédé {S}",
        "a confirmé {S}", "a annoncé {S}", "a révélé {S}", "a détaillé {S}", "a justifié {S}", "a nuancé {S}", "a argué {S}",
        "a objecté {S}", "a rétorqué {S}", "a répliqué {S}", "a renchéri {S}", "a enchaîné {S}", "a soutenu {S}",
        "a maintenu {S}", "a certifié {S}", "a garanti {S}", "a signalé {S}", "a relevé {S}", "a constaté {S}",
        "a tranché {S}", "a écrit {S}", "a tweeté {S}", "a répété {S}", "a réitéré {S}", "a réaffirmé {S}", "a redit {S}", "a rectifié {S}", "a proclamé {S}",
        "a confessé {S}", "a acquiescé {S}", "décrypte {S}", "a riposté {S}", "s'est enthousiasmée {S}", "s'est lamentée {S}", "redit {S}", "a martelé encore {S}",
        "a contesté {S}", "a démenti {S}", "a nié {S}", "a protesté {S}", "a plaidé {S}",
        // Judgements, guesses, fears and hopes.
        "a regretté {S}", "a déploré {S}", "a dénoncé {S}", "a fustigé {S}", "a critiqué {S}", "a salué {S}", "a jugé {S}",
        "a ironisé {S}", "a plaisanté {S}", "a souri {S}", "a soupiré {S}", "a espéré {S}", "a craint {S}", "a redouté {S}",
        "a prédit {S}", "a pronostiqué {S}", "a supposé {S}", "a tempêté {S}", "a pesté {S}",
        "a tonné {S}", "a raillé {S}", "a lâché {S}", "a soufflé {S}", "a murmuré {S}", "a crié {S}",
        "regrette {S}", "déplore {S}", "espère {S}", "craint {S}", "redoute {S}", "reconnaît {S}", "admet {S}",
        "souligne {S}", "dit {S}", "raconte {S}", "confie {S}", "explique {S}", "conclut {S}", "prévient {S}", "résume {S}",
        // Demands, warnings and promises.
        "a demandé {S}", "a réclamé {S}", "a exigé {S}", "a prévenu {S}", "a averti {S}", "a alerté {S}", "a mis en garde {S}",
        "a promis {S}", "a juré {S}", "a menacé {S}", "a appelé {S}", "a exhorté {S}", "a imploré {S}", "a supplié {S}",
        "a proposé {S}", "a suggéré {S}", "a recommandé {S}", "a conseillé {S}",
        // Pronominal verbs.
        "s'est félicitée {S}", "s'est inquiétée {S}", "s'est indignée {S}", "s'est insurgée {S}", "s'est étonnée {S}",
        "s'est emportée {S}", "s'est agacée {S}", "s'est exclamée {S}", "s'est interrogée {S}", "s'est alarmée {S}",
        "s'est réjouie {S}", "s'est désolée {S}", "s'est défendue {S}", "s'est justifiée {S}", "s'est plainte {S}",
        "s'est souvenue {S}", "s'est engagée {S}", "s'est dite confiante {S}", "s'est montrée prudente {S}",
        "s'inquiète {S}", "s'indigne {S}", "se félicite {S}", "se réjouit {S}", "s'étonne {S}", "se désole {S}",
        "se souvient {S}", "s'interroge {S}", "se défend {S}", "se plaint {S}", "s'emporte {S}",
    ];
}
