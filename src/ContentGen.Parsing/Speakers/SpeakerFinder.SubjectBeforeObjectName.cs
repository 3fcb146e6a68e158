using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "In Kiel empfing der Landrat heute Jana Weber.", "Im Rathaus hat die Bürgermeisterin gestern
// Landrat Klaus Möller herumgeführt.", "In de haven ontving de wethouder maandag minister Joost
// Visser.": where the verb stands second, a person given by an article and a role or a person's
// noun after the verb is the clause's subject, and a name further on is its object; the name is no
// subject a later pronoun or dropped subject means. "Vorne traf vor allem X" names no one before X,
// and an article after a preposition ("In der Halle jubelte am Ende X") opens the opening phrase,
// not a subject. Reads only the few words before the name.
// What stands between the role and the name is not checked: an adverb in every row it was built for
// ("heute", "gestern", "gisteren"), but the lexicons hold no list of adverbs to ask, so a name in
// apposition to the subject ("de voorzitter van de ondernemersvereniging Joost Visser", "der
// Verkehrsminister des Landes Klaus Möller") passes this test too. Probed in session 58: both give
// the earlier speaker to the pronoun after them, as before this rule (which reading decides was not
// traced); "de minister van Infrastructuur Joost Visser" gives Joost Visser.
internal sealed partial class SpeakerFinder
{
    // Whether an article that follows no preposition, then a role or a person's noun, stand among
    // the words before the name at `first` (its opening word aside), whatever stands between them.
    private bool SubjectNamedBeforeName(IReadOnlyList<Token> sentence, int first)
    {
        for (var k = 1; k + 1 < first; k++)
        {
            if (sentence[k].IsLower && _cues.Is(sentence[k], WordClass.Article)
                && !_cues.Is(sentence[k - 1], WordClass.Preposition)
                && (IsRoleLike(sentence[k + 1]) || _cues.Words.PeopleNouns.Contains(sentence[k + 1].Span)))
            {
                return true;
            }
        }

        return false;
    }
}
