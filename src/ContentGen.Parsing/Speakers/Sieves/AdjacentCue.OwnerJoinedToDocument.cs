using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "“…”, staat in de Brinkhorst-verklaring", "„…“, heißt es in der Brandl-Mitteilung": a name joined
// by a hyphen to a document's noun, with no organisation word, is the document's owner, whose words
// the document gives: the body whose name the word opens ("Brandl & Söhne"), or the person the
// article names in full with it, as for "the Lund report".
internal sealed partial class AdjacentCue
{
    private Subject OwnerJoinedToDocument(IReadOnlyList<Token> sentence, int word)
    {
        var token = sentence[word];
        if (!token.IsCapitalized)
        {
            return Subject.None;
        }

        var span = token.Span;
        var hyphen = span.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= span.Length || !_cues.Words.DocumentNouns.Contains(span.Slice(hyphen + 1)))
        {
            return Subject.None;
        }

        var owner = span.Slice(0, hyphen);
        return char.IsUpper(owner[0]) && owner.IndexOf('-') < 0
            ? new Subject(SubjectKind.Name, Text.StringCache.Get(owner), word + 1, isDocumentOwner: true)
            : Subject.None;
    }
}
