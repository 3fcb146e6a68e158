using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "In het persbericht van de Omgevingsdienst Veluwerand staat: “…”", "In einer Mitteilung des
// Bauernverbands Talgrund hieß es: „…“", "No comunicado da câmara lê-se: “…”", "Nel comunicato
// dell'azienda si legge: «…»": a document opening its sentence, then only a verb of reading or
// saying with no subject of its own ("staat", "hieß es", "si legge") before the colon: the words
// are the document's, so its issuer's, named after its noun, or the one the noun points back to
// when none is named ("In der Mitteilung hieß es:"). A subject of its own ("In een verklaring
// schrijft het college:") is the clause's, read as any colon cue is.
internal sealed partial class ColonCue
{
    private Subject OpeningDocument(IReadOnlyList<Token> sentence, int quote)
    {
        var noun = OpeningDocumentNoun(sentence);
        if (noun < 0)
        {
            return Subject.None;
        }

        var colon = quote - 1;
        var issuer = _cues.Phrase.DocumentIssuer(sentence, noun);
        var verb = issuer.Kind is SubjectKind.Name or SubjectKind.Organisation && issuer.End < colon ? issuer.End : noun + 1;
        if (!OnlyImpersonalReadingBetween(sentence, verb, colon))
        {
            return Subject.None;
        }

        return verb == noun + 1 ? new Subject(SubjectKind.Organisation, sentence[noun].Text, noun + 1) : issuer;
    }

    // "In het persbericht", "In einer Mitteilung", "Nel comunicato": where the document's noun stands
    // when a place's preposition and its article open the sentence with it, or -1.
    private int OpeningDocumentNoun(IReadOnlyList<Token> sentence)
    {
        // "In einer schriftlichen Stellungnahme": the noun may be described first (Phrase.DescribedDocument.cs).
        var words = _cues.Words;
        if (sentence.Count > 2 && sentence[0].IsWord && words.LocativeArticles.Contains(sentence[0].Span)
            && _cues.Phrase.DescribedDocumentNoun(sentence, 1) is var fused and >= 0)
        {
            return fused;
        }

        if (sentence.Count > 3 && sentence[0].IsWord && words.Locatives.Contains(sentence[0].Span) && _cues.Is(sentence[1], WordClass.Article))
        {
            return _cues.Phrase.DescribedDocumentNoun(sentence, 2);
        }

        return -1;
    }

    // "staat", "hieß es", "si legge", "lê-se": a verb of reading or saying, with at most an impersonal
    // pronoun, a clitic and fillers beside it.
    private bool OnlyImpersonalReadingBetween(IReadOnlyList<Token> sentence, int from, int colon)
    {
        var verbs = 0;
        for (var k = from; k < colon; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || !token.IsLower)
            {
                return false;
            }

            if (_cues.Words.ImpersonalReadings.Contains(token.Span) || _cues.IsReportingVerb(token))
            {
                verbs++;
            }
            else if (!(_cues.IsImpersonalSubjectAt(sentence, k) || _cues.Words.ReadingClitics.Contains(token.Span) || _cues.Is(token, WordClass.Filler)))
            {
                return false;
            }
        }

        return verbs == 1;
    }
}
