namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A standfirst gives a view or words to a role before the article names anyone ("Pour le maire,
/// c'est « une chance unique ».") and the body names the role's one holder later ("Le maire,
/// Jean-Luc Morvan, …"): the role means that holder. Before, with no holder yet and no one in
/// view, the quote was no one's. A role the article later gives two people, or none, stays no one's.
/// </summary>
public sealed class RoleNamedLaterTests
{
    [Fact]
    public void FrenchRoleInTheStandfirst_IsItsHolderNamedLater()
        => Assert.Equal(
            new[] { "Jean-Luc Morvan" },
            QuoteSpeakers.Under(
                "Halle de Castelroc",
                "Le projet de halle couverte divise la commune. Pour le maire, c'est « une chance unique ».",
                "Le maire, Jean-Luc Morvan, défend le projet depuis deux ans devant le conseil municipal."));

    [Fact]
    public void SpanishRoleInTheStandfirst_IsItsHolderNamedLater()
        => Assert.Equal(
            new[] { "Ramón Ferrer" },
            QuoteSpeakers.Under(
                "Mercado de Villalba",
                "El proyecto del mercado cubierto divide al pueblo. Para el alcalde, es «una oportunidad única».",
                "El alcalde, Ramón Ferrer, defiende el proyecto desde hace dos años ante el pleno municipal."));

    [Fact]
    public void ItalianRoleInTheStandfirst_IsItsHolderNamedLater()
        => Assert.Equal(
            new[] { "Franco Bellini" },
            QuoteSpeakers.Under(
                "Mercato di Vallerosa",
                "Il progetto del mercato coperto divide il paese. Per il sindaco, è «un'occasione unica».",
                "Il sindaco, Franco Bellini, difende il progetto da due anni davanti al consiglio comunale."));

    [Fact]
    public void PortugueseRoleInTheStandfirst_IsItsHolderNamedLater()
        => Assert.Equal(
            new[] { "Rui Pestana" },
            QuoteSpeakers.Under(
                "Mercado de Vale Fundo",
                "O projeto do mercado coberto divide a vila. Para o prefeito, é “uma oportunidade única”.",
                "O prefeito, Rui Pestana, defende o projeto há dois anos perante a câmara municipal."));

    [Fact]
    public void ARoleInASentenceNamingABody_IsItsHolderNamedLater()
        => Assert.Equal(
            new[] { "Ramón Ferrer" },
            QuoteSpeakers.Under(
                "Villalba se queda sin fiesta",
                "La Cofradía de San Telmo suspende la fiesta de junio por falta de voluntarios y el alcalde promete «buscar una salida».",
                "El alcalde, Ramón Ferrer, se reunió el lunes con los vecinos del barrio alto."));

    // Guard: two holders of the role named later: no one knows which the standfirst meant.
    [Fact]
    public void ARoleTwoPeopleHoldLater_IsNoOnes()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Halle de Castelroc",
                "Le projet de halle couverte divise la vallée. Pour le maire, c'est « une chance unique ».",
                "Le maire de Castelroc, Jean-Luc Morvan, défend le projet. Le maire de Valbonne, Henri Castel, le combat depuis deux ans."));

    // Guard: the article names someone later in another role only.
    [Fact]
    public void ARoleNobodyHoldsLater_IsNoOnes()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Halle de Castelroc",
                "Le projet de halle couverte divise la commune. Pour le maire, c'est « une chance unique ».",
                "Le député Paul Roux défend le projet depuis deux ans devant les habitants."));

    [Fact]
    public void EnglishRoleBeforeItsHolderIsNamed_IsThatHolder()
        => Assert.Equal(
            new[] { "Ken Ashdown", "Ken Ashdown" },
            QuoteSpeakers.Under(
                "Harbour trade slows",
                "Exports from the harbour fell for a third month. \"Trade is at a pause but unlikely to fall,\" the trade minister said. \"Growth will be gentler next year,\" said trade minister Ken Ashdown."));

    // Guard: a name beside the role in its sentence holds it there, whoever holds it later.
    [Fact]
    public void ARoleBesideANameInItsSentence_IsNotTheLaterHolders()
        => Assert.NotEqual(
            "Ann Vale",
            QuoteSpeakers.Under(
                "Row over ferry adverts",
                "Ferry services are proving popular with advertisers keen to reach a captive audience.",
                "The debate over pirate crossings rages on. Tom Reed, chief executive of Harbour Lines - a ferry service which runs paid-for crossings - believes it is time advertisers stopped providing 'oxygen' for firms that support piracy.",
                "But the issue is complicated. \"Many big brands have used the chance,\" said chief executive Ann Vale.")[0]);

    // Guard: "Shadow harbour secretary Tom Baker" holds another office than the harbour secretary.
    [Fact]
    public void ADeputyWordBeforeTheRolesModifier_MakesAnotherOffice()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour review",
                "The harbour secretary confirmed the review after a report from the fishing board branded the rules \"a mess\".",
                "Shadow harbour secretary Tom Baker welcomed the review on Thursday."));
}
