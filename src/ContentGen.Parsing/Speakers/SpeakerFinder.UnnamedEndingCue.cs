using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Hinweise auf Brandstiftung gebe es nicht, sagte ein Sprecher.", "Er zijn geen aanwijzingen, zei
// een woordvoerder.": a cue ending a sentence of reported words whose subject, after the verb, is
// someone unnamed. The words are that person's, so a quote standing alone after the sentence no
// longer goes on with the speaker quoted before it (SpeakerFinder.ByContext.cs, S9); a later "he"
// or "the spokesman" is that unnamed person too.
internal sealed partial class SpeakerFinder
{
    // Whether the words after the sentence's last comma open with a reporting verb whose subject
    // is someone unnamed ("sagte ein Sprecher", "zei een woordvoerder").
    private bool EndsInUnnamedCue(IReadOnlyList<Token> sentence)
    {
        var comma = sentence.Count - 1;
        while (comma > 0 && sentence[comma].Kind != TokenKind.Comma)
        {
            comma--;
        }

        var verb = comma + 1;
        return comma > 0 && verb + 1 < sentence.Count && sentence[verb].IsWord && _cues.IsReportingVerb(sentence[verb])
            && _cues.ReadInverted(sentence, verb + 1).Kind == SubjectKind.Unnamed;
    }
}
