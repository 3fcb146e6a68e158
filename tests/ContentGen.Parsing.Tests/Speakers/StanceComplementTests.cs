namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reflexive verb of stance whose complement is the quote: the stance quoted is the word of the
/// subject opening the sentence, "Stadtrat X (SPD) zeigte sich „fassungslos“", "Raadslid X toonde
/// zich "geschokt"", "El concejal X se mostró «indignado»" (Cues.StanceComplement.cs). A thing
/// that shows itself so, or a verb that is no stance, quotes no one.
/// </summary>
public sealed class StanceComplementTests
{
    [Theory]
    [InlineData("Stadtrat Jörg Pfannmüller zeigte sich „fassungslos“.", "Jörg Pfannmüller")]
    [InlineData("Stadtrat Jörg Pfannmüller (Grüne) zeigte sich am Montag „tief enttäuscht“.", "Jörg Pfannmüller")]
    [InlineData("Stadtrat Jörg Pfannmüller gab sich dennoch „vorsichtig optimistisch“.", "Jörg Pfannmüller")]
    public void GermanStanceQuoted_IsTheSubjects(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Streit um die Brücke", LanguageLeads.German + " " + sentence));

    [Fact]
    public void DutchStanceQuoted_IsTheSubjects()
        => Assert.Equal(new[] { "Joris Pannekoek" }, QuoteSpeakers.Under("Ruzie over de brug", LanguageLeads.Dutch + " Raadslid Joris Pannekoek toonde zich \"diep geschokt\"."));

    [Fact]
    public void SpanishStanceQuoted_IsTheSubjects()
        => Assert.Equal(new[] { "Pedro Gómez" }, QuoteSpeakers.Under("Polémica por el puente", LanguageLeads.For("es") + " El concejal Pedro Gómez se mostró «muy indignado»."));

    // Guards: a thing showing itself so; a verb that shows something else; a reflexive of another clause.
    [Theory]
    [InlineData("Der Markt zeigte sich „stabil“.")]
    [InlineData("Stadtrat Jörg Pfannmüller zeigte den Reportern das Plakat „Brücke jetzt“.")]
    [InlineData("Die Brücke, die sich „robust“ zeigte, steht seit hundert Jahren.")]
    public void NoPersonsStance_IsNoOnes(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Streit um die Brücke", LanguageLeads.German + " " + sentence));
}
