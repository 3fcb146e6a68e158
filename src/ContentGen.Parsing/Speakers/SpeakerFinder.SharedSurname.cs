using System;

namespace ContentGen.Parsing.Speakers;

// "«…», ha detto Lucia Bevilacqua. Matteo Bevilacqua guida la cantina …": two people of one
// family share a surname. A surname alone, or a title and a surname ("Mr Bevilacqua"), may mean
// the last speaker; a full name whose given name is another is someone else, whose sentence ends
// her turn as any other person's does.
internal sealed partial class SpeakerFinder
{
    // Shortest given name read as one: "C." or "J" is an initial, which may stand for either.
    private const int MinGivenNameLength = 3;

    // Whether `other`, named in full, shares the surname of `speaking` but opens on another given
    // name; a title or an initial opening either leaves them possibly one person.
    private bool IsRelativeOf(string speaking, string other)
    {
        var speakingFirst = FirstWord(speaking);
        var otherFirst = FirstWord(other);
        return speakingFirst.Length >= MinGivenNameLength && otherFirst.Length >= MinGivenNameLength
            && speakingFirst.Length < speaking.Length && otherFirst.Length < other.Length
            && speakingFirst[speakingFirst.Length - 1] != '.' && otherFirst[otherFirst.Length - 1] != '.'
            && !_cues.Words.Titles.Contains(speakingFirst) && !_cues.Words.Titles.Contains(otherFirst)
            && !speakingFirst.Equals(otherFirst, StringComparison.Ordinal)
            && string.Equals(LastWord(speaking), LastWord(other), StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name.AsSpan() : name.AsSpan(0, space);
    }
}
