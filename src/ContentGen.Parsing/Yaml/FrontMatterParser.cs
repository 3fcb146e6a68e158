using System;
using System.Collections.Generic;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Yaml;

/// <summary>
/// Splits a seed into its front matter and its body: the known keys, which override what the
/// reader finds, the other keys as typed entries, and the body text with the front matter blanked
/// out (so that it is never read as body, and positions in the body stay true).
/// </summary>
internal static class FrontMatterParser
{
    /// <summary>The keys that set the article's own fields instead of becoming members.</summary>
    public static readonly string[] KnownKeys = { "title", "source", "author", "published", "language", "type" };

    /// <summary>Reads the front matter of <paramref name="text"/>, if it has one.</summary>
    public static SplitSeed Parse(string text, PositionMap positions)
    {
        var problems = new List<FrontMatterProblem>();
        if (FrontMatterBlock.Find(text) is not { } block
            || FrontMatterReader.Read(text, block.ContentStart, block.ContentEnd, positions, problems) is not { } entries)
        {
            return new SplitSeed(text, FrontMatter.None, new Dictionary<string, (string Text, TextPosition Position)>(StringComparer.Ordinal), Found: false);
        }

        if (!block.IsClosed)
        {
            problems.Insert(0, new FrontMatterProblem(FrontMatterProblemKind.Unclosed, "---", string.Empty, positions.At(block.Start), 3));
        }
        var known = new Dictionary<string, (string Text, TextPosition Position)>(StringComparer.Ordinal);
        var others = new List<FrontMatterEntry>(entries.Count);
        EquatableArray<string> tags = default;
        FrontMatterEntry? typeEntry = null;
        foreach (var entry in entries)
        {
            typeEntry = entry.Key == "type" ? entry : typeEntry;
            if (Array.IndexOf(KnownKeys, entry.Key) >= 0)
            {
                if (entry.Value.Kind is FrontMatterKind.List or FrontMatterKind.Map)
                {
                    problems.Add(new FrontMatterProblem(FrontMatterProblemKind.Unsupported, entry.Key, "it must be a single value, such as text or a date", entry.Position, entry.Length));
                }
                else if (entry.Value.Text.Trim() is { Length: > 0 } given)
                {
                    if (KnownValues.Accept(entry.Key, given, out var problem) is { } value)
                    {
                        known[entry.Key] = (value, entry.Position);
                    }
                    else
                    {
                        problems.Add(new FrontMatterProblem(FrontMatterProblemKind.Unsupported, entry.Key, problem!, entry.ValuePosition, entry.ValueLength));
                    }
                }

                continue;
            }

            if (entry.Key == FrontMatter.TagsKey)
            {
                if (Tags(entry, problems) is not { } list)
                {
                    continue;
                }

                tags = list.Items.Count == 0 ? default : EquatableArray.From(ToTexts(list));
                others.Add(entry with { Value = list });
                continue;
            }

            others.Add(entry);
        }

        problems.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        var frontMatter = new FrontMatter(
            EquatableArray.From(others),
            tags,
            known.TryGetValue("type", out var type) ? type.Text : null,
            EquatableArray.From(problems))
        {
            SetsTitle = known.ContainsKey("title"),
            SetsSource = known.ContainsKey("source"),
            TypeNamePosition = typeEntry?.ValuePosition ?? default,
            TypeNameLength = typeEntry?.ValueLength ?? 0,
        };
        return new SplitSeed(block.Blank(text), frontMatter, known, Found: true);
    }

    // Tags are text whatever they look like: "2021" is a tag, not a number; one value is one tag.
    private static FrontMatterValue? Tags(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var value = entry.Value;
        switch (value.Kind)
        {
            case FrontMatterKind.Map:
                problems.Add(new FrontMatterProblem(FrontMatterProblemKind.Unsupported, entry.Key, "tags must be a list of text, not a map", entry.Position, entry.Length));
                return null;
            case FrontMatterKind.List:
                return new FrontMatterValue(FrontMatterKind.List, string.Empty, Items: EquatableArray.From(Strings(value.Items)));
            default:
                return new FrontMatterValue(FrontMatterKind.List, string.Empty, Items: EquatableArray.From(new[] { new FrontMatterValue(FrontMatterKind.String, value.Text) }));
        }
    }

    private static List<FrontMatterValue> Strings(EquatableArray<FrontMatterValue> items)
    {
        var strings = new List<FrontMatterValue>(items.Count);
        foreach (var item in items)
        {
            strings.Add(new FrontMatterValue(FrontMatterKind.String, item.Text));
        }

        return strings;
    }

    private static List<string> ToTexts(FrontMatterValue list)
    {
        var texts = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            texts.Add(item.Text);
        }

        return texts;
    }
}

/// <summary>A seed split into its body and its front matter.</summary>
/// <param name="Body">The seed's text with the front matter blanked out, the same length as the seed.</param>
/// <param name="FrontMatter">The front matter; <see cref="FrontMatter.None"/> when there is none.</param>
/// <param name="Known">The known keys that were set, with their values and places.</param>
/// <param name="Found">
/// Whether the seed has a front matter block. A block of known keys or comments only has a
/// <see cref="FrontMatter"/> equal to <see cref="FrontMatter.None"/>, and still sets fields.
/// </param>
internal sealed record SplitSeed(string Body, FrontMatter FrontMatter, Dictionary<string, (string Text, TextPosition Position)> Known, bool Found)
{
    /// <summary>The value of a known key, or <see langword="null"/>.</summary>
    public string? this[string key] => Known.TryGetValue(key, out var value) ? value.Text : null;
}
