using System.Text;

namespace ContentGen.Emit;

/// <summary>Writes indented C# source with LF line endings only, whatever the platform.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;

    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Writes one line at the current indentation.</summary>
    public SourceWriter Line(string line)
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * IndentSize);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes an empty line.</summary>
    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c>, with an optional suffix such as <c>;</c>.</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a one-line XML documentation summary.</summary>
    public SourceWriter Summary(string text) => Line("/// <summary>" + text + "</summary>");

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();
}
