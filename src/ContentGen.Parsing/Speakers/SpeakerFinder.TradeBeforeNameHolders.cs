using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Volgens boswachter Henk Rozema …. ‘…’, zegt de boswachter.", "According to ranger Tom Haldane ….
// "…," the ranger said.", "Laut Schäfer Anton Brucker …. „…“, sagt der Schäfer.": the trade written
// before a full name (Phrase.TradeBeforeName.cs) is that person's, and the bare trade at a later cue
// means them, as a listed profession given so does (SpeakerFinder.ProfessionHolders.cs). The trades
// noted here are those the lists leave out of the professions: a person's noun ("ranger",
// "boswachter") or a noun of an agent by its ending ("Schäfer", "pescador"). In lower case (English,
// Dutch, and any language after its article); capitalised, where nouns are, only where the article
// also writes the word as a common noun ("der Schäfer", NameFacts.UnlistedTradeRun.cs): "Schäfer" is
// a surname as often, and "Walter Hans Brucker" holds no trade.
internal sealed partial class SpeakerFinder
{
    // Whether the word at `i`, before a capitalised word, is such a trade.
    private bool IsTradeBeforeName(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        if (i + 2 >= sentence.Count || !sentence[i + 1].IsCapitalized || !word.IsWord)
        {
            return false;
        }

        if (word.IsLower)
        {
            var noun = Elision.Tail(word.Span);
            return _cues.Words.PeopleNouns.Contains(noun) || AgentNouns.Is(_cues.Words, noun, out _);
        }

        return _cues.Words.CapitalisesNouns && word.IsCapitalized && _plausibility.IsTradeBeforeName(word.Span);
    }

    // A profession or a role only its holder is called by: those keep their own readings at the cue
    // ("a lancé devant le juge l'avocat" after "Le juge Henri Vidal" is no judge speaking).
    private bool IsListedTrade(string noun)
        => IsProfessionEpithet(noun) || _cues.Words.HolderOnlyRoles.Contains(Elision.Tail(noun.AsSpan()));

    // The one person the article gave the trade `noun` before their name in reach, or null; `several`
    // when it gave it to two people, neither of whom the noun alone means.
    private string? TradeBeforeNameHolder(string noun, out bool several)
        => ProfessionHolder(noun, out several);
}
