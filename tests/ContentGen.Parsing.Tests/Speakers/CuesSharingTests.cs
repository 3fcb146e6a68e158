using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>The cues hold nothing of an article, so every article read with one language's tables shares them.</summary>
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
}
