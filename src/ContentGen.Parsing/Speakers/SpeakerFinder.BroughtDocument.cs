using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Velotech Piemonte a annoncé son abandon dans un communiqué. « … », indique le communiqué.": a
// document a sentence brings in by an indefinite article ("un communiqué", "une courte lettre") is
// its named reporting subject's, person or body, so the same document's noun as the subject at a
// later cue means them, as "un rapport de X" gives X. Stops: only the very noun ("la lettre" after
// "un communiqué" may be another's), never in the document's own sentence, in the same paragraph
// or the next only; a sentence with no named reporting subject, or with two documents, records
// nothing; a later sentence bringing in a document of the same noun takes it over.
// A body's statement has several names (SpeechWords.StatementNouns): "«…», prosegue il comunicato"
// after "In una nota, Harbourline Ferries si è detta …" is the same statement, and "le texte"
// (DocumentTextNouns) is the words of whichever document was brought in; "la lettre" after "un
// communiqué", or "le communiqué" after "une lettre", still gives no one.
internal sealed partial class SpeakerFinder
{
    // Adjectives between the indefinite article and the document's noun: "une courte lettre".
    private const int MaxDocumentAdjectives = 2;

    // How many paragraphs on the document's noun still means it: the same and the next.
    private const int BroughtDocumentReach = 1;

    // Bounded: an article brings in few documents within reach; the oldest goes first.
    private const int MaxBroughtDocuments = 16;

    private readonly List<(string Owner, string Noun, int Paragraph, int Sentence)> _broughtDocuments = new();

    private void NoteBroughtDocument(IReadOnlyList<Token> sentence, Subject main)
    {
        if (main.Kind != SubjectKind.Name || BroughtDocument(sentence) is not { } document
            || _names.Complete(main.Text) is not { } owner)
        {
            return;
        }

        // Newest first: a document out of reach is never asked for again, so it makes room.
        var last = _broughtDocuments.Count - 1;
        while (last >= 0 && (last >= MaxBroughtDocuments - 1 || _state.Paragraph - _broughtDocuments[last].Paragraph > BroughtDocumentReach))
        {
            _broughtDocuments.RemoveAt(last--);
        }

        _broughtDocuments.Insert(0, (owner, document, _state.Paragraph, _state.Sentence));
    }

    // The owner of the latest document of noun `noun` brought in within reach, or null.
    private string? BroughtDocumentOwner(string noun)
    {
        var asked = Elision.Tail(noun.AsSpan());
        foreach (var (owner, document, paragraph, sentence) in _broughtDocuments)
        {
            if (_state.Paragraph - paragraph > BroughtDocumentReach)
            {
                return null;
            }

            if (NamesBroughtDocument(asked, document))
            {
                return sentence == _state.Sentence ? null : owner;
            }
        }

        return null;
    }

    // "il comunicato" is "la nota" brought in, "le texte" any document brought in; "la lettre" is no "communiqué".
    private bool NamesBroughtDocument(ReadOnlySpan<char> asked, string document)
        => asked.Equals(document.AsSpan(), StringComparison.OrdinalIgnoreCase)
        || _cues.Words.DocumentTextNouns.Contains(asked)
        || (_cues.Words.StatementNouns.Contains(asked) && _cues.Words.StatementNouns.Contains(document.AsSpan()));

    // The noun of the one document the sentence brings in by an indefinite article, or null.
    private string? BroughtDocument(IReadOnlyList<Token> sentence)
    {
        string? found = null;
        for (var i = 0; i + 1 < sentence.Count && i < Cues.MaxReach; i++)
        {
            if (!sentence[i].IsWord || !sentence[i].IsLower || !_cues.Is(sentence[i], WordClass.Indefinite))
            {
                continue;
            }

            var k = i + 1;
            while (k < sentence.Count && k - i <= MaxDocumentAdjectives && sentence[k].IsWord && sentence[k].IsLower && !_cues.Words.DocumentNouns.Contains(sentence[k].Span))
            {
                k++;
            }

            if (k < sentence.Count && sentence[k].IsWord && sentence[k].IsLower && _cues.Words.DocumentNouns.Contains(sentence[k].Span))
            {
                if (found is not null)
                {
                    return null;
                }

                found = sentence[k].Text;
            }
        }

        return found;
    }
}
