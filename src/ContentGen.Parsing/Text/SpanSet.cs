using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// A growing set of words held as ranges of the texts they were read from, compared ordinally:
/// remembering every word of an article costs no string per word. Lookups take a span.
/// </summary>
internal sealed class SpanSet
{
    private string[] _sources;
    private int[] _starts;
    private int[] _lengths;
    private int[] _slots;
    private int _count;

    /// <summary>An empty set with room for <paramref name="capacity"/> words before it grows.</summary>
    /// <remarks>A caller that knows the size of what it reads says so: a set of every word of an
    /// article, grown by doubling, allocates each of its arrays five or six times over.</remarks>
    public SpanSet(int capacity = 16)
    {
        capacity = Math.Max(capacity, 4);
        _sources = new string[capacity];
        _starts = new int[capacity];
        _lengths = new int[capacity];
        var slots = 8;
        while (slots < capacity * 2)
        {
            slots *= 2;
        }

        _slots = new int[slots];
    }

    /// <summary>How many distinct words the set holds.</summary>
    public int Count => _count;

    /// <summary>Adds the word at <paramref name="start"/> in <paramref name="source"/>; <see langword="false"/> when it was there.</summary>
    public bool Add(string source, int start, int length) => Add(source, start, length, out _);

    /// <summary>
    /// Adds the word at <paramref name="start"/> in <paramref name="source"/>; <see langword="false"/>
    /// when it was there. <paramref name="index"/> is the word's entry, numbered from 0 in the order
    /// words were first added: a caller keeps what it knows of each word in a list beside the set.
    /// </summary>
    public bool Add(string source, int start, int length, out int index)
    {
        var word = source.AsSpan(start, length);
        if (Find(word, out var slot))
        {
            index = _slots[slot] - 1;
            return false;
        }

        if (_count == _sources.Length)
        {
            Array.Resize(ref _sources, _count * 2);
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
        }

        _sources[_count] = source;
        _starts[_count] = start;
        _lengths[_count] = length;
        index = _count;
        _count++;
        _slots[slot] = _count;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Find(word, out _);

    /// <summary>The entry of <paramref name="word"/> (see <see cref="Add(string, int, int, out int)"/>), or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word) => Find(word, out var slot) ? _slots[slot] - 1 : -1;

    /// <summary>Where the word of entry <paramref name="index"/> starts in the text it was read from.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>Empties the set, keeping its room for the next text, and lets go of the texts read.</summary>
    public void Clear()
    {
        Array.Clear(_sources, 0, _count);
        Array.Clear(_slots, 0, _slots.Length);
        _count = 0;
    }

    /// <summary>The word of entry <paramref name="index"/>, in place.</summary>
    public ReadOnlySpan<char> this[int index] => _sources[index].AsSpan(_starts[index], _lengths[index]);

    // The slot holding the word, or the empty slot where it would go.
    private bool Find(ReadOnlySpan<char> word, out int slot)
    {
        var mask = _slots.Length - 1;
        slot = Hash(word) & mask;
        while (_slots[slot] is var entry and not 0)
        {
            var i = entry - 1;
            if (_sources[i].AsSpan(_starts[i], _lengths[i]).SequenceEqual(word))
            {
                return true;
            }

            slot = (slot + 1) & mask;
        }

        return false;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = Hash(_sources[i].AsSpan(_starts[i], _lengths[i])) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over the characters.
        var hash = unchecked((int)2166136261);
        foreach (var c in word)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash & int.MaxValue;
    }
}
