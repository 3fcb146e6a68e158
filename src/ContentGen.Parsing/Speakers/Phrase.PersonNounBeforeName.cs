using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Verpleegkundige Sanne de Vries werkt …", "Nachbarin Rosa Bellmann wohnt …", "Zoogdierecoloog Pieter
// van Ommen wijst …": German and Dutch open a sentence on a trade or a person's noun, with no article,
// before the full name it describes, as on a title. The compound trade before two capitalised words
// (Phrase.Names.cs) left out a person's noun listed as such ("Nachbarin") and a name whose particle
// stands between its words ("Sanne de Vries"), so the noun was read as the name's first word, and a
// pronoun after the sentence ("zegt ze") gave the quote to "Verpleegkundige Sanne de Vries".
// Only opening the sentence, where no article stands before the noun: after a verb or an article a
// capitalised noun may be followed by another noun ("die Nachbarin Kindern …"), not a name. Only
// before at least two words of a name: before one ("Rentnerin Gisela, 71, …") the first name alone
// keeps no one in focus, and the pronoun after it went back to the person named before, a wrong
// speaker where the longer reading gave a right person under a longer name. Only the nouns of the
// languages that compound them (SpeechTables.TradeEnds, six letters or more): English reads its own
// through its role nouns, and a Romance sentence opens on an article, while a bare capitalised noun
// there is as often a first name ("Marin Dupré").
internal sealed partial class Phrase
{
    // Whether the word at `i`, opening the sentence and the run, is a trade or a person's noun before
    // a capitalised name of two words or more.
    private bool IsPersonNounBeforeName(IReadOnlyList<Token> sentence, int i, int start, int end)
        => i == 0 && start == 0 && i < end - 2
        && sentence[i].IsCapitalized && sentence[i + 1].IsCapitalized
        && (_words.TradeEnds.EndsAny(sentence[i].Span) || IsShortTradeOpening(sentence[i]));
}
