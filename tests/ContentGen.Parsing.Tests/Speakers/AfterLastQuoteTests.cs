namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The sentences after the article's last quote are left unread only when nothing asks about them:
/// the quote reader still asks the kind of each speaker of that paragraph, and the holder of a role
/// a quote there waits for, once the paragraph is read (SpeakerFinder.AfterLastQuote.cs).
/// </summary>
public sealed class AfterLastQuoteTests
{
    // Guard: a sentence after the last quote shows its speaker to be a body.
    [Theory]
    [InlineData("Quay repairs delayed", "The repairs to the quay were delayed again on Tuesday.",
        "\"We cannot wait any longer,\" said Dalmoor Trust. The Dalmoor Trust has looked after the quay since 1921.", "Dalmoor Trust")]
    [InlineData("Harbour plan approved", "The harbour plan was approved on Monday after a long debate.",
        "\"We will appeal,\" said Harbour Trust. The Harbour Trust was founded in 1900 and runs the quay.", "Harbour Trust")]
    public void ASpeakerShownToBeABodyAfterTheLastQuote_IsAnOrganisation(string headline, string first, string last, string speaker)
    {
        var quote = Assert.Single(ArticleParser.Parse(headline + "\n\n" + first + "\n\n" + last).Quotes, q => q.Place == QuotePlace.Body);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
    }

    // Guard: the one quote is no one's when read, and waits for the role's holder, whom the
    // paragraph names after it.
    [Theory]
    [InlineData("Halle de Castelroc",
        "Le projet de halle couverte divise la commune. Pour le maire, c'est « une chance unique ». Le maire, Jean-Luc Morvan, défend le projet depuis deux ans.",
        "Jean-Luc Morvan")]
    [InlineData("Mercado de Villalba",
        "El proyecto del mercado cubierto divide al pueblo. Para el alcalde, es «una oportunidad única». El alcalde, Ramón Ferrer, defiende el proyecto desde hace dos años.",
        "Ramón Ferrer")]
    public void ARoleHolderNamedAfterTheLastQuote_IsStillRead(string headline, string paragraph, string holder)
        => Assert.Equal(new[] { holder }, QuoteSpeakers.Under(headline, paragraph));
}
