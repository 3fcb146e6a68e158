using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "…," the Acme Group statement read; "'…', luidt de verklaring van X": a verb that only a
// document's words take after a quote (SpeechWords.DocumentVerbs) gives them to the document's
// owner, or, with none named, to the document, which the cast resolves to its latest issuer. The
// phrase must be a document's: "Tom Fox read" is someone reading, not speaking.
internal sealed partial class AdjacentCue
{
    // At most a body's name of a few words between the article and the document's noun.
    private const int MaxOwnerWords = 4;

    private bool IsDocumentVerb(Token token) => token.IsLower && _cues.Words.DocumentVerbs.Contains(token.Span);

    // "the Acme Group statement", "een verklaring": an article, capitalised words, the noun.
    private bool OpensDocument(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !_cues.Is(sentence[start], WordClass.Article))
        {
            return false;
        }

        var noun = start + 1;
        while (noun < sentence.Count && noun - start <= MaxOwnerWords && sentence[noun].IsCapitalized)
        {
            noun++;
        }

        return noun < sentence.Count && sentence[noun].IsLower && _cues.Words.DocumentNouns.Contains(sentence[noun].Span);
    }

    // "'…', luidt de verklaring van X": the verb first, then the document.
    private Subject DocumentAfterItsVerb(IReadOnlyList<Token> sentence, int verb)
        => IsDocumentVerb(sentence[verb]) && OpensDocument(sentence, verb + 1) ? _cues.ReadInverted(sentence, verb + 1) : Subject.None;

    // "…," Mr Lomax's statement said: the owner in the possessive, then the document and its verb.
    private Subject PossessedDocumentBeforeVerb(IReadOnlyList<Token> sentence, int start)
    {
        // "…," his statement said: a pronoun that gives the owner's gender owns it too.
        var owner = _cues.Phrase.PossessedDocumentAt(sentence, start) is { IsFound: true } named ? named : _cues.Phrase.GenderedOwnerOfDocument(sentence, start);
        var verb = owner.IsFound ? _cues.Phrase.SkipFillers(sentence, owner.End) : sentence.Count;
        return verb < sentence.Count && (_cues.ReportsBesideQuote(sentence[verb]) || IsDocumentVerb(sentence[verb])) ? owner : Subject.None;
    }
}
