using System;
using System.Buffers;

namespace ContentGen.Parsing.Text;

/// <summary>
/// A string written from pieces into a rented buffer and copied once into the string: a joined
/// text the model returns (a block's lines, a name's words) costs its string and nothing more,
/// where a <see cref="System.Text.StringBuilder"/> keeps a second copy in its own buffer.
/// </summary>
/// <remarks>Call <see cref="ToStringAndReturn"/> exactly once; the buffer goes back to the pool then.</remarks>
internal ref struct JoinedText
{
    private char[] _buffer;

    public JoinedText(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        Length = 0;
    }

    /// <summary>How many characters are written so far.</summary>
    public int Length { get; private set; }

    public void Append(char c)
    {
        Reserve(1);
        _buffer[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>The text as a string; the buffer goes back to the pool.</summary>
    public string ToStringAndReturn()
    {
        var text = new string(_buffer, 0, Length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = Array.Empty<char>();
        return text;
    }

    /// <summary>The text without the white space at its ends, as a string; the buffer goes back to the pool.</summary>
    public string ToTrimmedStringAndReturn()
    {
        var text = Whitespace.Trim(new ReadOnlySpan<char>(_buffer, 0, Length)).ToString();
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = Array.Empty<char>();
        return text;
    }

    private void Reserve(int more)
    {
        if (Length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + more));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
