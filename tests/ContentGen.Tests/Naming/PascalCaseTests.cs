using ContentGen.Naming;

namespace ContentGen.Tests.Naming;

/// <summary>
/// <see cref="Identifier.ToPascalCase"/>: words joined, each capitalised, at most eight of them;
/// an apostrophe between two letters or digits is dropped, any other one splits words.
/// </summary>
public sealed class PascalCaseTests
{
    [Theory]
    [InlineData("NATO talks", "NatoTalks")]
    [InlineData("Don't stop", "DontStop")]
    [InlineData("Don’t stop", "DontStop")]
    [InlineData("rock 'n' roll", "RockNRoll")]
    [InlineData("'quoted' words", "QuotedWords")]
    [InlineData("ends with'", "EndsWith")]
    [InlineData("'", "")]
    [InlineData("a'", "A")]
    [InlineData("'b", "B")]
    [InlineData("2024's best", "2024sBest")]
    [InlineData("café crème", "CaféCrème")]
    // A combining mark stays inside its word.
    [InlineData("cafe\u0301 noir", "Cafe\u0301Noir")]
    public void WordsAreJoined_AndInWordApostrophesDropped(string text, string expected)
        => Assert.Equal(expected, Identifier.ToPascalCase(text));

    [Theory]
    [InlineData("one two three four five six seven eight nine ten", "OneTwoThreeFourFiveSixSevenEight")]
    [InlineData("one two three four five six seven eight", "OneTwoThreeFourFiveSixSevenEight")]
    [InlineData("one, two, three", "OneTwo", 2)]
    public void AtMostMaxWords_AreKept(string text, string expected, int maxWords = Identifier.MaxWords)
        => Assert.Equal(expected, Identifier.ToPascalCase(text, maxWords));
}
