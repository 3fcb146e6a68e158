namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting participle opening the sentence ("Insistant sur …", "Stressing that …") reports
/// the quote its clause holds through the main clause's subject, after the clause's comma: a
/// name before its verb, or a role or a pronoun before a verb that reports. A quote after the
/// comma, a subject the sentence does not give, or a role whose verb does something else is left
/// to the other readings.
/// </summary>
public sealed class OpeningParticipleTests
{
    private const string FrenchHeadline = "Le logement au cœur du débat";
    private const string FrenchOpening = "Le ministre du Logement Paul Girard a présenté mardi son projet de loi avec le ministre de l'Intérieur Marc Lenoir. Il sera examiné en janvier.";

    [Theory]
    [InlineData("Insistant sur un chapitre « rénovation » du plan, le ministre du Logement a rappelé que les loyers baisseront.", "Paul Girard")]
    [InlineData("Insistant sur un chapitre « rénovation » du plan, le ministre de l'Intérieur a rappelé que les loyers baisseront.", "Marc Lenoir")]
    public void TheMainClausesSubject_SaysTheParticiplesQuote(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(FrenchHeadline, FrenchOpening, sentence));

    // Read by other sieves before this one, and still so: the rule must not change them.
    [Theory]
    [InlineData("Saluant un texte « courageux », Anne Morel a promis de le voter.", "Anne Morel")]
    [InlineData("Estimant que la loi est « juste », il a défendu son calendrier.", "Paul Girard")]
    public void ShapesOtherSievesRead_StayAsTheyWere(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(FrenchHeadline, FrenchOpening, sentence));

    // Guards.
    [Theory]
    [InlineData("Praising the \"bold\" design, the mayor cut the ribbon.")]
    [InlineData("Saying \"goodbye\" to the crowd, the band left the stage.")]
    [InlineData("Stressing that the plan was sound, the board approved the \"new\" terminal.")]
    [InlineData("Criticising the \"slow\" repairs, Harbourton residents marched on the town hall.")]
    [InlineData("Praising the \"bold\" design, Harbourton council voted to go ahead.")]
    public void OtherShapes_AreNotTheParticiplesSubjects(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(
            "Harbour plan goes ahead",
            "The harbour board met on Monday to decide on the new ferry terminal. Work will begin in the spring.",
            "Jane Roe was not at the meeting.",
            sentence));
}
