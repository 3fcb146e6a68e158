using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Speakers;

// "Ob Berger dann tatsächlich Nein sagt", "Ob der Rat am Ende Ja sagt", "Of Dijkstra echt Nee zegt": German writes
// the answer given as a noun, with its capital, and Dutch often does so for emphasis; standing before a verb of saying
// it looks like a surname, and the pronoun after it was given to "Nein". A yes or a no (the lexicons' AnswerWords, every
// language's) alone is no one's name, unless it ends a full name the article gives ("Alice Sim", "Hye-jin No").
internal sealed partial class NamePlausibility
{
    private bool IsBareAnswer(string name)
        => LexiconTables.AnswerWords.Contains(name) && !_facts.EndsFullName(name, out _);
}
