using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document named with a word or two describing it between its article and its noun, after an
/// impersonal cue ("heißt es in einer schriftlichen Erklärung", "se lee en un breve comunicado",
/// "lê-se num comunicado"), gives its words to its issuer as the same cue without the describing
/// words does (Speakers/Phrase.DescribedDocument.cs). A place, a thing that is no document, or a
/// document only spoken of ("in einer Zeitung über die Mitteilung") gives no one, and so does a
/// described document whose owner is given by its kind alone ("des Vereins"), which the cast would
/// give to the latest body of that kind, not always the one meant. English writes
/// no impersonal reading ("it is read in"): its document cues are the subject's ("the firm said in
/// a brief statement"), read before this rule.
/// </summary>
public sealed class DescribedDocumentTests
{
    [Theory]
    [InlineData("heißt es in einer schriftlichen Erklärung der Holding Nordwaren GmbH")]
    [InlineData("hieß es in einer kurzen Mitteilung")]
    [InlineData("heißt es in einer kurzen gemeinsamen Erklärung")]
    [InlineData("hieß es in der schriftlichen Stellungnahme")]
    public void German_DescribedDocument_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Holding Nordwaren GmbH" },
            QuoteSpeakers.Under(
                "Kaufhaus in Brelingen schließt",
                "Die Holding Nordwaren GmbH schließt das Kaufhaus in Brelingen zum Jahresende.",
                "„Der Standort rechnet sich seit Jahren nicht“, " + cue + "."));

    [Theory]
    [InlineData("se lee en un breve comunicado de Calzados Miralba")]
    [InlineData("se lee en un escueto comunicado")]
    public void Spanish_DescribedDocument_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Calzados Miralba" },
            QuoteSpeakers.Under(
                "Cierra la fábrica de Torvalla",
                "La empresa Calzados Miralba cerrará su planta de Torvalla en marzo.",
                "«No había otra salida», " + cue + "."));

    [Theory]
    [InlineData("si legge in una breve nota di Mobili Ferrante")]
    [InlineData("si legge in una lunga lettera")]
    public void Italian_DescribedDocument_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Mobili Ferrante" },
            QuoteSpeakers.Under(
                "Chiude lo stabilimento di Valdorso",
                "La società Mobili Ferrante chiuderà lo stabilimento di Valdorso a marzo.",
                "«Non c'era alternativa», " + cue + "."));

    [Theory]
    [InlineData("lê-se num breve comunicado da Calçados Ribamar")]
    [InlineData("lê-se num comunicado da empresa")]
    [InlineData("lê-se numa nota")]
    public void Portuguese_DescribedDocumentOrContractedIndefinite_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Calçados Ribamar" },
            QuoteSpeakers.Under(
                "Fábrica de Sanfins fecha",
                "A empresa Calçados Ribamar vai fechar a fábrica de Sanfins em março.",
                "«Não havia alternativa», " + cue + "."));

    [Theory]
    [InlineData("peut-on lire dans un bref communiqué de Meubles Ravel")]
    [InlineData("lit-on dans un long communiqué")]
    public void French_DescribedDocument_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Meubles Ravel" },
            QuoteSpeakers.Under(
                "L'usine de Valbonne fermera",
                "L'entreprise Meubles Ravel fermera son usine de Valbonne en mars.",
                "« Il n'y avait pas d'autre choix », " + cue + "."));

    [Theory]
    [InlineData("staat in een schriftelijke verklaring van Meubelfabriek Verhoeven")]
    [InlineData("staat in een korte verklaring")]
    public void Dutch_DescribedDocument_IsTheIssuers(string cue)
        => Assert.Equal(
            new[] { "Meubelfabriek Verhoeven" },
            QuoteSpeakers.Under(
                "Fabriek in Zandhoven sluit",
                "Het bedrijf Meubelfabriek Verhoeven sluit de fabriek in Zandhoven in maart.",
                "“Er was geen alternatief”, " + cue + "."));

    [Fact]
    public void English_SubjectsDocument_StillTheSubjects()
        => Assert.Equal(
            new[] { "Harlow Furniture" },
            QuoteSpeakers.Under(
                "Brenton factory to close",
                "The firm Harlow Furniture will close its factory in Brenton in March.",
                "\"There was no alternative,\" the firm said in a brief statement."));

    [Theory]
    [InlineData("heißt es in der Nähe des Rathauses")]
    [InlineData("heißt es in einer Chatgruppe des Unternehmens")]
    [InlineData("heißt es in einer Zeitung über die Mitteilung")]
    public void German_NoDescribedDocument_GivesNoOne(string cue)
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Kaufhaus in Brelingen schließt",
                "Die Holding Nordwaren GmbH schließt das Kaufhaus in Brelingen zum Jahresende.",
                "„Der Standort rechnet sich seit Jahren nicht“, " + cue + "."));

    [Theory]
    [InlineData("«Non c'era alternativa», si legge in una chat del comitato.")]
    [InlineData("«Non c'era alternativa», si legge su un muro della fabbrica.")]
    public void Italian_NoDescribedDocument_GivesNoOne(string sentence)
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Chiude lo stabilimento di Valdorso",
                "La società Mobili Ferrante chiuderà lo stabilimento di Valdorso a marzo.",
                sentence));

    [Theory]
    [InlineData("«Não havia alternativa», lê-se num cartaz à porta da fábrica.")]
    [InlineData("«Não havia alternativa», lê-se num muro da fábrica.")]
    public void Portuguese_NoDescribedDocument_GivesNoOne(string sentence)
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Fábrica de Sanfins fecha",
                "A empresa Calçados Ribamar vai fechar a fábrica de Sanfins em março.",
                sentence));

    [Theory]
    [InlineData("Cierra la fábrica de Torvalla", "La empresa Calzados Miralba cerrará su planta de Torvalla.", "«No había otra salida», se lee en un cartel de la puerta.")]
    [InlineData("L'usine de Valbonne fermera", "L'entreprise Meubles Ravel fermera son usine de Valbonne.", "« Il n'y avait pas d'autre choix », peut-on lire dans un journal local.")]
    [InlineData("Fabriek in Zandhoven sluit", "Het bedrijf Meubelfabriek Verhoeven sluit de fabriek in Zandhoven.", "“Er was geen alternatief”, staat in een boek over de fabriek.")]
    public void OtherLanguages_NoDescribedDocument_GivesNoOne(string title, string body, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(title, body, sentence));

    // The same document opening its sentence before a colon or a reported clause (ColonCue.OpeningDocument.cs,
    // ColonCue.OpeningDocumentClause.cs): the describing words may stand there too.
    [Theory]
    [InlineData("nl", "In een korte verklaring van de Omgevingsdienst Rijnmond staat: “Wij onderzoeken of de tank aan de eisen voldeed.”", "Omgevingsdienst Rijnmond")]
    [InlineData("de", "In einer schriftlichen Mitteilung des Bauernverbands Unterland hieß es: „Wer von unserer Milch gelebt hat, darf uns jetzt nicht abspeisen.“", "Bauernverband Unterland")]
    [InlineData("pt", "Num breve comunicado da Câmara Municipal de Vila Serena lê-se: “As obras começam em maio e acabam em setembro.”", "Câmara Municipal de Vila Serena")]
    public void ADescribedDocumentOpeningItsSentence_GivesItsIssuer(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Werk", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("Chor gewinnt Landespreis", "Der Kirchenchor hat den Landespreis gewonnen. In einer kurzen Mitteilung der Gemeinde Talheim hieß es, der Chor trage „den Namen des Dorfes weit hinaus“.", "Gemeinde Talheim")]
    [InlineData("La almazara, al límite", "La campaña empezó el lunes. En un breve comunicado de la Cooperativa Vallealto se lee que la almazara está «al límite de su capacidad».", "Cooperativa Vallealto")]
    [InlineData("Le analisi del depuratore", "Le analisi sono arrivate lunedì. In una breve nota del Consorzio Alto Serio si legge che gli scarichi sono «tutti nella norma».", "Consorzio Alto Serio")]
    public void ADescribedDocumentOpeningAReportedClause_GivesItsIssuer(string title, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(title, paragraph));

    [Fact]
    public void AnOpeningPhraseThatIsNoDocument_GivesNoIssuer()
        => Assert.DoesNotContain("Gemeinde Talheim", QuoteSpeakers.Under(
            "Chor gewinnt Landespreis",
            "Der Kirchenchor hat den Landespreis gewonnen. In einer kleinen Kirche der Gemeinde Talheim hieß es, der Chor trage „den Namen des Dorfes weit hinaus“."));

    // "Der TSV …" is no body the cast joins to "TSV Fuchsried", so "des Vereins" would mean the latest
    // club named in full, the opposing one: a described document's kind alone is not read.
    [Fact]
    public void ADescribedDocumentOwnedByAKindAlone_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Sportgericht wertet Spiel gegen Eichenried",
                "Das Spiel zwischen dem TSV Eichenried und dem SV Brunnthal wird gegen die Gastgeber gewertet. Beim SV Brunnthal war man erleichtert.",
                "Der TSV will nun vor das Verbandsgericht ziehen. „Wir akzeptieren die Wertung nicht“, hieß es in einer schriftlichen Erklärung des Vereins."));
}
