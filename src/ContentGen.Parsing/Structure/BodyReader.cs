using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Reads a document's lines into a title line and body blocks, setting boilerplate aside:
/// chrome lines, repeated lines, and a closing block written in another language.
/// </summary>
internal sealed class BodyReader
{
    // Repeats of lines shorter than this (a dash, "Photo") are not worth calling boilerplate.
    private const int MinRepeatedLength = 20;

    private readonly List<Boilerplate> _boilerplate = new();

    private BodyReader()
    {
    }

    /// <summary>The first real line, or <see langword="null"/> when every line is blank or boilerplate.</summary>
    public LineSegment? TitleLine { get; private set; }

    /// <summary>The body, as paragraph-sized blocks in order.</summary>
    public List<TextBlock> Blocks { get; } = new();

    /// <summary>What was set aside, in document order.</summary>
    public IReadOnlyList<Boilerplate> Boilerplate => _boilerplate;

    /// <summary>Reads <paramref name="lines"/>.</summary>
    public static BodyReader Read(IReadOnlyList<SourceLine> lines)
    {
        var reader = new BodyReader();
        foreach (var group in reader.GroupBodyLines(lines))
        {
            reader.Blocks.AddRange(BlockSplitter.Split(group));
        }

        reader.SetAsideForeignEnding();
        reader._boilerplate.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return reader;
    }

    // Groups the non-blank lines between blank lines, taking out chrome, repeats and the title.
    private List<List<LineSegment>> GroupBodyLines(IReadOnlyList<SourceLine> lines)
    {
        var groups = new List<List<LineSegment>>();
        var current = new List<LineSegment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                Flush(groups, ref current);
                continue;
            }

            var segment = new LineSegment(line);
            var kind = BoilerplateLines.Classify(segment.Text);
            if (kind is null && segment.Text.Length >= MinRepeatedLength && !seen.Add(segment.Text))
            {
                kind = BoilerplateKind.Repeated;
            }

            if (kind is { } found)
            {
                _boilerplate.Add(new Boilerplate(segment.Text, found, segment.Start));
            }
            else if (TitleLine is null)
            {
                TitleLine = segment;
                Flush(groups, ref current);
            }
            else
            {
                current.Add(segment);
            }
        }

        Flush(groups, ref current);
        return groups;
    }

    // A final block in another language than the body is a disclaimer or a translation note.
    private void SetAsideForeignEnding()
    {
        if (Blocks.Count < 2)
        {
            return;
        }

        var last = Blocks[Blocks.Count - 1];
        var bodyText = string.Join(" ", Blocks.GetRange(0, Blocks.Count - 1).ConvertAll(b => b.Text));
        var bodyLanguage = LanguageGuesser.Guess(bodyText);
        var lastLanguage = LanguageGuesser.Guess(last.Text);
        if (bodyLanguage is not null && lastLanguage is not null && bodyLanguage != lastLanguage)
        {
            Blocks.RemoveAt(Blocks.Count - 1);
            _boilerplate.Add(new Boilerplate(last.Text, BoilerplateKind.Disclaimer, last.Start));
        }
    }

    private static void Flush(List<List<LineSegment>> groups, ref List<LineSegment> current)
    {
        if (current.Count > 0)
        {
            groups.Add(current);
            current = new List<LineSegment>();
        }
    }
}
