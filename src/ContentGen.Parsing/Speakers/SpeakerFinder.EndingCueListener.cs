using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Das Mehl sei teuer geworden, sagte sie dem Bayerischen Rundfunk.", "…, she told BBC Radio Kent.",
// "…, a-t-elle confié au Courrier.", "…, dijo a la radio local.", "…, ha detto al Tirreno.", "…,
// disse à rádio local.", "…, zei ze tegen de Omroep.": an ending cue may go on past its verb and
// subject to whom the words were said. The listener is the verb's object, never its subject, and
// its capitalised words (an outlet, a person) are no name the cue gives: the cue's subject is the
// pronoun, or the dropped subject, as without the listener.
internal sealed partial class SpeakerFinder
{
    // The listener's tokens, from its preposition or article to the sentence's end: "tegen het
    // Dagblad van het Noorden".
    private const int MaxListenerTokens = 6;

    // Whether the ending cue's listener opens at `at` and closes the sentence, the cue's verb read
    // before it, and its pronoun (`subjectRead`) or a dropped subject. After a pronoun, an article
    // or a listener's preposition opens the verb's object ("sagte sie dem", "she told the", "zei ze
    // tegen"). With the subject dropped, only a listener's preposition that is no article does
    // ("dijo a la radio", not Portuguese "disse a ministra", whose "a" opens the subject), or one
    // fused with its article ("al", "au", "ao"), and the listener holds one article at most and no
    // run of three capitalised words: "dijo a la radio el alcalde", "ha detto al Tirreno il
    // sindaco", "dijo a EFE Manuel Otero" name their subject after it.
    private bool ListenerClosesEndingCue(IReadOnlyList<Token> sentence, int at, int verb, bool subjectRead)
    {
        var opener = sentence[at];
        if (!opener.IsWord || sentence.Count - at > MaxListenerTokens + 1)
        {
            return false;
        }

        // "she told BBC Radio Kent": a verb of telling names its listener right after it, capitalised or not.
        if (subjectRead && at == verb + 1 && _cues.IsListenerOnly(sentence[verb]))
        {
            return ListenerRunsToEnd(sentence, at, subjectRead, articles: 0);
        }

        if (!opener.IsLower)
        {
            return false;
        }

        var words = _cues.Words;
        var fused = words.BriefLinks.Contains(opener.Span)
            || (words.ContractedArticles.Contains(opener.Span) && words.ListenerPrepositions.Contains(opener.Span.Slice(0, 1)));
        var preposition = words.ListenerPrepositions.Contains(opener.Span) && !words.Definites.Contains(opener.Span);
        if (!(fused || preposition || (subjectRead && (_cues.Is(opener, WordClass.Article) || words.ListenerPrepositions.Contains(opener.Span)))))
        {
            return false;
        }

        return ListenerRunsToEnd(sentence, at, subjectRead, fused ? 1 : 0);
    }

    // Whether the listener from `at` runs to the sentence's end: no quote, coordinator or reporting
    // verb in it, and with the subject dropped, one article at most and no run of three capitals.
    private bool ListenerRunsToEnd(IReadOnlyList<Token> sentence, int at, bool subjectRead, int articles)
    {
        var capitals = 0;
        for (var k = at + 1; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Quote || (token.IsWord && (_cues.Is(token, WordClass.Coordinator) || _cues.IsReportingVerb(token))))
            {
                return false;
            }

            capitals = token.IsCapitalized ? capitals + 1 : 0;
            if (!subjectRead && token.IsLower && _cues.Is(token, WordClass.Article) && ++articles > 1)
            {
                return false;
            }

            if (!subjectRead && capitals > 2)
            {
                return false;
            }
        }

        return true;
    }
}
