namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A German or Dutch opening phrase before the finite verb may hold an infinitive clause or a relative
/// clause set off by commas ("Zum Antrag von X, die Steuer zu senken, sagte Y:"): the name inside the
/// phrase is no subject, the subject stands after the verb (Cues.OpeningPhraseClause.cs).
/// </summary>
public sealed class OpeningPhraseClauseTests
{
    [Fact]
    public void GermanInfinitiveClauseInTheOpeningPhrase_LeavesTheSubjectAfterTheVerb()
        => Assert.Equal(
            new[] { "Lisa Brandl" },
            QuoteSpeakers.Under(
                "Grundsteuer bleibt",
                "Der Stadtrat tagte am Montag.",
                "Zum Antrag von Stadtrat Uwe Kern, die Grundsteuer zu senken, sagte Kämmerin Lisa Brandl: „Das können wir uns nicht leisten.“"));

    [Fact]
    public void GermanRelativeClauseInTheOpeningPhrase_LeavesTheSubjectAfterTheVerb()
        => Assert.Equal(
            new[] { "Lisa Brandl" },
            QuoteSpeakers.Under(
                "Grundsteuer bleibt",
                "Der Stadtrat tagte am Montag.",
                "Zum Antrag von Stadtrat Uwe Kern, den er im Mai stellte, sagte Kämmerin Lisa Brandl: „Das können wir uns nicht leisten.“"));

    [Fact]
    public void DutchInfinitiveClauseInTheOpeningPhrase_LeavesTheSubjectAfterTheVerb()
        => Assert.Equal(
            new[] { "Ineke Vos" },
            QuoteSpeakers.Under(
                "Buslijn blijft",
                "De raad vergaderde dinsdag.",
                "Op het verzoek van raadslid Bas Mol, om de bus te schrappen, antwoordde wethouder Ineke Vos: “Dat doen we niet.”"));

    [Fact]
    public void TheNameInTheOpeningPhrase_IsNotThePronounsSpeaker()
        // The phrase's words ("Antrag von Stadtrat Uwe Kern") are not read as the subject; "sie" after the verb is.
        => Assert.Equal(
            new[] { "Lisa Brandl" },
            QuoteSpeakers.Under(
                "Grundsteuer bleibt",
                "Kämmerin Lisa Brandl legte den Haushalt vor.",
                "Zum Antrag von Stadtrat Uwe Kern, die Grundsteuer zu senken, sagte sie: „Das können wir uns nicht leisten.“"));
}
