namespace ContentGen.Parsing.Speakers;

// "Ein junger Landwirt aus Unterzell wurde deutlicher: „…“ Und: „…“, sagte der 24-Jährige.", "Una vecina del
// bloque no se lo cree: «…». «…», añade la octogenaria.": an age at the cue stands for someone in the scene,
// and the one the writer quoted last, in this sentence or the one before and in the same paragraph, is someone
// unnamed they brought in by a noun. The age is theirs, given by that noun, as the unnamed person's own words
// are: the reading of ages looked only for a person named (the person in focus), and gave the words to the
// woman named a paragraph before the newcomer. A person named and quoted last keeps the ages' other readings.
internal sealed partial class SpeakerFinder
{
    // The unnamed person's noun quoted in this sentence or the one before, in this paragraph, or null.
    private string? UnnamedJustQuoted()
        => _state.LastQuoted is { } last && _state.ParagraphsSinceQuoted == 0 && _state.Sentence - _state.LastQuotedSentence <= 1
        && _descriptions.Contains(last)
            ? last
            : null;
}
