using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A thread reads article after article with one speaker finder per language, handed back and
/// rented again: what it keeps must be worth keeping.
/// </summary>
public sealed class FinderReuseTests
{
    private static readonly SpeechTables s_english = SpeechTables.For("en");

    // A project's seeds may mix languages: each language's finder is kept apart.
    [Fact]
    public void AFinderHandedBack_IsRentedAgainForItsLanguage_AfterAnotherLanguagesArticle()
    {
        var (english, _) = Read("\"The ferry is late,\" said Jane Roe.", s_english);
        english.Return();

        var (french, _) = Read("« Il part à midi », a dit Tom Vale.", SpeechTables.For("fr"));
        french.Return();
        var again = Rent("\"It sails at noon,\" said Tom Vale.", s_english);

        Assert.NotSame(english, french);
        Assert.Same(english, again);
    }

    // Cleared maps and lists keep their room: a finder grown by a huge article would make every
    // later article clear that room again.
    [Fact]
    public void AFinderGrownByAHugeArticle_IsNotKept()
    {
        var huge = string.Join(" ", Enumerable.Repeat("\"Yes.\"", 5_000));
        var (grown, speakers) = Read(huge, s_english);
        Assert.Equal(5_000, speakers.Count);
        grown.Return();

        var next = Rent("\"It sails at noon,\" said Tom Vale.", s_english);

        Assert.NotSame(grown, next);
    }

    private static (SpeakerFinder Finder, IReadOnlyList<string?> Speakers) Read(string paragraph, SpeechTables words)
    {
        var finder = Rent(paragraph, words);
        return (finder, finder.Attribute(paragraph, QuoteScanner.Scan(paragraph).Quotes));
    }

    private static SpeakerFinder Rent(string paragraph, SpeechTables words)
        => SpeakerFinder.Rent(new NamePlausibility([paragraph], [], words), Cues.For(words));
}
