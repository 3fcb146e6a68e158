using System;

namespace ContentGen.Parsing.Speakers;

// "Schäfer Matthias Brenninger fand …": the phrase reader takes a capitalised word before two more for a
// first name unless a list or an ending it trusts says otherwise (Phrase.Names.cs). A trade no list
// holds, which the article writes as a common noun elsewhere (NameFacts.TradeBeforeName.cs), is no
// first name: the name is the words after it, as the article's full names record it, so the surname
// alone and the trade at the cue ("sagt der Schäfer") meet the same person.
internal sealed partial class NameRegistry
{
    // The name after the trade that opens `name` (its first space at `space`), when it has two words
    // or more; null otherwise.
    private string? TradeCutName(string name, int space)
        => space != name.LastIndexOf(' ') && Plausibility.IsTradeWrittenAsNoun(name.AsSpan(0, space))
            ? Text.StringCache.Get(name.AsSpan(space + 1))
            : null;
}
