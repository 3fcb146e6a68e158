using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// The smallest pieces of the reader: what counts as white space (a zero-width space and a byte
/// order mark too), how text is trimmed, what a word is (an apostrophe or hyphen joins two letters
/// only), and the set of words found in texts, through its growth.
/// </summary>
public sealed class WordsAndSpacesTests
{
    [Theory]
    [InlineData(' ', true)]
    [InlineData('\t', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u2028', true)]
    [InlineData('\u200B', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u200C', false)]
    [InlineData('a', false)]
    public void IsSpace(char c, bool space) => Assert.Equal(space, Whitespace.IsSpace(c));

    [Theory]
    [InlineData("", true)]
    [InlineData(" \u200B\uFEFF\t", true)]
    [InlineData(" a ", false)]
    [InlineData("\u200Ba", false)]
    public void IsBlank(string text, bool blank) => Assert.Equal(blank, Whitespace.IsBlank(text.AsSpan()));

    [Theory]
    [InlineData(" \u200Bab ", 2)]
    [InlineData("   ", 3)]
    [InlineData("ab", 0)]
    public void LeadingLength(string text, int length) => Assert.Equal(length, Whitespace.LeadingLength(text));

    [Theory]
    [InlineData(" a b ", "a b")]
    [InlineData(" \uFEFFa\u200B", "a")]
    [InlineData("   ", "")]
    [InlineData("a ", "a")]
    [InlineData(" a", "a")]
    public void Trim(string text, string trimmed)
    {
        Assert.Equal(trimmed, Whitespace.Trim(text));
        Assert.Equal(trimmed, Whitespace.Trim(text.AsSpan()).ToString());
    }

    [Fact]
    public void Trim_ReturnsTheSameString_WhenThereIsNothingToTrim()
    {
        var text = "a b";
        Assert.Same(text, Whitespace.Trim(text));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(" ,. ", 0)]
    [InlineData("don't stop", 2)]
    [InlineData("Kilroy-Silk said", 2)]
    [InlineData("a - b", 2)]
    [InlineData("rock'n'roll", 1)]
    [InlineData("x-1", 2)]
    [InlineData("end- 'quoted'", 2)]
    [InlineData("A1b2 ’tis", 2)]
    public void Count(string text, int count) => Assert.Equal(count, Words.Count(text));

    [Theory]
    [InlineData("A Z a z 0 9 é ß 七", 9)]
    [InlineData("@ [ ` { / : \u007F ¿ ·", 0)]
    public void Count_TellsLettersAndDigits_AtTheEdgesOfTheirAsciiRanges(string text, int count)
        => Assert.Equal(count, Words.Count(text));

    [Fact]
    public void Count_StopsOneWordPastTheLimit()
    {
        Assert.Equal(3, Words.Count("a b c d e".AsSpan(), 2));
        Assert.Equal(2, Words.Count("a b".AsSpan(), 2));
        Assert.True(Words.MoreThan("a b c", 2));
        Assert.False(Words.MoreThan("a b", 2));
        Assert.False(Words.MoreThan("a b c", 3));
    }

    [Fact]
    public void WordReader_TellsTheWordsThatHoldAnApostrophe()
    {
        var reader = new WordReader("l'État don’t Kilroy-Silk it' 'tis plain".AsSpan());
        var apostrophes = new List<bool>();
        while (reader.Read())
        {
            apostrophes.Add(reader.HasApostrophe);
        }

        Assert.Equal(new[] { true, true, false, false, false, false }, apostrophes);
    }

    [Fact]
    public void WordReader_GivesEachWordsStartAndLength()
    {
        var reader = new WordReader(" ab, c-d e' f’g".AsSpan());
        var words = new List<string>();
        while (reader.Read())
        {
            words.Add($"{reader.Start}+{reader.Length}:{reader.Word.ToString()}");
        }

        Assert.Equal(["1+2:ab", "5+3:c-d", "9+1:e", "12+3:f’g"], words);
        Assert.False(reader.Read());
    }

    [Fact]
    public void SpanSet_HoldsEachWordOnce_WhicheverTextItCameFrom()
    {
        var set = new SpanSet();

        Assert.True(set.Add("hello world", 0, 5));
        Assert.False(set.Add("say hello", 4, 5));
        Assert.True(set.Add("hello world", 6, 5));
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains("hello".AsSpan()));
        Assert.True(set.Contains("world".AsSpan()));
        Assert.False(set.Contains("hell".AsSpan()));
        Assert.False(set.Contains("".AsSpan()));
    }

    [Fact]
    public void SpanSet_KeepsEveryWord_AsItGrows()
    {
        var set = new SpanSet();
        var text = string.Join(" ", Enumerable.Range(0, 200).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var reader = new WordReader(text.AsSpan());
        var added = 0;
        while (reader.Read())
        {
            Assert.True(set.Add(text, reader.Start, reader.Length));
            added++;
            Assert.Equal(added, set.Count);
        }

        Assert.Equal(200, set.Count);
        for (var i = 0; i < 200; i++)
        {
            var word = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(set.Contains(word.AsSpan()), word);
            Assert.False(set.Add(word, 0, word.Length), word);
        }

        Assert.False(set.Contains("w200".AsSpan()));
        Assert.Equal(200, set.Count);
    }
}
