using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// "Minister voor Jeugdzorg Anouk Verhulst", "Minister for Transport Ann Vale", "Ministerin für Bildung Anna Vogt",
// "ministro de Sanidad Ana Vidal", "ministre de la Culture Anne Vallet": a role, a link and a one-word portfolio run
// on into the name. Three capitals are no full name, so "Anouk Verhulst" was never recorded, and "Verhulst" alone
// later stayed a bare surname. The portfolio is the role's complement, no first name: the last two words are the name.
// English and the Romance languages read these shapes by other means already; German and Dutch did not.
internal sealed partial class NameFacts
{
    private bool FollowsRoleAndLink(string paragraph, List<(int Start, int Length)> words, int start)
    {
        // The middle word must be a given name some language lists ("Anouk", "Anna"): "voorzitter van Stichting Groene
        // Hart" is a body's name, no portfolio and a person. A given name opening the run opens a double first name
        // ("the lawyer for Mary Ann Lee", "de advocaat van Jan Pieter Bakker"), no portfolio.
        if (start > 0 || !IsListedGivenName(paragraph.AsSpan(words[start + 1].Start, words[start + 1].Length))
            || IsListedGivenName(paragraph.AsSpan(words[start].Start, words[start].Length)))
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
        // "viceministro degli Esteri": a deputy's part glued to the role (NameFacts.DeputyRoleBeforePortfolio.cs).
        return role.Length > 0 && IsRoleOrDeputyRole(role);
    }

    private static bool IsListedGivenName(ReadOnlySpan<char> word) => GivenNameGender.IsListed(SpeechTables.All, word);

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
