using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Laut Statikerin Anna Berg", "sagte Försterin Maren Hoff": German writes a trade before the name
// with no article, and no list holds every trade, so the name reading took the noun for a first name
// ("Statikerin Anna Berg"). A feminine agent noun by its ending (AgentNouns: "-erin", "-istin",
// "-ärztin") opening a run of three capitalised words is the trade, and the two after it the name,
// as a listed trade already is. The masculine endings ("-er") are first names' too ("Peter",
// "Walter", "Günter"), so "Förster Lukas Brandt" is left as it was.
internal sealed partial class Phrase
{
    private bool IsUnlistedFemaleTradeBeforeName(IReadOnlyList<Token> sentence, int i, int start, int end)
        => i == start && i < end - 2 && _words.CapitalisesNouns
        && sentence[i].IsCapitalized && sentence[i + 1].IsCapitalized && sentence[i + 2].IsCapitalized
        && AgentNouns.Is(_words, sentence[i].Span, out var gender) && gender == Gender.Female;
}
