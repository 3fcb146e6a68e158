using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A short line ending on a colon over "- " items whose first item goes on in lower case ("In due anni i volontari
/// hanno:" / "- ricostruito il tetto …;", "Seit dem Frühjahr haben die Helfer:" / "- das Dach neu gedeckt;"): the lead's
/// sentence runs on into its items, so lead and items are one sentence of the article's prose, however few words the
/// lead has. A label over a list ("Tags:", "Lire aussi :") is one or two words, and a list of other stories' headlines
/// or of tags opens its items in capitals or with no sentence to go on.
/// </summary>
internal static class ListLeads
{
    // A clause: a subject and its verb at least ("Los vecinos piden:"); "Tags:" or "Lire aussi :" is a label.
    private const int MinLeadWords = 3;

    /// <summary>Whether <c>blocks[i]</c> leads a list of items that goes on with its sentence.</summary>
    public static bool OpensList(IReadOnlyList<TextBlock> blocks, int i)
    {
        if (i < 0 || i + 1 >= blocks.Count)
        {
            return false;
        }

        // The cheap tests first: a colon last, a bullet under it.
        var text = blocks[i].Text;
        var item = blocks[i + 1].Text;
        if (text.Length == 0 || text[text.Length - 1] != ':' || !BlockSplitter.StartsWithBullet(item.AsSpan()))
        {
            return false;
        }

        var facts = blocks[i].Facts;
        return facts.Words >= MinLeadWords && !facts.IsTerminator && !facts.IsBylineOrDate && !ReadAlsoLinks.IsLabel(text.AsSpan())
            && GoesOnInLowerCase(BlockSplitter.AfterBullet(item.AsSpan()));
    }

    // The item's first letter, past any quotation mark, is a small one: the lead's sentence goes on.
    private static bool GoesOnInLowerCase(ReadOnlySpan<char> item)
    {
        foreach (var c in item)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }
}
