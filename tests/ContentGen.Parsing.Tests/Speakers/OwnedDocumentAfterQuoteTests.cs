namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document after the quote owned by a pronoun that gives its owner's gender ("…," his
/// statement said) speaks with the owner's words, as "His statement says: …" before the quote
/// does. "Its" and "their" may be a body's, and a possessive that says no gender guesses no one.
/// </summary>
public sealed class OwnedDocumentAfterQuoteTests
{
    [Theory]
    [InlineData("Forehead for sale", "Tom Fisher is selling space on his forehead. \"Take advantage of this campaign and become part of history,\" his statement said.", "Tom Fisher")]
    [InlineData("Shop to close", "Ann Vale will close her shop in May. \"I have loved every day of it,\" her letter reads.", "Ann Vale")]
    public void AGenderedOwnersDocument_SpeaksForTheOwner(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Guards: "their" may be several people or a body; a document of nobody's names no one.
    [InlineData("Shop to close", "Ann Vale and Tom Fisher will close their shop in May. \"We have loved every day of it,\" their letter reads.")]
    [InlineData("Shop to close", "Ann Vale will close her shop in May. \"Closing down sale,\" a notice in the window reads.")]
    public void AnOwnerWithNoGender_OrNoOwner_NamesNoOne(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
