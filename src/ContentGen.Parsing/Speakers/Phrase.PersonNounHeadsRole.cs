using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "«…», explica un vecino del ministro", "« … », explique un voisin du ministre", "«…», spiega un vicino
// dell'assessore", "“…”, diz um assessor do ministro": a person's noun heads the phrase, and the role after
// its link is its complement, whose neighbour or aide the speaker is. The head speaks, never the one it
// belongs to: the role search reading on from the article took the first role it met, and gave the words
// to the minister. English ("a neighbour of the mayor"), German ("ein Nachbar des Ministers") and Dutch
// ("een buurman van de minister") put the role past the words it searches; the same test holds there.
// A name set off after the role ("la compagna del sindaco, Maria Rossi") is read before this (either
// may be meant); a role heading its own phrase ("el jefe de gabinete del ministro") is read as before.
internal sealed partial class Phrase
{
    // Whether the role at `role`, reached from the phrase's start, is the complement of a person's noun
    // before it: the noun (an ordinary person's, or a profession's), then only links and articles up to
    // the role ("del", "de la", "of the", "do"), or the link elided into the role's own word
    // ("dell'assessore", "d'un ministre").
    private bool IsRoleInPersonNounComplement(IReadOnlyList<Token> sentence, int start, int role)
    {
        for (var head = start; head < role; head++)
        {
            if (!IsPersonHeadNoun(sentence[head]))
            {
                continue;
            }

            if (head + 1 == role)
            {
                return IsElidedLinkWord(sentence[role]);
            }

            var linked = false;
            var k = head + 1;
            for (; k < role && sentence[k].IsLower; k++)
            {
                var isLink = IsComplementLink(sentence[k]);
                if (!isLink && !Is(sentence[k], WordClass.Article))
                {
                    break;
                }

                linked |= isLink;
            }

            if (k == role && linked)
            {
                return true;
            }
        }

        return false;
    }

    // A lower-case noun for someone ordinary ("vecino", "assessor", "voisin") or of a profession, which no
    // list holds as a role or a title: a role heads its own phrase ("le directeur du cabinet du ministre").
    private bool IsPersonHeadNoun(Token word)
        => word.IsWord && word.IsLower && (_words.PeopleNouns.Contains(word.Span) || _words.ProfessionEpithets.Contains(word.Span))
        && !IsTitleOrRole(word);
}
