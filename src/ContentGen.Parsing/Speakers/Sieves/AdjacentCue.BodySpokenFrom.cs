using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

internal sealed partial class AdjacentCue
{
    // "„…“, heißt es aus der Behörde", "«…», spiegano dall'azienda", "«…», fanno sapere dal
    // Comune", "«…», aseguran desde la empresa": a verb of saying with no one as its subject,
    // impersonal ("heißt es") or plural with its subject dropped, then a body given as where the
    // words come from (Phrase.BodyFrom.cs). The body speaks. A singular verb's dropped subject is
    // a person ("racconta dall'ospedale"), and a subject after the verb speaks from the body
    // ("sagte Anna Roth aus der Behörde"): neither is the body's. Whether the cue has that shape;
    // `body` is None when the words come from a place or a time ("hieß es aus Berlin"), which is no one.
    private bool SpokenFrom(IReadOnlyList<Token> sentence, int verb, out Subject body)
    {
        body = Subject.None;
        if (!sentence[verb].IsLower)
        {
            return false;
        }

        var last = _cues.IsReportingVerb(sentence[verb]) ? verb : _cues.ReportingPhraseEnd(sentence, verb);
        if (last < 0)
        {
            return false;
        }

        var next = last + 1;
        if (_cues.IsImpersonalSubjectAt(sentence, next))
        {
            next++;
        }
        else if (!_cues.HasPluralEnding(sentence[verb].Span))
        {
            return false;
        }

        var from = _cues.Phrase.SkipFillers(sentence, next);
        if (from >= sentence.Count || !sentence[from].IsLower || !_cues.Phrase.IsSourcePreposition(sentence[from]))
        {
            return false;
        }

        body = _cues.Phrase.BodyFrom(sentence, from);
        return true;
    }
}
