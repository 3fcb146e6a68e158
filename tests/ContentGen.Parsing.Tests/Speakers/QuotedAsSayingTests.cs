namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote passed on by a second source ("the Gazette quoted Jane Roe as saying") is the words of
/// whom the source quoted, not of the source; a passive ("Roe was quoted as saying", "he is quoted
/// as saying by the Gazette") gives its subject.
/// </summary>
public sealed class QuotedAsSayingTests
{
    private const string Headline = "Harbour ferry fares to rise";
    private const string Lead = "Ferry fares in Harbour will rise by a fifth next month, the operator confirmed on Monday.";

    [Theory]
    [InlineData("\"We cannot hold prices any longer,\" the Coastal Gazette quoted operations director Jane Roe as saying.", "Jane Roe")]
    [InlineData("\"We cannot hold prices any longer,\" Reuters quoted Mr Tom Baker as telling reporters.", "Tom Baker")]
    [InlineData("Jane Roe was quoted as saying: \"We cannot hold prices any longer.\"", "Jane Roe")]
    public void TheQuotedPerson_SaysIt(string paragraph, string speaker)
    {
        Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(Headline, Lead, paragraph));
    }

    [Fact]
    public void APassiveWithItsSource_GivesItsSubject()
    {
        var speakers = QuoteSpeakers.Under(
            Headline,
            Lead,
            "Tom Fox, who runs a cafe by the pier, said he feared for his trade. \"I want a proper answer,\" he is quoted as saying by the Harbour Times.");

        Assert.Equal(new string?[] { "Tom Fox" }, speakers);
    }

    // "as" with no saying after it, and a source that quotes a text, not a person: no one said the quote.
    [Theory]
    [InlineData("The choir quoted an old sea shanty as the new terminal opened. \"It is a proud day for the town.\"")]
    [InlineData("The report quoted figures as high as a fifth. Some called the rise \"a scandal\".")]
    public void AQuotingVerbWithNoSaying_GivesNoOneTheQuote(string paragraph)
    {
        Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(Headline, Lead, paragraph));
    }
}
