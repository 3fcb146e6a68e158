using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A body given by its noun alone as a sentence's subject ("El ayuntamiento respondió el jueves.",
// "Die Stadtverwaltung antwortete am Abend."): what a later pronoun or dropped subject means.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence opens with a definite article and an organisation's noun that the cast
    // names no organisation by, with no complement after it ("la mairie de Valmont", "der Verein
    // des Jahres" name or describe another body, and are read as before). A name after the noun
    // ("Die Stadtwerke Nordheim") is a name. Opening the sentence, the phrase is its subject, also
    // before a relative clause or a second subject: either way the body is among those who speak.
    private bool OpensWithUnnamedBody(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite))
        {
            return false;
        }

        var subject = LeadingPhrase(sentence);
        // "The report was welcomed by …": a document is no body, and "he" after it is not its issuer's.
        if (subject.Kind != SubjectKind.Organisation || subject.Text.Length == 0 || subject.End != 2 || subject.End >= sentence.Count
            || _cues.Words.DocumentNouns.Contains(subject.Text.AsSpan()))
        {
            return false;
        }

        var next = sentence[subject.End];
        return next.IsWord && next.IsLower
            && !_cues.Is(next, WordClass.Preposition) && !_cues.Words.OrganisationLinks.Contains(next.Span)
            && !_cues.Words.GenitiveArticles.Contains(next.Span) && !_cues.Is(next, WordClass.EmployerLink)
            && Reports(sentence, subject.End)
            && _cast.Resolve(subject.Text, _state.Paragraph, ReferenceReach) is null;
    }

    // Whether a reporting verb follows within a few words, undenied: the body spoke ("respondió",
    // "ha risposto", "äußerte sich"). "El ayuntamiento no ha respondido" leaves the last speaker's
    // "añadió" after it theirs.
    private bool Reports(IReadOnlyList<Token> sentence, int from)
    {
        const int MaxWordsBeforeVerb = 3;
        for (var k = from; k < sentence.Count && k <= from + MaxWordsBeforeVerb && sentence[k].IsWord; k++)
        {
            if (_cues.Words.Negations.Contains(sentence[k].Span)
                || (Elision.TrySplit(sentence[k].Span, out var head, out _) && _cues.Words.Negations.Contains(head)))
            {
                return false;
            }

            if (_cues.IsReportingVerb(sentence[k]))
            {
                return true;
            }
        }

        return false;
    }
}
