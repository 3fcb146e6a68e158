namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S8 after the quote: a document's words given by the verb only a document takes there
/// (<c>"…," the Acme Group statement read</c>, <c>'…', luidt de verklaring</c>) belong to the
/// document's owner, or, with none named, to whoever issued the latest document. A person who
/// reads is reading, not speaking.
/// </summary>
public sealed class DocumentReadsTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Singer rebuked after show", paragraphs);

    [Theory]
    [InlineData("\"The act went too far,\" the Acme Group statement read.")]
    [InlineData("\"The act went too far,\" an Acme Group statement read.")]
    [InlineData("\"The act went too far,\" the statement reads.")]
    public void ADocumentThatReads_GivesItsOwner(string sentence)
        => Assert.Equal("Acme Group", Speakers("Acme Group upheld complaints about the singer on Monday.", sentence)[0]);

    [Fact]
    public void ADutchStatementThatRuns_GivesItsOwner()
        => Assert.Equal(
            "Woonstichting Lindehof",
            Speakers(
                "Woonstichting Lindehof reageerde maandag op de klachten van de huurders.",
                "'De renovatie begint in mei', luidt de verklaring van Woonstichting Lindehof.")[0]);

    [Theory]
    // A person who reads out words is reading them, and "read" is no verb of saying.
    [InlineData("\"The act went too far,\" Tom Fox read.")]
    // A document no one issued, in an article that names no body, speaks for no one.
    [InlineData("\"The act went too far,\" the sign read.")]
    public void OtherwiseReadingNamesNobody(string sentence)
        => Assert.Null(Speakers("Complaints about the singer were upheld on Monday.", sentence)[0]);
}
