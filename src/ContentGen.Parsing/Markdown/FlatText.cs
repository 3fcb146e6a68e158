using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Markdown;

/// <summary>
/// Text flattened out of Markdown, built piece by piece, that remembers for each character the
/// offset in the seed it came from: white space runs become one space, ends are trimmed, and a
/// position inside the flat text can be traced back to the seed's line and column.
/// </summary>
internal sealed class FlatText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();
    private bool _pendingSpace;

    /// <summary>Appends <paramref name="text"/>, whose first character stands at <paramref name="offset"/> in the seed.</summary>
    /// <param name="text">The text to add.</param>
    /// <param name="offset">Its offset in the seed.</param>
    /// <param name="exact">Whether each character maps one to one onto the seed (plain text), or all onto <paramref name="offset"/>.</param>
    public FlatText Append(string text, int offset, bool exact = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Whitespace.IsSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _offsets.Add(exact ? offset + i - 1 : offset);
                _pendingSpace = false;
            }

            _text.Append(c);
            _offsets.Add(exact ? offset + i : offset);
        }

        return this;
    }

    /// <summary>Appends <paramref name="other"/> after a space, keeping its offsets.</summary>
    public FlatText Append(FlatText other)
    {
        Space();
        for (var i = 0; i < other._text.Length; i++)
        {
            Append(other._text[i].ToString(), other._offsets[i]);
        }

        return this;
    }

    /// <summary>Ends the current word: what follows starts after a space.</summary>
    public FlatText Space()
    {
        _pendingSpace = _text.Length > 0;
        return this;
    }

    /// <summary>Whether nothing but white space was added.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>The flat text.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The seed offset of the character at <paramref name="index"/>.</summary>
    public int OffsetAt(int index)
        => _offsets.Count == 0 ? 0 : _offsets[index < 0 ? 0 : index >= _offsets.Count ? _offsets.Count - 1 : index];

    /// <summary>The part from <paramref name="start"/> on, trimmed, as a new flat text.</summary>
    public FlatText From(int start)
    {
        var rest = new FlatText();
        for (var i = start; i < _text.Length; i++)
        {
            rest.Append(_text[i].ToString(), _offsets[i]);
        }

        return rest;
    }

    /// <summary>The part before <paramref name="end"/>, trimmed, as a new flat text.</summary>
    public FlatText Before(int end)
    {
        var part = new FlatText();
        for (var i = 0; i < end && i < _text.Length; i++)
        {
            part.Append(_text[i].ToString(), _offsets[i]);
        }

        return part;
    }
}
