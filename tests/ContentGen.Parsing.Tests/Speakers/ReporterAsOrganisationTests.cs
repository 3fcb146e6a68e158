namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Harbourline said sales rose. The company added: '…'": an organisation noun with no
/// organisation named before it means the one-word name that reported just before, when nothing
/// says that name is a person's (no first name, no title, no gender, not a known surname). The
/// name is capitalised inside a sentence elsewhere, as a one-word name must be to be read as one.
/// </summary>
public sealed class ReporterAsOrganisationTests
{
    [Theory]
    [InlineData("Ferry sales rise", "Shares in Harbourline rose on Monday. Harbourline said ticket sales had risen by a fifth over the summer. The company also said: \"We expect an even stronger winter.\"", "Harbourline")]
    [InlineData("Más rutas", "Las acciones de Navimar subieron el lunes. Navimar dijo el martes que abrirá tres rutas nuevas en primavera. La empresa añadió: «Queremos crecer en el Atlántico».", "Navimar")]
    [InlineData("Nuove linee", "Le azioni di Ferrolago sono salite lunedì. Ferrolago ha detto che i biglietti venduti sono cresciuti di un quinto. La società ha aggiunto: «Ci aspettiamo un inverno ancora migliore».", "Ferrolago")]
    [InlineData("Mais passageiros", "As ações da Rialva subiram na segunda-feira. A Rialva disse que as vendas subiram um quinto durante o verão. A empresa acrescentou: “Esperamos um inverno ainda melhor.”", "Rialva")]
    public void AnOrganisationNoun_MeansTheOneWordReporterJustBefore(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Someone named in full is a person: "the company" is not their surname.
    [Fact]
    public void APersonsSurname_IsNoOrganisation()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Ferry sales rise",
                "Jane Harbour, who sells tickets at the quay, said sales had risen by a fifth. Harbour said the queues were long.",
                "The company said: \"We expect an even stronger winter.\""));

    // A title says a person.
    [Fact]
    public void ANameUnderATitle_IsNoOrganisation()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Ferry sales rise",
                "Shares in Harbourline rose on Monday. Mr Harbourline said ticket sales had risen by a fifth. The company said: \"We expect an even stronger winter.\""));

    // Two sentences of other matters between: the reporter is no longer the one meant.
    [Fact]
    public void AReporterLongBefore_IsNotMeant()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Ferry sales rise",
                "Shares in Harbourline rose on Monday. Harbourline said ticket sales had risen by a fifth. The quay was rebuilt last year. Fares went up in the spring. Queues were long in August.",
                "The company said: \"We expect an even stronger winter.\""));

    // "The council" is a body of its own kind: a one-word name before it is not the council.
    [Fact]
    public void ADocumentsNoun_IsNotTheReporter()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Ferry sales rise",
                "Shares in Harbourline rose on Monday. Harbourline said ticket sales had risen by a fifth. The report said: \"Queues were long all summer.\""));

    // A charity or a board is seldom one word: the one-word name before it is more often a person's.
    [Fact]
    public void ABodysNoun_IsNotTheReporter()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Ferry sales rise",
                "Shares in Harbourline rose on Monday. Harbourline said ticket sales had risen by a fifth. The charity said: \"Queues were long all summer.\""));

    // "Il sindacato", "o sindicato": a union is no business.
    [Theory]
    [InlineData("Nuove linee", "Le azioni di Ferrolago sono salite lunedì. Ferrolago ha detto che i biglietti venduti sono cresciuti di un quinto. Il sindacato ha aggiunto: «Ci aspettiamo un inverno difficile».")]
    [InlineData("Mais passageiros", "As ações da Rialva subiram na segunda-feira. A Rialva disse que as vendas subiram um quinto durante o verão. O sindicato acrescentou: “Esperamos um inverno difícil.”")]
    public void AUnionsNoun_IsNotTheReporter(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
