using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Un pensionato scuote la testa: «…»", "Un jubilado no está de acuerdo: «…»", "A pensioner shook her
// head: "…"", "Ein Rentner zuckt mit den Schultern: „…“", "Une passante est plus sévère : « … »": the
// unnamed person's predicate may follow the noun at once, with no complement or insert between them
// (SpeakerFinder.UnnamedColonLead.cs reads those). A gesture or a stance shown right before a colon
// leads to the person's own words, as a verb of saying does. The noun must not go on with another
// noun ("An executive spokesman said:"), and the word after it must be no verb of saying: a reporting
// verb right after the noun is left to the readings of reporting verbs, which know whom they exclude
// ("Another correspondent wrote:"). The quote must close the sentence (a cue after it names its own speaker:
// "Une cliente le repose : « … », glisse X."). The clause must bring in no one and nothing else
// (ClauseBringsInNoOne) nor read anything out ("ha letto sul cartello:", ReadAloudVerbs), and, stricter than after a complement, hold no capitalised word at all where
// nouns have no capital (a name: "Un pensionato ricorda le parole di Rossi:"), and in German only a
// noun after its article or preposition ("mit den Schultern"), never a bare name.
internal sealed partial class SpeakerFinder
{
    // "scuote la testa", "se lo tomaba con más calma", "ist weniger nachsichtig": a gesture or a stance is short.
    private const int MaxPredicateBeforeColonTokens = 8;

    private bool PredicateRightAfterNoun(IReadOnlyList<Token> sentence, int end, int quote)
    {
        // "Une cliente le repose sur l'étal : « … », glisse X.": a cue after the quote names its speaker; only a
        // quote that closes the sentence is the colon's.
        var colon = quote - 1;
        if (end >= colon || colon - end > MaxPredicateBeforeColonTokens || !(quote + 1 >= sentence.Count || sentence[quote + 1].Kind == TokenKind.Terminal))
        {
            return false;
        }

        var verb = sentence[end];
        if (!verb.IsWord || !verb.IsLower || _cues.IsReportingVerb(verb) || IsPersonNoun(verb) || _cues.Is(verb, WordClass.Preposition)
            || IsComplementLink(verb) || _cues.Words.Locatives.Contains(verb.Span) || _cues.Words.MannerPrepositions.Contains(verb.Span))
        {
            return false;
        }

        for (var k = end; k < colon; k++)
        {
            var token = sentence[k];
            // "Un pescatore ha letto sul cartello:": a verb of reading out brings in a sign's or a letter's words.
            if (!token.IsWord || (token.IsCapitalized && !(_cues.Words.CapitalisesNouns && IsCommonNounAfterItsLink(sentence, k, end)))
                || _cues.Words.ReadAloudVerbs.Contains(token.Span) || _cues.Words.ReadAloudParticiples.Contains(token.Span) || _cues.Words.ReadAloudTexts.Contains(token.Span))
            {
                return false;
            }
        }

        return ClauseBringsInNoOne(sentence, end, colon);
    }

    // "mit den Schultern", "auf das Feld": a German noun after its article or its preposition, as a name seldom stands.
    private bool IsCommonNounAfterItsLink(IReadOnlyList<Token> sentence, int k, int from)
        => k > from && sentence[k - 1].IsLower && _cues.Is(sentence[k - 1], WordClass.Article | WordClass.Preposition);
}
