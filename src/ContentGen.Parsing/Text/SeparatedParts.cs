using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The parts of a text between its separators, in order, untrimmed: "Sign in | Subscribe" parted by "|" is
/// "Sign in " and " Subscribe". The separator is one string, or either of two characters ("Mode sombre · Police :
/// Serif | Partager" parted by '·' and '|'). Two separators in a row, or one at either end, give an empty part; a
/// text with no separator is one part. Each caller trims and tests its parts as it needs; nothing is allocated.
/// </summary>
internal ref struct SeparatedParts
{
    private readonly ReadOnlySpan<char> _separator;
    private readonly char _first;
    private readonly char _second;
    private readonly bool _byCharacter;
    private ReadOnlySpan<char> _rest;
    private bool _done;

    public SeparatedParts(ReadOnlySpan<char> text, ReadOnlySpan<char> separator)
    {
        _rest = text;
        _separator = separator;
        _first = _second = default;
        _byCharacter = false;
        _done = false;
        Part = default;
    }

    /// <summary>Parts between either of two separating characters.</summary>
    public SeparatedParts(ReadOnlySpan<char> text, char first, char second)
    {
        _rest = text;
        _separator = default;
        _first = first;
        _second = second;
        _byCharacter = true;
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

        var at = _byCharacter ? _rest.IndexOfAny(_first, _second) : _rest.IndexOf(_separator, StringComparison.Ordinal);
        if (at < 0)
        {
            Part = _rest;
            _rest = default;
            _done = true;
        }
        else
        {
            Part = _rest.Slice(0, at);
            _rest = _rest.Slice(at + (_byCharacter ? 1 : _separator.Length));
        }

        return true;
    }
}
