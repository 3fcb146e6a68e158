using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Bürgermeister X kündigte an, den Platz vor der Hütte in „Glasmacherplatz“ umzubenennen": in a
// verb-final clause the renaming verb follows the new name, so SpeakerFinder.CalledByName.cs, which
// reads the naming word before the quote, never saw it, and the cue gave the name to the mayor. A
// quote with a renaming verb (RenamingAfterWords) right after it and a preposition of place right before
// it (Locatives: the "in" that brings in the new name) is a name nobody says. Without the preposition the quote
// is a fragment of the speaker's words ("sie wolle den Platz „so schnell wie möglich“ umbenennen").
internal sealed partial class SpeakerFinder
{
    private bool IsRenamedAfterQuote(IReadOnlyList<Token> sentence, int quote)
        => quote > 0 && quote + 1 < sentence.Count && sentence[quote + 1].IsLower && _cues.Words.RenamingAfterWords.Contains(sentence[quote + 1].Span)
            && sentence[quote - 1].IsLower && _cues.Words.Locatives.Contains(sentence[quote - 1].Span);
}
