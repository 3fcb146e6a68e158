using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The strings of short texts read again and again (a name in every sentence that mentions it, a
/// role, an organisation), made once and handed out again: a direct-mapped cache per thread, in
/// the manner of a processor's cache, where a text whose slot holds another text takes the slot.
/// </summary>
/// <remarks>
/// A string is immutable, so handing out an earlier copy changes nothing a caller can see, and
/// the cache needs no clearing between documents; a lost slot costs one string, as before.
/// </remarks>
internal static class StringCache
{
    // Names and roles are a few words; a longer text is rarely read twice.
    public const int MaxLength = 48;

    private const int Slots = 1024;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>A string equal to <paramref name="text"/>, made now or earlier on this thread.</summary>
    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (text.Length == 0)
        {
            return string.Empty;
        }

        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[Hash(text) & (Slots - 1)];
        if (slot is { } cached && text.SequenceEqual(cached.AsSpan()))
        {
            return cached;
        }

        return slot = text.ToString();
    }

    // FNV-1a: the slot of a text, from all of its characters.
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
