namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document opening its sentence with its issuer named after its noun, then only a verb of reading
/// or saying with no subject of its own, then the clause it reports after a comma or a
/// complementiser: the quote in that clause is the issuer's ("In einer Mitteilung der Gemeinde
/// Talheim hieß es, der Chor trage „…“"; Speakers/Sieves/ColonCue.OpeningDocumentClause.cs). Stops:
/// a document whose issuer the sentence does not name; a verb of saying inside the reported clause;
/// a subject of its own before the clause.
/// </summary>
public sealed class OpeningDocumentClauseTests
{
    [Fact]
    public void AGermanMitteilungOfTheMunicipality_GivesTheMunicipality()
        => Assert.Equal(
            new[] { "Gemeinde Talheim" },
            QuoteSpeakers.Under(
                "Chor gewinnt Landespreis",
                "Der Kirchenchor hat den Landespreis gewonnen. In einer Mitteilung der Gemeinde Talheim hieß es, der Chor trage „den Namen des Dorfes weit hinaus“."));

    [Fact]
    public void AGermanMitteilungWithItsDay_GivesTheBodyInTheNominative()
        => Assert.Equal(
            new[] { "Förderverein Lesezeit" },
            QuoteSpeakers.Under(
                "Bücherei bleibt offen",
                "Die Bücherei in Talheim bleibt vorerst offen. Der Gemeinderat hatte im Sommer über die Schließung beraten, weil die Kosten für das Gebäude und die Heizung seit Jahren steigen und die Zahl der Leser zurückgeht.",
                "In einer Mitteilung des Fördervereins Lesezeit hieß es am Donnerstag, man stehe „zu jedem Leser“."));

    [Fact]
    public void ASpanishComunicadoOfTheCooperative_GivesTheCooperative()
        => Assert.Equal(
            new[] { "Cooperativa Vallealto" },
            QuoteSpeakers.Under(
                "La almazara, al límite",
                "La campaña empezó el lunes. En el comunicado de la Cooperativa Vallealto se lee que la almazara está «al límite de su capacidad»."));

    [Fact]
    public void AnItalianComunicatoOfTheConsortium_GivesTheConsortium()
        => Assert.Equal(
            new[] { "Consorzio Alto Serio" },
            QuoteSpeakers.Under(
                "Le analisi del depuratore",
                "Le analisi sono arrivate lunedì. Nel comunicato del Consorzio Alto Serio si legge che gli scarichi sono «tutti nella norma»."));

    [Fact]
    public void APortugueseComunicadoOfTheAssociation_GivesTheAssociation()
        => Assert.Equal(
            new[] { "Associação de Regantes do Vale" },
            QuoteSpeakers.Under(
                "Barragem em mínimos",
                "A seca continua. No comunicado da Associação de Regantes do Vale lê-se que a barragem está «quase vazia»."));

    [Fact]
    public void ADutchVerklaringOfTheFoundation_GivesTheFoundation()
        => Assert.Equal(
            new[] { "Stichting Duinzicht" },
            QuoteSpeakers.Under(
                "Kritiek op bouwplan",
                "Het plan werd dinsdag gepresenteerd. In de verklaring van de Stichting Duinzicht staat dat het plan ‘slecht doordacht’ is."));

    // Stop: a report whose issuer the sentence does not name is not always its body's words.
    [Fact]
    public void ADocumentWithNoIssuerNamed_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Lage im Klärwerk",
                "Das Klärwerk wurde geprüft. Im Bericht heißt es, die Lage sei „ernst“."));

    // Stop: a verb of saying in the reported clause says whose words the quote is.
    [Fact]
    public void AVerbOfSayingInTheReportedClause_IsNotTheDocuments()
        => Assert.DoesNotContain(
            "Gemeinde Talheim",
            QuoteSpeakers.Under(
                "Chor gewinnt Landespreis",
                "Der Kirchenchor hat gewonnen. In einer Mitteilung der Gemeinde Talheim hieß es, Bürgermeister Franz Roth habe von einem „großen Tag“ gesprochen."));

    // Stop: a subject of its own before the reported clause is the clause's speaker, not the document's issuer.
    [Fact]
    public void ASubjectOfItsOwnBeforeTheClause_IsNotTheIssuer()
        => Assert.DoesNotContain(
            "Gemeinde Talheim",
            QuoteSpeakers.Under(
                "Chor gewinnt Landespreis",
                "Der Kirchenchor hat gewonnen. In einer Mitteilung der Gemeinde Talheim kritisiert der Heimatverein, der Chor trage „zu wenig Tracht“."));
}
