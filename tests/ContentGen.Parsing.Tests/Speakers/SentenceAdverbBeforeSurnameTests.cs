namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An adverb that opens a sentence right before a surname ("Again Rook broke first") is no first
/// name: read as one, it made a second person of the surname, and "said Rook" then named no one.
/// The adverbs are the lexicon's words that are never a name (<c>NotNames</c>).
/// </summary>
public sealed class SentenceAdverbBeforeSurnameTests
{
    [Theory]
    [InlineData("Again Rook broke first and again Vale fought back.")]
    [InlineData("Eventually Rook broke first and Vale fought back.")]
    [InlineData("Vale led early. Perhaps Rook was tired by then.")]
    public void AnAdverbOpeningTheSentence_NamesNoSecondPerson(string middle)
        => Assert.Equal("Andy Rook", QuoteSpeakers.Under("Probe", Lead, middle, Quote).Last());

    // Stop: a first name the lexicon does not list still names a second person of the family, and
    // the surname alone then names no one.
    [Fact]
    public void AFirstNameOpeningTheSentence_StillNamesASecondPerson()
        => Assert.Null(QuoteSpeakers.Under("Probe", Lead, "Sally Rook broke first and Vale fought back.", Quote).Last());

    // Stop: adverbs that are also given names ("Even Hovland", "Soon") are not listed: a name that
    // opens on one stays whole.
    [Theory]
    [InlineData("Even Hovland")]
    [InlineData("Soon Lee")]
    public void AGivenNameThatIsAlsoAnAdverb_StaysInTheName(string name)
        => Assert.Equal(name, QuoteSpeakers.Under("Probe", "Tom Vale lost to " + name + " on Friday.", "\"I was lucky,\" said " + name + ".").Last());

    private const string Lead = "Tom Vale beat Andy Rook in four sets on Friday.";
    private const string Quote = "Rook was furious with himself. \"I'm usually good in those,\" said Rook.";
}
