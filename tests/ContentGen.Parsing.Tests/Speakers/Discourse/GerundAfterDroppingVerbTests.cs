namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A gerund straight after a reporting verb whose subject is dropped ("», dice ridendo.", "», dijo
/// sonriendo.", "», disse sorrindo.") says how the words were said and closes the cue: the speaker
/// is whom the sentence just before gave as its subject. French and English keep their pronoun
/// ("dit-il en souriant", "he said, laughing"), which is read as before.
/// </summary>
public sealed class GerundAfterDroppingVerbTests
{
    [Theory]
    [InlineData("it", "La maestra Carla Ventura non ha perso una lezione. «Torno ogni anno per i bambini», dice ridendo.", "Carla Ventura")]
    [InlineData("it", "Il capocantiere Enzo Rinaldi è tornato in cantiere. «Adesso si corre», ha detto riprendendo i lavori.", "Enzo Rinaldi")]
    [InlineData("es", "La vecina Pilar Andújar no ha faltado a ninguna sesión. «Vengo por la música y me quedo por la gente», dijo sonriendo.", "Pilar Andújar")]
    [InlineData("es", "El pescador Tomás Ibarra volvió al puerto de madrugada. «El mar ya no da lo que daba», contó riendo.", "Tomás Ibarra")]
    [InlineData("it", "Il consigliere Paolo Santi ha votato contro il bilancio. «Avete scelto di non ascoltare», ha aggiunto rivolgendosi alla maggioranza.", "Paolo Santi")]
    [InlineData("es", "La portavoz Inés Cardona ha pedido la palabra. «Esto no se puede aprobar así», dijo levantándose de la silla.", "Inés Cardona")]
    [InlineData("pt", "A professora Marta Sequeira não falhou um ensaio. “Venho pela música e fico pelas pessoas”, disse sorrindo.", "Marta Sequeira")]
    [InlineData("fr", "L'institutrice Claire Vasseur n'a manqué aucune répétition. « Je viens pour les enfants », dit-elle en souriant.", "Claire Vasseur")]
    [InlineData("en", "The teacher Clara Wendham has not missed a single rehearsal. \"I come for the children,\" she said, laughing.", "Clara Wendham")]
    public void AGerundAfterTheVerb_ClosesTheCue(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // A subject after the gerund ("dijo sonriendo su vecino Ramón Gil") or a clause that goes on past the
    // gerund: the person before is not read as the dropped subject.
    [Theory]
    [InlineData("es", "La vecina Pilar Andújar no ha faltado a ninguna sesión. «Vengo por la música», dijo sonriendo su vecino Ramón Gil.", "Pilar Andújar")]
    [InlineData("it", "La maestra Carla Ventura non ha perso una lezione. «Torno ogni anno», dice ridendo, e poi la sala applaude.", "Carla Ventura")]
    [InlineData("it", "La maestra Carla Ventura non ha perso una lezione. «Torno ogni anno», dice sorridendo Giorgio Bassi.", "Carla Ventura")]
    public void AGerundWithASubjectOrAClauseAfterIt_IsNoDroppedSubject(string language, string paragraph, string notMeant)
        => Assert.NotEqual(notMeant, ProbeArticle.LastSpeaker(language, paragraph));

    // A sentence before that gave no subject: no one is meant.
    [Theory]
    [InlineData("pt", "Choveu toda a manhã na vila. “Venho pela música”, disse sorrindo.")]
    [InlineData("es", "Llovió toda la mañana en el pueblo. «Vengo por la música», dijo sonriendo.")]
    public void AGerundAfterASentenceWithNoSubject_IsNoSpeaker(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
}
