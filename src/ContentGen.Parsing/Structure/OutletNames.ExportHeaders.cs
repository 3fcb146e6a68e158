using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A messaging app writes a header over a chat or a channel it exports ("Chat history of Riverside News", "Chatverlauf mit
/// Heidekurier", "Chatgeschiedenis van Omroep Dijkveld Nieuws"): the line names the export, and the channel it names is
/// the chat's, printed as the app shows it, not the outlet's masthead. The page's first line is then no masthead; a rights
/// notice further down may still name the outlet.
/// </summary>
internal static partial class OutletNames
{
    // The header's words, then the chat's name after a space: "Chat history" alone is a menu's label.
    private static bool IsChatExportHeader(ReadOnlySpan<char> line)
    {
        var lead = LexiconTables.ChatExportHeaders.LongestStart(line);
        return lead > 0 && lead < line.Length && line[lead] == ' ';
    }
}
