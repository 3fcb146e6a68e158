using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "die Meeresbiologin Anna Roth", "zeebioloog Jan Smit": German and Dutch glue a trade to its field, and
// no list can hold the compounds. A later cue calls the person by the compound's last part alone ("sagt
// die Biologin", "zegt de bioloog"): the compound's last part, where it is a listed profession
// (SpeechWords.ProfessionEpithets, found at a word's end by SpeechTables.TradeEnds), is the trade given
// to the full name after it, noted as "die Biologin Anna Roth" would be (SpeakerFinder.ProfessionHolders.cs).
internal sealed partial class SpeakerFinder
{
    // A trade ending a compound is one of six letters or more (SpeechTables.TradeEnds), after a first
    // part of three letters at least ("Meeres|biologin", "zee|bioloog").
    private const int MinTradeFirstPart = 3;
    private const int MinCompoundTrade = 6;

    // Notes the person named after a compound on a listed profession at `i`. Asked of every word that
    // is no listed profession, so the cheap tests come first: a capital after the word, a word long
    // enough to be a compound, a language that compounds its trades.
    private void NoteCompoundTradeHolder(IReadOnlyList<Token> sentence, int i)
    {
        var word = sentence[i];
        if (i + 2 >= sentence.Count || !sentence[i + 1].IsCapitalized || !word.IsWord
            || word.Span.Length < MinTradeFirstPart + MinCompoundTrade || _cues.Words.TradeEnds.Count == 0)
        {
            return;
        }

        var trade = CompoundTradeEnd(word.Span);
        if (trade.IsEmpty || NamedAfterProfession(sentence, i) is not { } person || _names.Complete(person) is not { } full || _cast.IsOrganisation(full))
        {
            return;
        }

        _professionHolders.Add((trade.ToString().ToLowerInvariant(), full, _state.Paragraph));
    }

    // The longest listed profession that ends `word` after a first part of a few letters; empty if none does.
    private ReadOnlySpan<char> CompoundTradeEnd(ReadOnlySpan<char> word)
    {
        for (var start = MinTradeFirstPart; start <= word.Length - MinCompoundTrade; start++)
        {
            var end = word.Slice(start);
            if (_cues.Words.TradeEnds.Contains(end))
            {
                return _cues.Words.ProfessionEpithets.Contains(end) ? end : ReadOnlySpan<char>.Empty;
            }
        }

        return ReadOnlySpan<char>.Empty;
    }
}
