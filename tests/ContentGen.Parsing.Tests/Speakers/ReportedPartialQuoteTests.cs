namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A partial quote inside reported prose, whose reporting verb and subject stand in the same
/// sentence: a reporting gerund after the main clause's comma (French "dénonçant", Italian
/// "denunciando", spelt as each language writes it), and an object pronoun between the subject and
/// its verb ("X y explique que", "X en a vanté", "X lo anunció", "X l'ha annunciato").
/// </summary>
public sealed class ReportedPartialQuoteTests
{
    [Theory]
    [InlineData("fr", "Paul Girard a quitté la salle, dénonçant un « simulacre de débat ».", "Paul Girard")]
    [InlineData("fr", "Paul Girard a quitté le conseil, interrogeant les élus sur un « budget opaque ».", "Paul Girard")]
    [InlineData("fr", "Les syndicats ont accueilli fraîchement ces annonces, redoutant une « fermeture définitive ».", "syndicats")]
    [InlineData("it", "Marco Bellini ha lasciato la sala, denunciando una «mancanza di rispetto».", "Marco Bellini")]
    [InlineData("it", "Marco Bellini ha firmato la lettera, dicendo di temere un «inverno difficile».", "Marco Bellini")]
    [InlineData("es", "Marco Bellini abandonó la sala, denunciando una «falta de respeto».", "Marco Bellini")]
    [InlineData("pt", "Marco Bellini abandonou a sala, denunciando uma “falta de respeito”.", "Marco Bellini")]
    [InlineData("fr", "Les syndicats ont quitté la séance, dénonçant une « fermeture définitive ».", "syndicats")]
    [InlineData("es", "Los sindicatos abandonaron la sala, denunciando una «falta de respeto».", "sindicatos")]
    public void AReportingGerundAfterTheMainClause_GivesItsSubject(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    [Theory]
    [InlineData("fr", "Paul Girard y explique que le chantier « prendra du retard ».", "Paul Girard")]
    [InlineData("fr", "Paul Girard en a dénoncé « la lenteur » devant le conseil.", "Paul Girard")]
    [InlineData("fr", "Paul Girard l'a annoncé mardi, évoquant des « raisons budgétaires ».", "Paul Girard")]
    [InlineData("es", "Marco Bellini lo anunció el martes, denunciando una «falta de respeto».", "Marco Bellini")]
    [InlineData("es", "Marco Bellini les explicó que el muelle «no abrirá en mayo».", "Marco Bellini")]
    [InlineData("it", "Marco Bellini l'ha annunciato martedì, denunciando una «mancanza di rispetto».", "Marco Bellini")]
    [InlineData("it", "Marco Bellini ne ha denunciato «la lentezza» davanti al consiglio.", "Marco Bellini")]
    [InlineData("pt", "Marco Bellini lhes garantiu que o cais “não reabre em maio”.", "Marco Bellini")]
    public void AnObjectPronounBeforeTheVerb_LeavesItsSubject(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    // A body speaks through the gerund as a person does: the sentence opens on its name, or on
    // its common noun once the article has named it; "invoquant" gives grounds, as "citing" does.
    [Theory]
    [InlineData("fr", "La préfecture de la Vienne a interdit la marche, invoquant des « risques pour l'ordre public ».", "préfecture de la Vienne")]
    [InlineData("fr", "Le préfet Jean Morel a interdit la marche, invoquant des « risques pour l'ordre public ».", "Jean Morel")]
    public void ABodyOpeningTheSentence_SpeaksThroughTheGerund(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));

    [Theory]
    [InlineData("fr", "Le Syndicat des eaux de la Lière a voté mardi.", "Le syndicat a fermé la station jeudi, évoquant une « pollution grave ».", "Syndicat des eaux de la Lière")]
    [InlineData("en", "Harbourton Council met on Monday.", "The council closed the old bridge, citing \"serious safety concerns\".", "Harbourton Council")]
    public void ABodysCommonNoun_SpeaksThroughTheGerund(string language, string before, string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guards: the body must open the sentence as its subject; as the verb's object, or a body the
    // article never named read by its common noun alone, it gives no one.
    [Theory]
    [InlineData("fr", "Le Syndicat des eaux de la Lière a voté mardi.", "Les travaux ont bloqué le syndicat jeudi, invoquant une « pollution grave ».")]
    [InlineData("en", "Harbourton Council met on Monday.", "The storm closed the council's offices, citing \"serious safety concerns\".")]
    [InlineData("en", "The match was played on Monday.", "The council closed the old bridge, citing \"serious safety concerns\".")]
    public void ABodyThatIsNoSubject_GivesNoOne(string language, string before, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guard: a main clause longer than MaxBodyClause between the body's noun and the gerund is
    // not read as one clause, and the gerund gives no one.
    [Fact]
    public void AGerundPastALongClause_GivesNoOne()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titre", LanguageLeads.For("en"), "Harbourton Council met on Monday.",
            "The council closed the old bridge and the two car parks beside the river on the eastern edge of the town for at least three weeks after the long and heavy storms of the winter, citing \"serious safety concerns\"."));

    // Guards: a clause of its own subject after "that" or "que" stands between the body and the
    // gerund, which may be that subject's; a relative clause or an apposition after the body's
    // noun may name another body.
    [Theory]
    [InlineData("fr", "Le Syndicat des eaux de la Lière a voté mardi.", "Le syndicat a appris que le maire avait fermé la station, évoquant une « pollution grave ».", "Syndicat des eaux de la Lière")]
    [InlineData("fr", "Le Syndicat des eaux de la Lière a voté mardi.", "Le syndicat a appris qu'Anne Roux avait fermé la station, évoquant une « pollution grave ».", "Syndicat des eaux de la Lière")]
    [InlineData("en", "Harbourton Council met on Monday.", "The council's website reported that the builder, who seemed calm, left early, insisting he was \"never told\".", "Harbourton Council")]
    [InlineData("fr", "L'association Vérène Culture a voté mardi.", "L'association qui organise le festival, Les Amis du Pont, l'a annoncé mardi, évoquant une « impasse financière ».", "Vérène Culture")]
    [InlineData("fr", "L'association Vérène Culture a voté mardi.", "L'association, que préside désormais Anne Roux, l'a annoncé mardi, évoquant une « impasse financière ».", "Vérène Culture")]
    [InlineData("en", "Harbourton Trust met on Monday.", "The trust that runs the park, Green Acres, closed the gates, citing \"serious safety concerns\".", "Harbourton Trust")]
    public void AThatClauseBeforeTheGerund_KeepsItFromTheBody(string language, string before, string sentence, string body)
        => Assert.DoesNotContain(body, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guards: a gerund or a verb that does not report, past a pronoun or not, gives no one.
    [Theory]
    [InlineData("fr", "Paul Girard a quitté la salle, visitant ensuite les « quartiers nord ».")]
    [InlineData("fr", "Paul Girard y a visité les « quartiers nord » mardi.")]
    [InlineData("fr", "Paul Girard en a repeint « la grande porte » mardi.")]
    [InlineData("it", "Marco Bellini ha lasciato la sala, visitando poi i «quartieri nord».")]
    [InlineData("it", "Marco Bellini ne ha dipinto «la grande porta» martedì.")]
    [InlineData("es", "Marco Bellini lo pintó el martes, visitando luego los «barrios del norte».")]
    [InlineData("pt", "Marco Bellini lhes mostrou os “bairros do norte”.")]
    [InlineData("fr", "Les travaux ont repris mardi, évoquant des « jours meilleurs ».")]
    public void AVerbThatDoesNotReport_GivesNoOne(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), sentence));
}
