using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Der Verein will die Autorin wieder einladen, kündigte Vereinschef X an: „…“", "De club wil terugkomen, kondigde
// voorzitter X aan: “…”": in the languages that put the verb second, a clause closed by a comma takes the first place of
// the main clause, so the verb of saying right after the comma stands before its subject, which runs to the colon.
internal sealed partial class ColonCue
{
    // Whether the reporting verb at `verb` (found by InvertedBeforeColon) opens its clause right after a comma, past a
    // clause of at least two words: in a verb-second language nothing else stands between a comma and a lower-case
    // finite verb followed by its subject.
    private bool FollowsReportedClause(IReadOnlyList<Token> sentence, int verb)
        => _cues.Words.VerbSecond && verb >= 3 && sentence[verb - 1].Kind == TokenKind.Comma && sentence[verb].IsLower
            && sentence[verb - 2].IsWord;
}
