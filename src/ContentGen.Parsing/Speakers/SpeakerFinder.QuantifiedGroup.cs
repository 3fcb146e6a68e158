using System;

namespace ContentGen.Parsing.Speakers;

// "Mehrere Feuerwehren aus dem Nachbarkreis lösten die Kräfte ab. „…“": where every noun is
// capitalised, a determiner opening the sentence (SpeechWords.NounDeterminers: quantifiers and
// counts, "mehrere", "einige", "beide", "drei", but also articles, contracted prepositions and
// possessives) stands only before a common noun, and the capitalised run it opens is no one named:
// a group, or a thing. Read so, such a sentence brings in no named subject for the
// quote after it, which goes on as the sentence before left it. Only where nouns are capitalised:
// elsewhere the run is no name to begin with. A group with its own cue ("Einige Nachbarn … sagen:")
// is read as before.
internal sealed partial class SpeakerFinder
{
    private bool OpensOnNounDeterminer(string name)
    {
        if (!_cues.Words.CapitalisesNouns)
        {
            return false;
        }

        var space = name.IndexOf(' ');
        return space > 0 && _cues.Words.NounDeterminers.Contains(name.AsSpan(0, space));
    }
}
