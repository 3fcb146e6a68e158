namespace ContentGen.Parsing.Tests.Model;

/// <summary>An article's speakers: each name once, in the order it first speaks, with its kind.</summary>
public sealed class SpeakerListTests
{
    private static Quote Said(string? speaker, SpeakerKind? kind = null)
        => new("words", speaker, 0, TextPosition.Start) { SpeakerKind = kind };

    [Fact]
    public void EachSpeaker_IsListedOnce_InTheOrderTheyFirstSpeak_UnattributedQuotesAside()
    {
        var quotes = EquatableArray.From(new[]
        {
            Said(null),
            Said("Jane Roe", SpeakerKind.Person),
            Said("Harbour Board", SpeakerKind.Organisation),
            Said("Jane Roe", SpeakerKind.Person),
            Said("Tom Fox"),
        });

        Assert.Equal(
            [new Speaker("Jane Roe", SpeakerKind.Person), new Speaker("Harbour Board", SpeakerKind.Organisation), new Speaker("Tom Fox", SpeakerKind.Person)],
            Speaker.Of(quotes));
        Assert.Empty(Speaker.Of(default));
    }
}
