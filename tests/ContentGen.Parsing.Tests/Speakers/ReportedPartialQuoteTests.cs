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
