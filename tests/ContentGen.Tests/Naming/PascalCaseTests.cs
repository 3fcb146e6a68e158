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
    // A capital after a small letter starts a word, as in a PascalCase or camelCase file name, and
    // keeps its case; so does the last capital of a run before small letters ("XMLParser"). A word
    // in capitals only is still one word ("NATO" gives "Nato").
    [InlineData("HarbourNews", "HarbourNews")]
    [InlineData("harbourNews", "HarbourNews")]
    [InlineData("FerryTimetable2024", "FerryTimetable2024")]
    [InlineData("McDonald's menu", "McDonaldsMenu")]
    [InlineData("iPhone sales", "IPhoneSales")]
    [InlineData("NATO talks", "NatoTalks")]
    [InlineData("XMLParser", "XmlParser")]
    [InlineData("BBCNews", "BbcNews")]
    // A small "s" after capitals is a plural, not a word.
    [InlineData("DVDs and MPs", "DvdsAndMps")]
    [InlineData("ÉtéÀParis", "ÉtéÀParis")]
    public void ACapitalAfterASmallLetter_StartsAWord(string text, string expected)
        => Assert.Equal(expected, Identifier.ToPascalCase(text));

    [Fact]
    public void WordsInsideAWord_DoNotCountTowardsMaxWords()
        => Assert.Equal("IPhoneTwoThree", Identifier.ToPascalCase("iPhone two three four", 3));

    [Theory]
    [InlineData("one two three four five six seven eight nine ten", "OneTwoThreeFourFiveSixSevenEight")]
    [InlineData("one two three four five six seven eight", "OneTwoThreeFourFiveSixSevenEight")]
    [InlineData("one, two, three", "OneTwo", 2)]
    public void AtMostMaxWords_AreKept(string text, string expected, int maxWords = Identifier.MaxWords)
        => Assert.Equal(expected, Identifier.ToPascalCase(text, maxWords));
}
