using System;
using System.Collections.Generic;
using System.IO;
using ContentGen.Parsing.Seeds;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentGen.Parsing.Yaml;

/// <summary>
/// Reads a front matter's YAML with YamlDotNet's event parser, which marks every node with its
/// place, so that each problem points at its line and column. Keys read before a syntax error are
/// kept; a bad value costs its key alone. Never throws.
/// </summary>
internal sealed class FrontMatterReader
{
    // Deeper maps than this are surely not metadata; the limit also bounds the recursion.
    private const int MaxDepth = 16;

    private readonly string _yaml;
    private readonly Parser _parser;
    private readonly PositionMap _positions;
    private readonly int _base;
    private readonly List<FrontMatterProblem> _problems;

    // The lists and maps open where reading is (flow ones written with brackets), and where the last event read ends.
    private readonly Stack<(bool Flow, Mark Start)> _open = new();
    private Mark _last = Mark.Empty;

    // The entry added last, when its value was quoted: an error on its line may have cut it.
    private FrontMatterEntry? _lastQuoted;

    private FrontMatterReader(string yaml, PositionMap positions, int offset, List<FrontMatterProblem> problems)
    {
        _yaml = yaml;
        _parser = new Parser(new StringReader(yaml));
        _positions = positions;
        _base = offset;
        _problems = problems;
    }

    /// <summary>The top-level entries of the YAML in <paramref name="text"/> between the two offsets.</summary>
    /// <returns>The entries; <see langword="null"/> when the YAML is a line of text, not keys: no front matter at all.</returns>
    public static List<FrontMatterEntry>? Read(string text, int start, int end, PositionMap positions, List<FrontMatterProblem> problems)
    {
        var reader = new FrontMatterReader(text.Substring(start, end - start), positions, start, problems);
        var entries = new List<FrontMatterEntry>();
        try
        {
            if (!reader.ReadDocument(entries))
            {
                return null;
            }
        }
        catch (YamlException exception)
        {
            reader.DropValueCutBy(exception, entries);
            reader.AddMalformed(exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports most bad YAML as YamlException, but a flow list or map left open before the next
            // key ("tags: [a") stops its scanner with an internal error whose message would tell a user nothing.
            // It is still the seed's YAML, not the build's fault: the problem is put where reading stopped.
            reader.AddStopped();
        }

        return entries;
    }

    // False when the document is text, not keys.
    private bool ReadDocument(List<FrontMatterEntry> entries)
    {
        Next(); // StreamStart
        if (Next() is StreamEnd)
        {
            return true;
        }

        var node = Next(); // the document's root, after DocumentStart
        switch (node)
        {
            case MappingStart:
                ReadMap(entries, 0);
                break;
            case Scalar { Value: "", Style: ScalarStyle.Plain }:
                break;
            case Scalar:
                // "---" over a line of prose is a rule a page printed, not front matter: the text is the article's.
                return false;
            default:
                Add(FrontMatterProblemKind.Malformed, "the front matter must be a map of keys, such as 'title: …'", string.Empty, node.Start, node.End);
                Skip(node);
                break;
        }

        // DocumentEnd, then StreamEnd; a second document is an error the parser reports here.
        while (_parser.MoveNext())
        {
        }

        return true;
    }

    private void ReadMap(List<FrontMatterEntry> entries, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next() is var key && key is not MappingEnd)
        {
            if (key is not Scalar { } name)
            {
                // The key's own events come first: its value starts only after them.
                Add(FrontMatterProblemKind.Unsupported, "(a key)", "a key must be plain text, not a list or a map", key.Start, key.End);
                Skip(key);
                Skip(Next());
                continue;
            }

            var value = Next();

            if (!seen.Add(name.Value))
            {
                Add(FrontMatterProblemKind.DuplicateKey, name.Value, string.Empty, name.Start, name.End);
                Skip(value);
                continue;
            }

            if (ReadValue(name.Value, value, depth) is { } typed)
            {
                var position = At(name.Start);
                var entry = new FrontMatterEntry(name.Value, typed, position, Length(name.Start, name.End))
                {
                    ValuePosition = At(value.Start),
                    ValueLength = Length(value.Start, value.End),
                };
                _lastQuoted = value is Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? entry : null;
                entries.Add(entry);
            }
        }
    }

    private FrontMatterValue? ReadValue(string key, ParsingEvent value, int depth)
    {
        switch (value)
        {
            case Scalar scalar:
                var typed = ScalarTypes.Resolve(scalar, out var problem);
                if (problem is not null)
                {
                    Add(FrontMatterProblemKind.Unsupported, key, problem, value.Start, value.End);
                }

                return typed;
            case SequenceStart:
                return ReadList(key, value);
            case MappingStart when depth + 1 >= MaxDepth:
                Add(FrontMatterProblemKind.Unsupported, key, "maps nest deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels", value.Start, value.End);
                Skip(value);
                return null;
            case MappingStart:
                var entries = new List<FrontMatterEntry>();
                ReadMap(entries, depth + 1);
                return new FrontMatterValue(FrontMatterKind.Map, string.Empty, Entries: EquatableArray.From(entries));
            default:
                Add(FrontMatterProblemKind.Unsupported, key, "aliases (*name) are not supported; write the value out", value.Start, value.End);
                return null;
        }
    }

    // A list of scalars of one kind; whole numbers among numbers are numbers; anything else mixed is text.
    private FrontMatterValue? ReadList(string key, ParsingEvent start)
    {
        var items = new List<FrontMatterValue>();
        var fine = true;
        while (Next() is var item && item is not SequenceEnd)
        {
            if (item is not Scalar scalar)
            {
                // One problem for the key: its first list or map says what is wrong with all of them.
                if (fine)
                {
                    Add(FrontMatterProblemKind.Unsupported, key, "a list may hold only plain values, not lists or maps", item.Start, item.End);
                }

                Skip(item);
                fine = false;
                continue;
            }

            if (ScalarTypes.Resolve(scalar, out var problem) is { } typed)
            {
                items.Add(typed);
            }
            else
            {
                Add(FrontMatterProblemKind.Unsupported, key, problem!, item.Start, item.End);
                fine = false;
            }
        }

        return fine ? ListValue(items) : null;
    }

    /// <summary>A list value of <paramref name="items"/>, with the one kind they all fit.</summary>
    public static FrontMatterValue ListValue(List<FrontMatterValue> items)
    {
        var kind = items.Count == 0 ? FrontMatterKind.String : items[0].Kind;
        foreach (var item in items)
        {
            kind = Unify(kind, item.Kind);
        }

        var converted = new List<FrontMatterValue>(items.Count);
        foreach (var item in items)
        {
            converted.Add(item.Kind == kind ? item : new FrontMatterValue(kind, item.Text));
        }

        return new FrontMatterValue(FrontMatterKind.List, string.Empty, Items: EquatableArray.From(converted), ItemKind: kind);
    }

    private static FrontMatterKind Unify(FrontMatterKind a, FrontMatterKind b)
    {
        if (a == b)
        {
            return a;
        }

        static bool Numeric(FrontMatterKind k) => k is FrontMatterKind.Int or FrontMatterKind.Long or FrontMatterKind.Double;
        if (Numeric(a) && Numeric(b))
        {
            return a == FrontMatterKind.Double || b == FrontMatterKind.Double ? FrontMatterKind.Double : FrontMatterKind.Long;
        }

        return FrontMatterKind.String;
    }

    private ParsingEvent Next()
    {
        if (!_parser.MoveNext())
        {
            throw new YamlException(_last, _last, "the YAML ends too early");
        }

        var next = _parser.Current!;
        _last = next.End;
        if (next is SequenceStart or MappingStart)
        {
            _open.Push((next is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow }, next.Start));
        }
        else if (next is SequenceEnd or MappingEnd && _open.Count > 0)
        {
            _open.Pop();
        }

        return next;
    }

    // A quote inside a quoted value ('It's here') ends the value early, and YAML fails on the rest of
    // its line. The value read is then a stub of what was meant: keeping it would put a plausible wrong
    // title in the build. (YamlDotNet reads ahead, so which event was last read does not tell; the line does.)
    private void DropValueCutBy(YamlException exception, List<FrontMatterEntry> entries)
    {
        if (_lastQuoted is { } quoted && entries.Count > 0 && ReferenceEquals(entries[entries.Count - 1], quoted)
            && quoted.ValuePosition.Line == At(exception.Start).Line)
        {
            entries.RemoveAt(entries.Count - 1);
        }
    }

    // Consumes the rest of a list or map whose start event was already read.
    private void Skip(ParsingEvent start)
    {
        if (start is not (MappingStart or SequenceStart))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            var next = Next();
            depth += next is MappingStart or SequenceStart ? 1 : next is MappingEnd or SequenceEnd ? -1 : 0;
        }
    }

    // Where reading stopped: at the '[' or '{' still open, for a flow collection holds no block one and so is
    // the innermost; else after the last event read.
    private void AddStopped()
    {
        if (_open.Count > 0 && _open.Peek() is (true, var bracket))
        {
            Add(FrontMatterProblemKind.Malformed, "the '[' or '{' here is never closed", string.Empty, bracket, bracket);
        }
        else
        {
            Add(FrontMatterProblemKind.Malformed, "it cannot be read past this point", string.Empty, _last, _last);
        }
    }

    // YamlDotNet marks a tab that indents a line at the map the tab breaks, lines above it; the fix is at the tab.
    private void AddMalformed(YamlException exception)
    {
        var tab = exception.Message.IndexOf("tab", StringComparison.Ordinal) >= 0
            ? FirstIndentingTab((int)Math.Min(exception.Start.Index, _yaml.Length))
            : -1;
        if (tab < 0)
        {
            Add(FrontMatterProblemKind.Malformed, Message(exception), string.Empty, exception.Start, exception.End);
        }
        else
        {
            _problems.Add(new FrontMatterProblem(FrontMatterProblemKind.Malformed, Message(exception), string.Empty, _positions.At(_base + tab), 1));
        }
    }

    // The first tab among the spaces that open a line, from the line holding <paramref name="from"/> on.
    private int FirstIndentingTab(int from)
    {
        var lineStart = from == 0 ? 0 : _yaml.LastIndexOf('\n', from - 1) + 1;
        var atLineStart = true;
        for (var i = lineStart; i < _yaml.Length; i++)
        {
            var c = _yaml[i];
            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                return i;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }

        return -1;
    }

    private void Add(FrontMatterProblemKind kind, string key, string detail, Mark start, Mark end)
        => _problems.Add(new FrontMatterProblem(kind, key, detail, At(start), Length(start, end)));

    private TextPosition At(Mark mark) => _positions.At(_base + (int)Math.Min(mark.Index, int.MaxValue / 2));

    private static int Length(Mark start, Mark end) => (int)Math.Max(0, Math.Min(end.Index - start.Index, int.MaxValue / 2));

    // YamlDotNet puts the marks before its message: "(Line: 2, Col: 7, Idx: 12) - (…): While scanning…".
    private static string Message(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(", StringComparison.Ordinal) && cut >= 0 ? message.Substring(cut + 3) : message;
        return message.TrimEnd('.', ' ');
    }
}
