using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Man prüfe alle Hinweise, sagte ein Sprecher der Polizei. „…“", "…, zei een woordvoerder van de
// politie. “…”": a spokesperson brought in by an indefinite article and the body they speak for,
// in the cue that ends a sentence with no quote of its own, reports for that body, as a body named
// in full does (SpeakerFinder.Tracking.cs) and as a bare spokesperson after the body's own sentence
// does (SpeakerFinder.SpokespersonReports.cs); the quote with no cue in the very next sentence is
// its words, the speaker the same cue gives beside a quote ("„…“, sagte ein Sprecher der Polizei.").
// Only the cue after the sentence's last comma is read, so a spokesperson inside the report ("Ein
// Sprecher der Polizei habe …, sagte Vogt.") reports nothing; a person's spokesperson ("ein Sprecher
// des Ministers") resolves to no body and gives no one.
internal sealed partial class SpeakerFinder
{
    private void NoteSpokespersonOfBodyReport(IReadOnlyList<Token> sentence)
    {
        if (HoldsQuote(sentence, 0, sentence.Count) || SentenceSummary.Of(sentence).Lacks(WordClass.Reporting))
        {
            return;
        }

        // "…, sagte ein Sprecher der Polizei", "…, a déclaré un porte-parole de la police": the verb of the cue that
        // ends the sentence, then the subject.
        var verb = EndingCueVerb(sentence);
        if (verb >= 0 && IsSpokespersonOfSomething(sentence, verb + 1) && _cues.ReadInverted(sentence, verb + 1) is { Kind: SubjectKind.Organisation } body
            && body.Text.Length > 0)
        {
            // "der Polizei": a body the cast does not name is given by its noun, as beside a quote.
            _state.Reported(Resolve(body) ?? body.Text);
        }
    }

    // "ein Sprecher der", "een woordvoerder van", "un porte-parole de": an indefinite article, a
    // spokes noun and a link to what they speak for, a preposition or a genitive article.
    private bool IsSpokespersonOfSomething(IReadOnlyList<Token> sentence, int k)
        => k + 2 < sentence.Count && sentence[k].IsWord && _cues.Is(sentence[k], WordClass.Indefinite)
        && sentence[k + 1].IsWord && _cues.Words.SpokesNouns.Contains(sentence[k + 1].Span)
        && (IsLink(sentence[k + 2]) || (sentence[k + 2].IsLower && _cues.Words.GenitiveArticles.Contains(sentence[k + 2].Span))
            || IsGenitiveAfterCapitalisedNoun(sentence, k + 2));

    // "ein Sprecher der Polizei": where nouns are capitalised, a definite article right after the
    // spokes noun and before a capitalised word is its genitive ("der" is no GenitiveArticle, being
    // a nominative too); the phrase reader must still read a body there, and reads none after a
    // dative ("ein Sprecher dem Tageblatt") or in a person ("der Ministerin").
    private bool IsGenitiveAfterCapitalisedNoun(IReadOnlyList<Token> sentence, int k)
        => _cues.Words.CapitalisesNouns && k + 1 < sentence.Count && sentence[k].IsLower && _cues.Is(sentence[k], WordClass.Definite)
        && sentence[k + 1].IsCapitalized;
}
