namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An epithet at the cue followed by a relative clause ("lamenta el ingeniero, que …", "sagte die Ingenieurin,
/// die …") means the person it would mean before a full stop: the clause describes that person.
/// </summary>
public sealed class EpithetRelativeClauseTests
{
    [Fact]
    public void AnEpithetBeforeARelativeClause_IsThePersonNamed_Spanish()
        => Assert.Equal(
            new string?[] { "Fermín Cuadrado" },
            QuoteSpeakers.Under(
                "El recinto ferial no estará listo",
                "Fermín Cuadrado dirige las obras del recinto. «Allí no va a ir nadie a pie», lamenta el ingeniero, que calcula otros tres meses de retraso."));

    [Fact]
    public void AnEpithetBeforeARelativeClause_IsThePersonNamed_German()
        => Assert.Equal(
            new string?[] { "Katrin Vogel" },
            QuoteSpeakers.Under(
                "Die Brücke wird später fertig",
                "Katrin Vogel leitet die Baustelle seit dem Frühjahr. „Vor dem Sommer wird das nichts“, sagt die Ingenieurin, die mit drei weiteren Monaten rechnet."));

    [Fact]
    public void AnEpithetBeforeARelativeClause_IsThePersonNamed_Italian()
        => Assert.Equal(
            new string?[] { "Luca Neri" },
            QuoteSpeakers.Under(
                "Il ponte non sarà pronto prima dell'estate",
                "Luca Neri dirige il cantiere dalla primavera. «Prima dell'estate non se ne parla», spiega l'ingegnere, che prevede altri tre mesi di lavori."));

    [Fact]
    public void AnEpithetBeforeARelativeClause_IsThePersonNamed_French()
        => Assert.Equal(
            new string?[] { "Claire Dumont" },
            QuoteSpeakers.Under(
                "Le pont ne sera pas prêt avant l'été",
                "Claire Dumont dirige le chantier depuis le printemps. « Avant l'été, ce ne sera pas possible », explique l'ingénieure, qui prévoit trois mois de travaux de plus."));

    [Fact]
    public void ANameInsideTheRelativeClause_IsNotTaken_Spanish()
        => Assert.Equal(
            new string?[] { "Fermín Cuadrado" },
            QuoteSpeakers.Under(
                "El recinto ferial no estará listo",
                "Fermín Cuadrado dirige las obras del recinto. «Allí no va a ir nadie a pie», lamenta el ingeniero, que cita a Tomás Gil."));

    [Fact]
    public void AnEpithetBeforeARelativeClause_WithNoOneNamed_IsNoOne_Spanish()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "El recinto ferial no estará listo",
                "Las obras del recinto empezaron en mayo. «Allí no va a ir nadie a pie», lamenta el ingeniero, que calcula otros tres meses de retraso."));
}
