using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An elided word counts as its parts when the language of a block is guessed: "qu'il" is "qu"
/// and "il", with either apostrophe, and a word without one counts as itself.
/// </summary>
public sealed class ElidedWordHitsTests
{
    private static readonly int French = Lexicon.All.ToList().FindIndex(lexicon => lexicon.Language == "fr");

    [Theory]
    [InlineData("qu'il", "qu", "il")]
    [InlineData("qu’il", "qu", "il")]
    [InlineData("d'une", "d", "une")]
    [InlineData("l’école", "l", "école")]
    [InlineData("Jones'", "Jones", "")]
    public void AnElidedWord_CountsAsItsParts(string word, string first, string second)
    {
        var whole = Hits(word);
        var parts = LanguageGuesser.NewHits();
        LanguageGuesser.AddWordHits(first.AsSpan(), parts);
        LanguageGuesser.AddWordHits(second.AsSpan(), parts);

        Assert.Equal(parts, whole);
    }

    [Fact]
    public void TheParts_AreLookedUp_NotTheWholeWord()
    {
        // "il" and "une" are French stopwords; "qu'il" and "d'une" whole are in no list.
        Assert.True(Hits("qu'il")[French] >= 1);
        Assert.True(Hits("d'une")[French] >= 1);
        Assert.Equal(Hits("il")[French] + Hits("qu")[French], Hits("qu'il")[French]);
    }

    [Theory]
    [InlineData("une")]
    [InlineData("the")]
    [InlineData("harbour")]
    public void AWordWithoutAnApostrophe_CountsAsItself(string word)
    {
        var flags = LanguageGuesser.NewHits();
        LanguageGuesser.AddFlags(LexiconTables.Stopwords.Flags(word.AsSpan()), flags);

        Assert.Equal(flags, Hits(word));
    }

    private static int[] Hits(string word)
    {
        var hits = LanguageGuesser.NewHits();
        LanguageGuesser.AddWordHits(word.AsSpan(), hits);
        return hits;
    }
}
