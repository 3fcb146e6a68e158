using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Bürgermeister X kündigte an, den Platz vor der Hütte in „Glasmacherplatz“ umzubenennen": in a
// verb-final clause the renaming verb follows the new name, so SpeakerFinder.CalledByName.cs, which
// reads the naming word before the quote, never saw it, and the cue gave the name to the mayor. A
// quote with a renaming verb (RenamingAfterWords) right after it is a name nobody says.
internal sealed partial class SpeakerFinder
{
    private bool IsRenamedAfterQuote(IReadOnlyList<Token> sentence, int quote)
        => quote + 1 < sentence.Count && sentence[quote + 1].IsLower && _cues.Words.RenamingAfterWords.Contains(sentence[quote + 1].Span);
}
