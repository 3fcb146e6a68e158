namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A pronoun subject after a verb-second opening, with adverbs closing the clause before the colon:
/// "Dann sagt er noch:", "Daarna zei ze nog:" (Sieves/ColonCue.cs). The pronoun means the person in
/// focus, as "Dann sagt er:" already did.
/// </summary>
public sealed class PronounAfterVerbSecondOpeningTests
{
    [Fact]
    public void German_AdverbsAfterThePronoun_StillCloseTheCue()
        => Assert.Equal(
            new[] { "Sepp Kramer" },
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Die Ernte ist eingebracht, doch die Preise fallen und das Wasser wird knapp.",
                "Sepp Kramer steht in der Halle und sieht den Reben zu. Dann sagt er noch: „Im Frühjahr überlege ich mir, ob ich zwei Hektar rausreiße.“"));

    [Fact]
    public void Dutch_AdverbsAfterThePronoun_StillCloseTheCue()
        => Assert.Equal(
            new[] { "Anouk de Vries" },
            QuoteSpeakers.Under(
                "Boeren kijken terug op een droge zomer",
                "De oogst is binnen, maar de prijzen dalen en het water wordt schaars.",
                "Anouk de Vries loopt nog een keer door de stal. Daarna zei ze nog: “Volgend jaar wordt het beter, dat zeggen we elk jaar.”"));

    [Fact]
    public void APronounOfTheOtherGender_StillMeansNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Die Hopfenbauern ziehen Bilanz nach der Ernte",
                "Die Ernte ist eingebracht, doch die Preise fallen und das Wasser wird knapp.",
                "Die Landwirtin Theresa Kramer steht in der Halle und sieht den Reben zu. Dann sagt er noch: „Im Frühjahr überlege ich mir, ob ich zwei Hektar rausreiße.“"));
}
