namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document a sentence brings in by an indefinite article ("dans un communiqué", "in a
/// statement") is its named reporting subject's, person or body: the same document's noun as a
/// later cue's subject means them. Only the very noun, from the next sentence on, within the
/// paragraph and the next; a sentence with no named reporting subject records nothing.
/// </summary>
public sealed class BroughtDocumentTests
{
    [Theory]
    [InlineData("fr", "Velotech Piemonte a annoncé dans un communiqué l'abandon de son coureur. « Matteo sera opéré lundi », indique le communiqué.", "Velotech Piemonte")]
    [InlineData("fr", "Paul Roux a annoncé dans une lettre au maire que le pont rouvrirait. « Les travaux sont finis », précise la lettre.", "Paul Roux")]
    [InlineData("en", "In a statement on Thursday, Nadia Threlfall said volunteers would be sought. \"Where we can avoid it, we will,\" the statement said.", "Nadia Threlfall")]
    public void ADocumentBroughtIn_IsItsReportingSubjects(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // English "letter" and "memo" are no organisation nouns: alone at the cue they are read as the
    // document, which only the owner a sentence brought it in with speaks through.
    [Theory]
    [InlineData("In a letter sent to staff on Thursday, Nadia Threlfall said volunteers would be sought. \"Where we can avoid it, we will,\" the letter said.", "Nadia Threlfall")]
    [InlineData("Tom Baker said in a memo on Monday that the depot would close. \"Nobody will be left without work,\" said the memo.", "Tom Baker")]
    public void ALetterBroughtIn_IsItsReportingSubjects(string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), paragraph));

    // A letter no sentence brought in is no one's, never the body named last.
    [Fact]
    public void ALetterNoOneBroughtIn_IsNoOnes()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), "The company Acme Ltd closed the plant on Monday. \"Where we can avoid it, we will,\" the letter said."));

    // Stops: another document's noun; a document brought in by no named reporting subject.
    [Theory]
    [InlineData("fr", "Paul Roux a annoncé dans une lettre au maire que le pont rouvrirait. « Les travaux sont finis », précise le communiqué.")]
    [InlineData("fr", "Le pont rouvrira lundi, selon une lettre reçue en mairie. « Les travaux sont finis », précise la lettre.")]
    [InlineData("en", "In a statement on Thursday, Nadia Threlfall said volunteers would be sought. \"Where we can avoid it, we will,\" the report said.")]
    public void AnotherDocumentOrNoBringer_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Reach: two paragraphs on, the document's noun no longer means the one brought in.
    [Fact]
    public void ADocumentBroughtIn_IsNotMeantTwoParagraphsOn()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Probe",
                LanguageLeads.French,
                "Paul Roux a annoncé dans une lettre au maire que le pont rouvrirait.",
                "Les commerçants du centre attendent cette date depuis le mois de juin.",
                "La circulation restera alternée sur la route départementale jusqu'à la fin du mois.",
                "« Les travaux sont finis », précise la lettre."));
}
