using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», sorride il pensionato", "«…», aggiunge il fornaio": read in every language at once (a
// document whose language is not identified), the Italian article "il" is also the French subject
// pronoun, and was read as "he", giving the words to the last person named, a woman as readily.
// The French pronoun never stands apart after its verb with a noun after it: inverted, it is
// joined by a hyphen ("sourit-il", "ajoute-t-il", one token), and before its verb a verb follows it
// ("il sourit"). A word that is a pronoun and an article, followed by the lower-case noun of a
// person, is therefore the article of that noun. One look at the next word.
internal sealed partial class Phrase
{
    // `start`: a word the caller has found to be a pronoun and a definite article.
    private bool IsArticleBeforePersonNoun(IReadOnlyList<Token> sentence, int start)
    {
        if (start + 1 >= sentence.Count)
        {
            return false;
        }

        var noun = sentence[start + 1];
        return noun.IsWord && noun.IsLower
            && (_words.PeopleNouns.Contains(noun.Span) || _words.ProfessionEpithets.Contains(noun.Span) || IsRoleNoun(noun)
                || AgentNouns.Is(_words, noun.Span, out _));
    }
}
