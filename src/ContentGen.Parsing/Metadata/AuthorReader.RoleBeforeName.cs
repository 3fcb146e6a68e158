using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// Session 54: the writer's job before her name, with no byline word ("Redakteurin Anna Schmidt", "Verslaggever Pieter de
// Vries", "Reporter Jane Roe"), alone on the line over the article. Read only where the caller reads a name with its
// place (over the first paragraph); a sentence that opens with a job and a name runs on past the name and is none.
internal static partial class AuthorReader
{
    // A job word and a name of two to four words.
    private const int MaxRoleNameWords = 5;

    /// <summary>
    /// The writer of a line that is a job word (<c>BylineRoles</c>) and a name, nothing else; else <see langword="null"/>.
    /// </summary>
    public static string? ReadRoleBeforeName(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        if (space <= 0 || !char.IsUpper(line[0]) || Words.MoreThan(line, MaxRoleNameWords) || !LexiconTables.BylineRoles.Contains(line.Slice(0, space)))
        {
            return null;
        }

        var name = Whitespace.Trim(line.Slice(space + 1));
        return NameAfterRole(name);
    }

    // The name after a job word (RoleLabels too): only a name's characters, no desk, read as a bare capitalised name.
    private static string? NameAfterRole(ReadOnlySpan<char> name)
        => OnlyNameCharacters(name) && !NamesADesk(name) ? ReadBareName(name, capitals: true) : null;
}
