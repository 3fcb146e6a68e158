using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "According to ranger Tom Haldane", "Volgens boswachter Henk Rozema", "said shepherd Tom Haldane":
// English and Dutch write a trade in lower case before a full name with no article, as they write a
// role ("Volgens burgemeester X"), and "le garde forestier Paul Ravenel" puts a second noun of the trade
// after the first. DescribedFullName reads a lower-case noun only after its article, and one noun
// alone, so these gave no one: the trade was no role, the name never reached. A trade here is a
// word the lexicon knows for a person by what they do or who they are (a profession, a person's
// noun, a role only its holder is called by) or a noun of an agent by its ending (AgentNouns):
// never an open word, which after a verb ("thanked Tom Haldane") or a preposition is no noun.
// Before a name of two words or more that is no organisation's, as DescribedFullName asks.
internal sealed partial class Phrase
{
    // The full name after a lower-case trade at `start` with no article ("ranger Tom Haldane"), or
    // after an article, a trade and a second trade noun ("le garde forestier Paul Ravenel").
    private Subject TradeBeforeFullName(IReadOnlyList<Token> sentence, int start)
    {
        var noun = start;
        if (Is(sentence[start], WordClass.Definite) && sentence[start].IsLower)
        {
            // "le garde forestier": the article, a noun, and a trade that says which.
            noun = start + 2;
            if (noun >= sentence.Count || !sentence[start + 1].IsWord || !IsOpenNoun(sentence[start + 1].Span))
            {
                return Subject.None;
            }
        }

        if (noun + 2 >= sentence.Count || !sentence[noun].IsWord || !sentence[noun].IsLower
            || !sentence[noun + 1].IsCapitalized || !sentence[noun + 2].IsCapitalized
            || !IsTradeNoun(sentence[noun].Span) || Is(sentence[noun + 1], WordClass.Title) || IsRoleNoun(sentence[noun + 1]))
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, noun + 1);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.Text.IndexOf(' ') < 0)
        {
            return Subject.None;
        }

        for (var k = noun + 1; k < name.End; k++)
        {
            if (Lexicons.LexiconTables.Calendar.Contains(sentence[k].Span) || _words.ListenerNouns.Contains(sentence[k].Span) || Is(sentence[k], WordClass.NotName))
            {
                return Subject.None;
            }
        }

        return name;
    }

    // A noun for a person by what they do or who they are, listed or read by its ending; never a role
    // ("Le juge Henri Vidal"), which the role reading gives its holder.
    private bool IsTradeNoun(ReadOnlySpan<char> word)
        => !_words.RoleNouns.Contains(word) && !_words.HolderOnlyRoles.Contains(word)
        && (_words.ProfessionEpithets.Contains(word) || _words.PeopleNouns.Contains(word) || AgentNouns.Is(_words, word, out _));
}
