namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body read by its name alone ("the Harbour Trust"), which no cast entry holds, that gave the quote
/// just before is what "it" or the noun of a body of any kind ("the organisation") means at the next quote's cue.
/// A person quoted in between, a sentence with another subject between, or a noun of another kind
/// gives no one.
/// </summary>
public sealed class BodyQuotedJustBeforeTests
{
    [Theory]
    [InlineData("The Harbour Trust said in a statement that it was \"deeply saddened\". \"He gave his life to the crew,\" it said.")]
    [InlineData("The Harbour Trust, the charity that runs the station, said that it was \"deeply saddened\". \"He gave his life to the crew,\" it said.")]
    [InlineData("The Harbour Trust said in a statement that it was \"deeply saddened\". \"He gave his life to the crew,\" the organisation said.")]
    public void ItOrTheBodysOwnNounAfterTheBodysQuote_IsTheBody(string paragraph)
        => Assert.Equal(new[] { "Harbour Trust", "Harbour Trust" }, QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), paragraph));

    // Stops: a person quoted in between; another subject in a sentence between; a noun of another kind.
    [Theory]
    [InlineData("The Harbour Trust said that it was \"deeply saddened\". Tom Fox, the coxswain, said he was \"lost\". \"He gave his life to the crew,\" it said.", 2)]
    [InlineData("The Harbour Trust said that it was \"deeply saddened\". The village gathered at the quay on Sunday. \"He gave his life to the crew,\" it said.", 1)]
    [InlineData("The Harbour Trust said that it was \"deeply saddened\". \"He gave his life to the crew,\" the council said.", 1)]
    public void APersonOrAnotherSubjectBetween_OrAnotherKindsNoun_GivesNoOne(string paragraph, int last)
        => Assert.Null(QuoteSpeakers.Under("Probe", LanguageLeads.For("en"), paragraph)[last]);
}
