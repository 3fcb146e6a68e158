using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An author box at the article's end: the writer's name alone on its line, then a short note about
/// that person's work ("Journaliste indépendante, Sophie Marchand couvre les questions sociales …",
/// "Carmen Ruiz es redactora de la sección de Sucesos desde 2018."). The note names the person the
/// line above names and gives a newsroom's job (<c>BylineRoles</c>); an article's last paragraph under
/// a portrait's caption ("Marie Dupont" / "Marie Dupont espère rouvrir en mai.") gives none.
/// </summary>
internal static class AuthorBoxes
{
    // A writer's note is a few sentences.
    private const int MaxNoteWords = 80;

    /// <summary>Whether <paramref name="block"/> is a note about <paramref name="name"/>, the writer named on the line above it.</summary>
    public static bool IsNoteAbout(TextBlock block, string name)
    {
        if (block.Facts.Words > MaxNoteWords)
        {
            return false;
        }

        // The surname: the name's last word.
        var space = name.LastIndexOf(' ');
        var surname = name.AsSpan(space + 1);
        var named = false;
        var job = false;
        var reader = new WordReader(block.Text.AsSpan());
        while (reader.Read() && !(named && job))
        {
            named |= reader.Word.SequenceEqual(surname);
            job |= LexiconTables.BylineRoles.Contains(reader.Word);
        }

        return named && job;
    }
}
