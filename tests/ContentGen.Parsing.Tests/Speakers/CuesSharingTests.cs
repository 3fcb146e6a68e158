using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>The cues, and the sieves that hold only them, hold nothing of an article: every article read with one language's tables shares them.</summary>
public sealed class CuesSharingTests
{
    [Fact]
    public void TheSameTables_GiveTheSameCues()
    {
        Assert.Same(Cues.For(SpeechTables.For("fr")), Cues.For(SpeechTables.For("fr")));
        Assert.Same(Cues.For(SpeechTables.All), Cues.For(SpeechTables.For(null)));
    }

    [Fact]
    public void OtherTables_GiveCuesOverThem()
    {
        var french = Cues.For(SpeechTables.For("fr"));
        var german = Cues.For(SpeechTables.For("de"));

        Assert.NotSame(french, german);
        Assert.Same(SpeechTables.For("de"), german.Words);
    }

    [Fact]
    public void TheSievesThatHoldOnlyCues_AreMadeOncePerCues()
    {
        var french = Cues.For(SpeechTables.For("fr"));

        Assert.Same(CueSieves.For(french), CueSieves.For(french));
        Assert.NotSame(CueSieves.For(french), CueSieves.For(Cues.For(SpeechTables.For("de"))));
    }
}
