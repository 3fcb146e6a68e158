using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The parts of a text between its separators, in order, untrimmed: "Sign in | Subscribe" parted by "|" is
/// "Sign in " and " Subscribe". Two separators in a row, or one at either end, give an empty part; a text
/// with no separator is one part. Each caller trims and tests its parts as it needs; nothing is allocated.
/// </summary>
internal ref struct SeparatedParts
{
    private readonly ReadOnlySpan<char> _separator;
    private ReadOnlySpan<char> _rest;
    private bool _done;

    public SeparatedParts(ReadOnlySpan<char> text, ReadOnlySpan<char> separator)
    {
        _rest = text;
        _separator = separator;
        _done = false;
        Part = default;
    }

    /// <summary>The current part.</summary>
    public ReadOnlySpan<char> Part { get; private set; }

    /// <summary>Moves to the next part; <see langword="false"/> after the last.</summary>
    public bool Read()
    {
        if (_done)
        {
            return false;
        }

        var at = _rest.IndexOf(_separator, StringComparison.Ordinal);
        if (at < 0)
        {
            Part = _rest;
            _rest = default;
            _done = true;
        }
        else
        {
            Part = _rest.Slice(0, at);
            _rest = _rest.Slice(at + _separator.Length);
        }

        return true;
    }
}
