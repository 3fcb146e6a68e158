namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's statement has several names: after "in una nota" a cue's "il comunicato" is the same
/// statement, and "le texte" is the words of whichever document was brought in, so both give the
/// one who brought it in. A letter after a statement, or a statement after a letter, gives no one.
/// </summary>
public sealed class StatementFamilyTests
{
    [Theory]
    [InlineData("it", "In una nota, Harbourline Ferries si è detta «delusa» dal risultato. «La nostra priorità è garantire i collegamenti», prosegue il comunicato.", "Harbourline Ferries")]
    [InlineData("es", "La Cofradía de Pescadores de Arenal anunció en un comunicado que no cederá. «No vamos a ceder», señala la nota.", "Cofradía de Pescadores de Arenal")]
    public void AStatementNamedAgainByAnotherNounOfItsFamily_IsItsBringers(string language, string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph)[^1]);

    [Theory]
    [InlineData("fr", "Velotech Piemonte a annoncé son abandon dans un communiqué. « Matteo sera opéré lundi », indique le texte.", "Velotech Piemonte")]
    public void TheTextOfADocumentBroughtIn_IsItsBringers(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Stops: a letter is no statement of the family, so it is not the communiqué brought in, nor
    // the communiqué the letter.
    [Theory]
    [InlineData("fr", "Velotech Piemonte a annoncé son abandon dans une lettre. « Matteo sera opéré lundi », indique le communiqué.")]
    [InlineData("fr", "Velotech Piemonte a annoncé son abandon dans un communiqué. « Matteo sera opéré lundi », précise la lettre.")]
    public void ADocumentOfAnotherKind_GivesNoOne(string language, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
