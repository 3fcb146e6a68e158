using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "“…,” the letter said", "said the memo": a definite article and a document's noun that no
// organisation noun is (English "letter", "memo"; "statement" and "report" speak for the body
// named before, read as organisation nouns) are read as that document, which means only the owner
// a sentence brought it in with (SpeakerFinder.BroughtDocument.cs): "In a letter …, X said …".
// With none, no one: never the body named last, as a statement's noun would give.
internal sealed partial class Phrase
{
    // `start` is the article: "the letter", "la lettre", no organisation noun.
    private bool IsDocumentAlone(IReadOnlyList<Token> sentence, int start)
        => start + 1 < sentence.Count && IsDefinite(sentence[start]) && sentence[start + 1].IsWord && sentence[start + 1].IsLower
        && _words.DocumentNouns.Contains(sentence[start + 1].Span) && !Is(sentence[start + 1], WordClass.OrganisationNoun);
}
