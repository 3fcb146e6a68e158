using System;
using System.Collections.Generic;
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

    // "À propos de l'auteur", "Über die Autorin": a label of a few words.
    private const int MaxLabelWords = 5;

    // A writer's box under the headline (name, what the writer does, a link to the writer's page) is a few lines.
    private const int MaxTopBoxWords = 30;

    // A note on the writer under the byline is a sentence or two.
    private const int MaxTopNoteWords = 30;
    private const int MaxTopNoteLines = 2;

    // "Follow Jane Roe": a link names the writer in a few words.
    private const int MaxLinkNameWords = 3;

    /// <summary>Whether <paramref name="block"/> is a note about <paramref name="name"/>, the writer named on the line above it.</summary>
    public static bool IsNoteAbout(TextBlock block, string name)
        => block.Facts.Words <= MaxNoteWords && IsNoteAbout(block.Text.AsSpan(), name);

    /// <summary>
    /// The writer an author box under the article presents: the name alone on <paramref name="line"/> over a
    /// note about that person on <paramref name="next"/>, the name alone under a box's label ("The team" / "Jane
    /// Roe"), or the name that opens the note under the box's label on <paramref name="line"/> ("About the author" /
    /// "Jane Roe is a reporter …"); else <see langword="null"/>.
    /// </summary>
    public static string? Writer(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (Words.MoreThan(next, MaxNoteWords))
        {
            return null;
        }

        if (Metadata.AuthorReader.ReadBareName(line) is { } name)
        {
            return IsNoteAbout(next, name) ? name : null;
        }

        // "L'équipe" / "Jeanne Roux" / "Production", "About the author" / "Jane Roe": a box's label alone over a name alone.
        var trimmed = Whitespace.Trim(line).TrimEnd(':').TrimEnd();
        if ((LexiconTables.AuthorBoxLabels.Contains(trimmed) || LexiconTables.AuthorsBoxLabels.Contains(trimmed)) && Metadata.AuthorReader.ReadBareName(next) is { } named)
        {
            return named;
        }

        return LexiconTables.TerminatorPrefixes.StartsAny(line) && !Words.MoreThan(line, MaxLabelWords)
            && Metadata.AuthorReader.ReadOpeningName(next) is { } opening && IsNoteAbout(next, opening) ? opening : null;
    }

    /// <summary>
    /// Whether <paramref name="label"/> is an author box's plural label alone on its line ("Les auteurs", "Die Autoren")
    /// over a writer's note (<see cref="IsWritersNote"/>): the box after the article, as "About the author" opens it.
    /// The caller checks that the box closes the article: "The team" over a founder's portrait mid-article labels a part.
    /// </summary>
    public static bool OpensBox(TextBlock label, TextBlock note)
        => label.LineCount == 1 && label.Facts.Words <= MaxLabelWords
        && LexiconTables.AuthorsBoxLabels.Contains(Whitespace.Trim(label.Text.AsSpan()).TrimEnd(':').TrimEnd())
        && IsWritersNote(note);

    /// <summary>
    /// Whether <paramref name="note"/> is a short note that opens with a writer's name and gives a newsroom's job
    /// ("Jane Roe is a reporter …").
    /// </summary>
    public static bool IsWritersNote(TextBlock note)
        => note.Facts.Words <= MaxNoteWords
        && Metadata.AuthorReader.ReadOpeningName(note.Text.AsSpan()) is { } name && IsNoteAbout(note.Text.AsSpan(), name);

    /// <summary>
    /// Whether <paramref name="line"/> is a writer's box's line under the name: the writer's job ("Columnist",
    /// "Local Democracy Reporter") or the link to the writer's page ("Voir ses articles", "Follow Jane").
    /// </summary>
    public static bool IsBoxLineUnderName(ReadOnlySpan<char> line)
        => line.Length > 0 && (Metadata.AuthorReader.IsRoleLine(line) || IsLinkLine(line));

    /// <summary>
    /// Whether <paramref name="line"/> opens with a link to a writer's page and names no more than the writer ("Voir ses
    /// articles", "Follow Jane"). The caller reads it only under a name on its own line: "Volg Ajax Live" alone
    /// mid-article, or "Segui Pietro Lanza" as a subheading, is the article's.
    /// </summary>
    public static bool IsLinkLine(ReadOnlySpan<char> line)
        => line.Length > 0 && char.IsUpper(line[0]) && !Words.MoreThan(line, MaxTopBoxWords)
        && LexiconTables.AuthorLinks.LongestStart(line) is var length and > 0 && IsNameOrNothing(line.Slice(length));

    /// <summary>
    /// Whether block <paramref name="index"/> of <paramref name="blocks"/> is a writer's box's link line
    /// (<see cref="IsLinkLine"/>) right under a name alone on its line, or under the one line on the writer under it
    /// ("Jane Roe" / "Columnist" / "Follow Jane"). Each line is a block of its own, on consecutive lines.
    /// </summary>
    public static bool IsLinkUnderName(IReadOnlyList<TextBlock> blocks, int index)
    {
        var link = blocks[index];
        if (link.LineCount != 1 || !IsLinkLine(link.Text.AsSpan()))
        {
            return false;
        }

        for (var above = index - 1; above >= 0 && above >= index - 2; above--)
        {
            var block = blocks[above];
            if (block.LineCount != 1 || block.Start.Line + 1 != blocks[above + 1].Start.Line)
            {
                return false;
            }

            if (Metadata.AuthorReader.ReadBareName(Whitespace.Trim(block.Text.AsSpan())) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether block <paramref name="index"/> of <paramref name="blocks"/> is the line a writer's box prints between the
    /// name alone and the note on that person: "Jane Roe" / "Hydrologist, research fellow at …" / "Jane Roe has worked …".
    /// Each is one line, glued to the next; the note opens with the name the box's first line gives. The middle line says
    /// what the writer does: a bio, however much it reads as a headline.
    /// </summary>
    public static bool IsLineBetweenNameAndNote(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (index < 1 || index + 1 >= blocks.Count)
        {
            return false;
        }

        var name = blocks[index - 1];
        var line = blocks[index];
        var note = blocks[index + 1];
        if (name.LineCount != 1 || line.LineCount != 1 || name.Start.Line + 1 != line.Start.Line || line.Start.Line + 1 != note.Start.Line
            || note.Facts.Words > MaxNoteWords)
        {
            return false;
        }

        // The note opens with the same name and a lower-case word: "Jane Roe has worked …", "Élise Roux travaille …".
        var named = Whitespace.Trim(name.Text.AsSpan());
        var text = note.Text.AsSpan();
        return text.Length > named.Length + 1 && text.StartsWith(named, StringComparison.Ordinal) && text[named.Length] == ' '
            && char.IsLower(text[named.Length + 1]) && Metadata.AuthorReader.ReadBareName(named) is not null;
    }

    /// <summary>
    /// Whether <paramref name="block"/>, before the article's first paragraph, is a note on the writer that the byline
    /// right above names: <paramref name="above"/> is that byline ("Ein Kommentar von Jane Roe"), or the writer's job
    /// under the name alone in <paramref name="aboveThat"/> ("Jane Roe" / "Columnist"), and the note opens with the
    /// writer's name and a lower-case word ("Jane Roe leitet …"), on the line right under the byline.
    /// </summary>
    public static bool IsNoteUnderByline(TextBlock block, TextBlock above, TextBlock? aboveThat)
    {
        // The note sits on the line right under the byline: under a blank line, a paragraph on the writer's own life
        // opens with the same name ("By Walter Greaves" / "" / "Walter Greaves had never run …").
        if (block.Facts.Words > MaxTopNoteWords || block.LineCount > MaxTopNoteLines || !char.IsUpper(block.Text[0])
            || block.Start.Line != above.Start.Line + above.LineCount)
        {
            return false;
        }

        var writer = above.Facts.IsAuthorLine ? Metadata.AuthorReader.Read(above.Text.AsSpan())
            : aboveThat is not null && Metadata.AuthorReader.IsRoleLine(Whitespace.Trim(above.Text.AsSpan())) ? Metadata.AuthorReader.ReadBareName(Whitespace.Trim(aboveThat.Text.AsSpan()))
            : null;
        if (writer is null)
        {
            return false;
        }

        // The first writer of "Jane Roe; Tom Poe".
        var semicolon = writer.IndexOf(';');
        var name = semicolon > 0 ? writer.AsSpan(0, semicolon) : writer.AsSpan();
        var text = block.Text.AsSpan();
        if (!text.StartsWith(name, StringComparison.Ordinal) || text.Length <= name.Length + 1 || text[name.Length] != ' ')
        {
            return false;
        }

        var reader = new WordReader(text.Slice(name.Length));
        return reader.Read() && char.IsLower(reader.Word[0]);
    }

    // After a link's words, nothing or the writer's name ("Follow Jane Roe"); "Follow us", "Segui la diretta" name nobody.
    private static bool IsNameOrNothing(ReadOnlySpan<char> rest)
    {
        var reader = new WordReader(rest);
        var count = 0;
        while (reader.Read())
        {
            if (++count > MaxLinkNameWords || !char.IsUpper(reader.Word[0]) || Stopwords.IsStopword(reader.Word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNoteAbout(ReadOnlySpan<char> note, string name)
    {
        // The surname: the name's last word.
        var space = name.LastIndexOf(' ');
        var surname = name.AsSpan(space + 1);
        var named = false;
        var job = false;
        var reader = new WordReader(note);
        while (reader.Read() && !(named && job))
        {
            named |= reader.Word.SequenceEqual(surname);
            job |= LexiconTables.BylineRoles.Contains(reader.Word);
        }

        return named && job;
    }
}
