using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Die Bürgermeisterin zeigte sich dennoch zuversichtlich: „…“", "Die Bürgermeisterin winkt ab:":
// a sentence that opens on a definite article and a role's noun, then its verb, and ends in the
// colon before the quote, gives the quote to the role's holder whatever the verb, as "De
// burgemeester bleef kalm:" and "The mayor stayed calm:" are read by the clause reading. German
// capitalises the noun, and that reading took it for a name it could not find, leaving the quote to
// no one or to a name further on. The cast resolves the role: with no holder, no one.
// Stops: a link, an article or a clause word right after the noun ("Die Bürgermeisterin von
// Talheim", "der Nachbargemeinde") may make the role another's; a comma before the colon opens a
// clause whose subject may be another's; only languages that capitalise their nouns; only a clause
// of at most MaxClauseTokens tokens, as the clause reading. The opening article must be one that
// may open a subject (SubjectArticles: "der die das", not "den dem des"), or "Den Bürgermeister
// unterstützt die Opposition nicht:" gives the opposition's words to the mayor; and as "der" is a
// dative too, an article and a capitalised noun after the verb ("Der Bürgermeisterin widerspricht
// die Opposition:") is the inverted subject, and the opening phrase no subject.
internal sealed partial class ColonCue
{
    private Subject ArticleRoleOpening(IReadOnlyList<Token> sentence, int quote)
    {
        const int Verb = 2;
        // Bounded: the clause runs from the sentence's start to the colon, so a quote far into a
        // long sentence is not read, and no sentence is walked once per quote.
        if (!_cues.Words.CapitalisesNouns || quote < Verb + 2 || quote > MaxClauseTokens || !sentence[0].IsWord || !_cues.Words.SubjectArticles.Contains(sentence[0].Span)
            || !sentence[1].IsCapitalized || !_cues.Is(sentence[1], WordClass.RoleNoun)
            || !sentence[Verb].IsWord || !sentence[Verb].IsLower
            || _cues.Is(sentence[Verb], WordClass.Preposition | WordClass.EmployerLink | WordClass.NameJoiner | WordClass.Definite
                | WordClass.Indefinite | WordClass.Complementiser | WordClass.Coordinator | WordClass.Contrast))
        {
            return Subject.None;
        }

        for (var k = Verb + 1; k < quote - 1; k++)
        {
            if (sentence[k].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon
                || (k <= Verb + 2 && !_cues.Is(sentence[k - 1], WordClass.Preposition) && sentence[k].IsWord && _cues.Is(sentence[k], WordClass.Definite) && sentence[k + 1].IsCapitalized))
            {
                return Subject.None;
            }
        }

        return new Subject(SubjectKind.Role, sentence[1].Text, Verb);
    }
}
