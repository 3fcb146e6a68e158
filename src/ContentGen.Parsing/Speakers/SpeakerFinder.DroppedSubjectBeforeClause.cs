using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», dice mientras limpia unas doradas.", "«…», ha insistito, mentre dalla platea …", "“…”,
// conta enquanto arruma as caixas.": in a language that drops subjects, a reporting verb after
// the quote with a subordinate clause right after it ("while", "when", "because") has no subject
// after it; the clause's subject is its own. The verb's subject is dropped, whom a pronoun would
// mean, when the sentence just before had a subject or a speaker: past a sentence that named
// someone only in a complement ("En la pescadería de X el ambiente es …"), an earlier speaker may
// not be meant, and no one is.
internal sealed partial class SpeakerFinder
{
    // Whether a subordinator opens a clause right after `verb`, or after its comma.
    private bool OpensClauseAfterVerb(IReadOnlyList<Token> sentence, int verb)
    {
        var just = _state.Sentence - 1;
        if (_state.LastSubjectSentence != just && _state.LastQuotedSentence != just)
        {
            return false;
        }

        var next = verb + 1;
        if (next < sentence.Count && sentence[next].Kind == TokenKind.Comma)
        {
            next++;
        }

        // The clause has words of its own: "», dijo cuando." is no clause.
        return next + 1 < sentence.Count && sentence[next].IsLower && sentence[next + 1].IsWord && _cues.IsSubordinator(sentence, next);
    }
}
