namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document opening its sentence with only a verb of reading or saying before the colon ("In het
/// persbericht van X staat:", "In einer Mitteilung des X hieß es:", "No comunicado da X lê-se:")
/// gives the quote to the document's issuer. A name joined by a hyphen to a document's noun after
/// the quote ("staat in de Brinkhorst-verklaring", "heißt es in der Brandl-Mitteilung") is the
/// document's owner. A clause with a subject of its own, or a hyphenated word that is no document,
/// names no issuer this way.
/// </summary>
public sealed class OpeningAndJoinedDocumentTests
{
    [Theory]
    [InlineData("nl", "In het persbericht van de Omgevingsdienst Rijnmond staat: “Wij onderzoeken of de tank aan de eisen voldeed.”", "Omgevingsdienst Rijnmond")]
    [InlineData("de", "In einer Mitteilung des Bauernverbands Unterland hieß es: „Wer von unserer Milch gelebt hat, darf uns jetzt nicht abspeisen.“", "Bauernverband Unterland")]
    [InlineData("pt", "No comunicado da Câmara Municipal de Vila Serena lê-se: “As obras começam em maio e acabam em setembro.”", "Câmara Municipal de Vila Serena")]
    public void ADocumentOpeningItsSentence_GivesItsIssuer(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Werk", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("nl", "Het bedrijf Kroeze Coatings heeft dinsdag een lekkage gehad. “We betreuren de overlast voor de buurt”, staat in de Kroeze-verklaring.", "Kroeze Coatings")]
    [InlineData("de", "Die Firma Hollmann Milch schließt das Werk in Aschau. „Jeder Landwirt kann auch künftig an uns liefern“, heißt es in der Hollmann-Mitteilung.", "Hollmann Milch")]
    public void ANameJoinedToADocumentNoun_IsItsOwner(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Werk", LanguageLeads.For(language), paragraph));

    // Guards: a hyphenated word that is no document ("de Kroeze-fabriek") owns no words; a verb with
    // a subject of its own after the document opens a clause, no impersonal reading.
    [Fact]
    public void AJoinedWordThatIsNoDocument_OwnsNoWords()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Werk",
            LanguageLeads.Dutch,
            "Het bedrijf Kroeze Coatings heeft dinsdag een lekkage gehad. “We betreuren de overlast voor de buurt”, staat in de Kroeze-fabriek."));

    [Fact]
    public void ADocumentBeforeAVerbWithItsOwnSubject_IsNotTheIssuersWords()
        => Assert.DoesNotContain("Omgevingsdienst Rijnmond", QuoteSpeakers.Under(
            "Werk",
            LanguageLeads.Dutch,
            "In het persbericht van de Omgevingsdienst Rijnmond citeert directeur Anna Brinkman: “Wij onderzoeken of de tank aan de eisen voldeed.”"));
}
