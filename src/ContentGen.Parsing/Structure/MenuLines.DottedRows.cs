using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class MenuLines
{
    // A site's or a network's menu printed on one line between middle dots ("Home · My Network · Jobs · Messaging").
    private const string MiddleDot = " · ";

    // "Sport · Football" or "Quimper · Brest" is a kicker's or a teaser's; a header's menu names four items or more.
    private const int MinDottedItems = 4;

    /// <summary>
    /// Whether <paramref name="line"/> is a site's header menu printed on one line between middle dots,
    /// as a professional network or a forum prints its own ("Home · My Network · Jobs · Messaging · Notifications", "Start ·
    /// Mijn netwerk · Vacatures · Berichten · Meldingen"): four items or more, each one or two words opening in capitals
    /// with no figure and no stop, or a phrase among plain items twice as many (<see cref="ReadItem"/>), one of them a
    /// section's name or a button's label the lexicons list (<c>SectionNames</c>, <c>MenuWords</c>, <c>ButtonLabels</c>).
    /// A headline is a clause and a byline's line holds a date or a writer's word; a row of places or of names names no
    /// section, and stays whatever the rules around it read.
    /// </summary>
    public static bool IsDottedMenu(ReadOnlySpan<char> line)
    {
        var items = 0;
        var plain = 0;
        var phrases = 0;
        var named = false;
        var parts = new SeparatedParts(line, MiddleDot.AsSpan());
        while (parts.Read())
        {
            var part = Whitespace.Trim(parts.Part);
            var item = ReadItem(part);
            if (item is Item.None or Item.WithFunctionWord)
            {
                return false;
            }

            items++;
            plain += item == Item.Plain ? 1 : 0;
            phrases += item == Item.Phrase ? 1 : 0;
            named |= SectionMenus.IsSectionName(part) || LexiconTables.ButtonLabels.Contains(part);
        }

        return named && items >= MinDottedItems && plain >= 2 * phrases;
    }
}
