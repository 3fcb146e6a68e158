using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A name read after a genitive article (the lexicons' <c>GenitiveArticles</c>, German "des"),
/// given back in the form it is named by: "des Fördervereins Lesezeit" speaks as Förderverein
/// Lesezeit, "des Landesrechnungshofs" as Landesrechnungshof, "des Verbandes" as Verband.
/// Only when the language is known to mark the genitive, and only when the first word, its
/// ending cut, is a noun the lexicon lists (alone or as a compound's last part): a name that ends
/// in -s in its own right ("des Lions Club", "des Campus Nord") is left as written.
/// </summary>
internal static class GenitiveName
{
    // No compound part is shorter: "amt", "rat".
    private const int MinHead = 3;

    /// <summary><paramref name="name"/> with the genitive ending of its first word removed, or itself.</summary>
    public static string Unmarked(string name, SpeechTables words)
    {
        if (!words.MarksGenitive)
        {
            return name;
        }

        var space = name.IndexOf(' ');
        var first = space < 0 ? name.AsSpan() : name.AsSpan(0, space);
        var keep = first.Length - EndingLength(first, words);
        if (keep == first.Length)
        {
            return name;
        }

        return name.Substring(0, keep) + (space < 0 ? string.Empty : name.Substring(space));
    }

    /// <summary>
    /// Whether <paramref name="name"/>, read after a genitive article, is a body's: one word ("des
    /// Landesbauamts"), or a first word the lexicon lists as a head ("Tennisverein Grünau"); not a
    /// title and a person's name ("des Ingenieurs Klaus Weber").
    /// </summary>
    public static bool NamesBody(string name, SpeechTables words)
    {
        var space = name.IndexOf(' ');
        return space < 0 || EndsInHead(name.AsSpan(0, space), words);
    }

    // The longest listed ending whose stem ends in a listed head: "Kreises" is "Kreis" (-es),
    // "Vereins" is "Verein" (-s); nothing when no stem does ("Lions", "Ingenieurs").
    private static int EndingLength(ReadOnlySpan<char> word, SpeechTables words)
    {
        for (var ending = Math.Min(word.Length - MinHead, 3); ending > 0; ending--)
        {
            if (words.GenitiveEndings.Contains(word.Slice(word.Length - ending)) && EndsInHead(word.Slice(0, word.Length - ending), words))
            {
                return ending;
            }
        }

        return 0;
    }

    private static bool EndsInHead(ReadOnlySpan<char> stem, SpeechTables words)
    {
        for (var start = 0; start + MinHead <= stem.Length; start++)
        {
            if (words.GenitiveHeads.Contains(stem.Slice(start)))
            {
                return true;
            }
        }

        return false;
    }
}
