using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Minister voor Jeugdzorg Anouk Verhulst", "Minister for Transport Ann Vale", "Ministerin für Bildung Anna Vogt",
// "ministro de Sanidad Ana Vidal", "ministre de la Culture Anne Vallet": a role, a link and a one-word portfolio run
// on into the name. Three capitals are no full name, so "Anouk Verhulst" was never recorded, and "Verhulst" alone
// later stayed a bare surname. The portfolio is the role's complement, no first name: the last two words are the name.
internal sealed partial class NameFacts
{
    private bool FollowsRoleAndLink(string paragraph, List<(int Start, int Length)> words, int start)
    {
        if (start > 0)
        {
            return false;
        }

        var end = words[0].Start;
        var link = WordEndingBefore(paragraph, ref end);
        // "de la Culture": an article between the link and the portfolio.
        if (link.Length > 0 && char.IsLower(link[0]) && _words.Definites.Contains(link))
        {
            link = WordEndingBefore(paragraph, ref end);
        }

        if (link.Length == 0 || !char.IsLower(link[0]) || !(_words.OrganisationLinks.Contains(link) || _words.Prepositions.Contains(link)))
        {
            return false;
        }

        var role = WordEndingBefore(paragraph, ref end);
        return role.Length > 0 && (_words.RoleNouns.Contains(role) || _words.Titles.Contains(role));
    }

    // The letters of the word that ends before `end`, past the spaces between; `end` moves to that word's start.
    private static ReadOnlySpan<char> WordEndingBefore(string paragraph, ref int end)
    {
        while (end > 0 && paragraph[end - 1] == ' ')
        {
            end--;
        }

        var begin = WordStartBefore(paragraph, end, nameMarks: false);
        var word = paragraph.AsSpan(begin, end - begin);
        end = begin;
        return word;
    }
}
