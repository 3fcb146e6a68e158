using System;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A name read after a genitive article (the lexicons' <c>GenitiveArticles</c>, German "des"),
/// given back in the form it is named by: "des Fördervereins Lesezeit" speaks as Förderverein
/// Lesezeit, "des Landesrechnungshofs" as Landesrechnungshof, "des Verbandes" as Verband.
/// Only the name's first word carries the ending; an adjective before the noun ("des Deutschen
/// Roten Kreuzes") is left as written, as is a word that ends in -s in its own right.
/// </summary>
internal static class GenitiveName
{
    /// <summary><paramref name="name"/> with the genitive ending of its first word removed, or itself.</summary>
    public static string Unmarked(string name)
    {
        var space = name.IndexOf(' ');
        var first = space < 0 ? name.AsSpan() : name.AsSpan(0, space);
        var keep = first.Length - EndingLength(first);
        if (keep == first.Length)
        {
            return name;
        }

        return name.Substring(0, keep) + (space < 0 ? string.Empty : name.Substring(space));
    }

    // -es after a stem that ends in a sibilant or a dental ("Kreises", "Amtes", "Bundes"), else
    // -s ("Vereins", "Instituts"); nothing after a vowel or in -us, -is, -os, -as, -ss ("Campus"),
    // and nothing on short words or acronyms ("ADAC").
    private static int EndingLength(ReadOnlySpan<char> word)
    {
        const int MinStem = 3;
        if (word.Length <= MinStem + 1 || word[word.Length - 1] != 's' || !char.IsLower(word[word.Length - 2]))
        {
            return 0;
        }

        var before = word[word.Length - 2];
        if (before == 'e' && word.Length > MinStem + 2 && word[word.Length - 3] is 's' or 'ß' or 'x' or 'z' or 't' or 'd')
        {
            return 2;
        }

        return before is 'a' or 'e' or 'i' or 'o' or 'u' or 's' or 'ä' or 'ö' or 'ü' ? 0 : 1;
    }
}
