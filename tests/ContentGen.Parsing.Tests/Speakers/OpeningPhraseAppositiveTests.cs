namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an opening phrase and its comma, a name, its appositive set off by commas (a role, a
/// business in brackets) and then its verb make the name the sentence's subject, whom a later
/// pronoun means ("Au marché, Lise Vautier, directrice de la coopérative Épices Lière (commerce bio),
/// tenait son stand").
/// </summary>
public sealed class OpeningPhraseAppositiveTests
{
    [Fact]
    public void ANameWithAnAppositiveAfterAnOpeningPhrase_IsTheSubject()
        => Assert.Equal(
            new[] { "Lise Vautier" },
            QuoteSpeakers.Under(
                "Marché",
                LanguageLeads.French + " Au marché du samedi, Lise Vautier, directrice de la coopérative Épices Lière (commerce bio), tenait son stand sous la pluie. « Les clients reviennent enfin », a-t-elle constaté."));

    // Guard: a list of names after the opening phrase names no subject.
    [Fact]
    public void AListAfterTheOpeningPhrase_NamesNoSubject()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Marché",
                LanguageLeads.French + " Au marché du samedi, Lise Vautier, Marc Vidal et Anne Roux tenaient leurs stands sous la pluie. « Les clients reviennent enfin », a-t-il constaté."));
}
