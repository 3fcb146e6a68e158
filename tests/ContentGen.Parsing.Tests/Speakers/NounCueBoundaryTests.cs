using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S8 alone (<see cref="NounCue"/>): how far before the quote it looks for the noun, which words
/// it passes over, how much of the owner's name it reads back, and the author after
/// "the report, written by".
/// </summary>
public sealed class NounCueBoundaryTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new NounCue(OneSentence.Cues).Find, sentence);

    // Thirty tokens back is the reach: the noun 30 tokens before the quote counts, 31 does not.
    [Theory]
    [InlineData(26, "Acme")]
    [InlineData(27, null)]
    public void TheNoun_IsLookedFor_ThirtyTokensBeforeTheQuote(int fillerWords, string? speaker)
    {
        // "Acme's statement", the filler words, a comma, "read" and the colon: the noun stands at quote - (fillerWords + 4).
        var filler = string.Join(" ", Enumerable.Repeat("and", fillerWords));
        Assert.Equal(speaker, Speaker($"Acme's statement {filler}, read: \"The plant stays open.\""));
    }

    // A lower-case word that is no organisation noun is passed over, even after a possessive.
    [Theory]
    [InlineData("Acme's chief read: \"The plant stays open.\"")]
    [InlineData("Acme's own words: \"The plant stays open.\"")]
    public void APossessiveBeforeAnotherWord_IsNoOwner(string sentence) => Assert.Null(Speaker(sentence));

    // A capitalised word before the noun owns it only when it is a possessive.
    [Fact]
    public void ACapitalisedWordThatIsNoPossessive_IsNoOwner()
        => Assert.Null(Speaker("The Acme statement read: \"The plant stays open.\""));

    // The owner's name is read back at most eleven words (the possessive and ten before it).
    [Fact]
    public void TheOwnersName_IsReadBack_AtMostElevenWords()
        => Assert.Equal(
            "Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll",
            Speaker("Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll's statement read: \"The plant stays open.\""));

    [Fact]
    public void TheOwnersName_StartsAtTheSentencesStart()
        => Assert.Equal("Marlow Vale", Speaker("Marlow Vale's statement read: \"The plant stays open.\""));

    // "The report, written by analyst Ann Lee, calls …": the author named after the agent word.
    [Theory]
    [InlineData("The report, written by analyst Ann Lee, calls the plan \"unworkable\".", "Ann Lee")]
    [InlineData("The report, published by Ann Lee, calls the plan \"unworkable\".", "Ann Lee")]
    public void AReportWrittenBySomeone_IsTheirs(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The agent is no name.
    [InlineData("The report, written by the council, calls the plan \"unworkable\".")]
    // No comma after the noun, or no lower-case word after the comma, or no agent word.
    [InlineData("The report written by analyst Ann Lee calls the plan \"unworkable\".")]
    [InlineData("The report, Written by analyst Ann Lee, calls the plan \"unworkable\".")]
    [InlineData("The report, written for analyst Ann Lee, calls the plan \"unworkable\".")]
    public void AReportWithoutANamedAuthorAfterItsComma_IsNobodys(string sentence)
        => Assert.Null(Speaker(sentence));

    // The agent word must stand before the quote, with a word after it.
    [Fact]
    public void AnAgentWordRightBeforeTheQuote_NamesNobody()
        => Assert.Null(Speaker("The report, written by \"experts\", calls the plan unworkable."));
}
