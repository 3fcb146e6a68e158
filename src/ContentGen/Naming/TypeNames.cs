using System;

namespace ContentGen.Naming;

/// <summary>
/// Chooses the type name a seed asks for. A meaningful file name (<c>nato-talks.txt</c>) names the
/// type; an opaque one (a hash or a number, like <c>000_7f261bbe20e88e81.txt</c>) gives way to the title.
/// </summary>
internal static class TypeNames
{
    /// <summary>The name used when neither the file name nor the title holds a letter or digit.</summary>
    public const string Fallback = "Untitled";

    // A word in a file name has at least this many letters and nothing else.
    private const int MinWordLetters = 3;

    /// <summary>The type name requested by the seed at <paramref name="path"/> with the given title.</summary>
    public static string Request(string path, string title, string? typeNameOverride)
    {
        if (IsExplicit(typeNameOverride))
        {
            return Identifier.MakeValid(typeNameOverride!);
        }

        var stem = FileStem(path);
        var fromFile = Identifier.MakeValid(Identifier.ToPascalCase(stem));
        var fromTitle = Identifier.MakeValid(Identifier.ToPascalCase(title));
        if (IsMeaningful(stem) && fromFile.Length > 0)
        {
            return fromFile;
        }

        return fromTitle.Length > 0 ? fromTitle : fromFile.Length > 0 ? fromFile : Fallback;
    }

    /// <summary>Whether <paramref name="typeNameOverride"/>, a TypeName or front matter <c>type</c>, names the seed: it makes an identifier.</summary>
    public static bool IsExplicit(string? typeNameOverride)
        => typeNameOverride is { Length: > 0 } && Identifier.MakeValid(typeNameOverride).Length > 0;

    /// <summary>
    /// Whether the seed at <paramref name="path"/> is to be named from its title: it has no usable
    /// TypeName metadata and its file name is opaque.
    /// </summary>
    public static bool NamedFromTitle(string path, string? typeNameOverride)
        => !IsExplicit(typeNameOverride)
        && !(IsMeaningful(FileStem(path)) && Identifier.MakeValid(Identifier.ToPascalCase(FileStem(path))).Length > 0);

    /// <summary>The file name without folders.</summary>
    public static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    private static string FileStem(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    // Meaningful: at least one all-letter word of three or more letters ("nato", "talks", the
    // "Ferry" of "FerryTimetable2024"). Opaque: ids and numbers such as "000_7f261bbe20e88e81" or "001".
    private static bool IsMeaningful(string stem)
    {
        var letters = 0;
        var onlyLetters = true;
        for (var i = 0; i <= stem.Length; i++)
        {
            var c = i < stem.Length ? stem[i] : ' ';
            var wordEnds = !char.IsLetterOrDigit(c) || (i < stem.Length && Identifier.StartsHump(stem, i));
            if (wordEnds)
            {
                if (onlyLetters && letters >= MinWordLetters && !IsHex(stem, i - letters, letters))
                {
                    return true;
                }

                letters = 0;
                onlyLetters = true;
            }

            if (char.IsLetterOrDigit(c))
            {
                letters += char.IsLetter(c) ? 1 : 0;
                onlyLetters &= char.IsLetter(c);
            }
        }

        return false;
    }

    // "cafe" or "deadbeef" inside an id are hex digits, not words; only long all-hex runs count as ids.
    private static bool IsHex(string text, int start, int length)
    {
        if (length < 8)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (Uri.IsHexDigit(text[i]) is false)
            {
                return false;
            }
        }

        return true;
    }
}
