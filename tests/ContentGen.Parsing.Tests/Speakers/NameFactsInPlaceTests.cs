using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Before the sets are built, a question about a word is answered at the places the search finds
/// it, each read as the sets' readers read the word there: where it starts and ends, and what
/// stands before it. Each case is asked both ways and must answer alike, and as written here.
/// </summary>
public sealed class NameFactsInPlaceTests
{
    // A word found inside another, after marks that join two words, after a full stop that ends a
    // word, after a colon or a quote mark, at the paragraph's start, with a possessive's ending.
    [Theory]
    [InlineData("They met McHollis there.", "Hollis", false)]
    [InlineData("They met McHollis and Hollis there.", "Hollis", true)]
    [InlineData("Hollis left.", "Hollis", false)]
    [InlineData("It said: Hollis left.", "Hollis", false)]
    [InlineData("It said \"Hollis left\".", "Hollis", false)]
    [InlineData("It said, Hollis left.", "Hollis", true)]
    [InlineData("They met ab.-Hollis there.", "Hollis", false)]
    [InlineData("They met ab- Hollis there.", "Hollis", true)]
    [InlineData("They met Dr. Hollis there.", "Hollis", false)]
    [InlineData("They met U.S Hollis there.", "Hollis", true)]
    [InlineData("They met Hollis's coach.", "Hollis", true)]
    [InlineData("They met Hollis. there.", "Hollis", true)]
    [InlineData("They met Hollisman there.", "Hollis", false)]
    [InlineData("They met hollis there.", "Hollis", false)]
    public void CapitalisedInside_IsReadAtTheWordsPlace_AsTheSetReadsIt(string paragraph, string word, bool expected)
    {
        var searched = new NameFacts(new[] { paragraph }, SpeechTables.All);
        var sets = new NameFacts(new[] { paragraph }, SpeechTables.All, searchesPerSet: 0);

        Assert.Equal(expected, sets.CapitalisesInside(word.AsSpan()));
        Assert.Equal(expected, searched.CapitalisesInside(word.AsSpan()));
        Assert.False(searched.ReadsFromSets);
    }

    // A lower-case word inside a longer one, after an apostrophe or hyphen that joins it to the
    // word before, and after one that stands alone.
    [Theory]
    [InlineData("The bird flew.", "bird", true)]
    [InlineData("The birdsong rose.", "bird", false)]
    [InlineData("The songbird rose.", "bird", false)]
    [InlineData("The ex-bird rose.", "bird", false)]
    [InlineData("The - bird rose.", "bird", true)]
    [InlineData("The 'bird' rose.", "bird", true)]
    [InlineData("The l'bird rose.", "bird", false)]
    [InlineData("Bird rose.", "bird", false)]
    [InlineData("The bird's song rose.", "bird", false)]
    public void LowerCase_IsReadAtTheWordsPlace_AsTheSetReadsIt(string paragraph, string word, bool expected)
    {
        var searched = new NameFacts(new[] { paragraph }, SpeechTables.All);
        var sets = new NameFacts(new[] { paragraph }, SpeechTables.All, searchesPerSet: 0);

        Assert.Equal(expected, sets.WritesInLowerCase(word.AsSpan()));
        Assert.Equal(expected, searched.WritesInLowerCase(word.AsSpan()));
        Assert.False(searched.ReadsFromSets);
    }
}
