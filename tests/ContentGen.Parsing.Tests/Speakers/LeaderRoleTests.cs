namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "líder" heads a party, a group or a bench in Spanish and Portuguese as "chef" and "capogruppo" do
/// in French and Italian: after an opening phrase, "el líder de la oposición, X," is X, the subject
/// whose verb governs the quote.
/// </summary>
public sealed class LeaderRoleTests
{
    [Theory]
    [InlineData("Piscina", "En la sala, el líder de la oposición, Marcos Ferrán, denunció «una elección cortoplacista».", "Marcos Ferrán")]
    [InlineData("Piscinas", "Na sala, o líder da bancada da oposição, Marco Ferraz, denunciou “uma escolha de vistas curtas”.", "Marco Ferraz")]
    public void ALeaderSetOffAfterAnOpeningPhrase_IsTheSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // The leader is the subject; a name set off after the verb's object is whom the words are about.
    [Fact]
    public void ANameSetOffAfterTheObject_IsNotTheSpeaker()
        => Assert.NotEqual(
            new[] { "Ana Valdés" },
            QuoteSpeakers.Under("Piscina", "El líder de la oposición acusó a la alcaldesa, Ana Valdés, de tomar «una decisión cortoplacista»."));
}
