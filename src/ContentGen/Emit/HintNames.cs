using System.Globalization;

namespace ContentGen.Emit;

/// <summary>
/// Names the generated files. A file is named after its article's type, but a type named from a
/// long title would give a file name past what file systems take (255 bytes on Linux, a short
/// MAX_PATH on Windows), and a build that writes generated files to disk would fail on it. So a
/// long name is cut, and a hash of the whole name keeps cut names apart. The type is never cut.
/// </summary>
internal static class HintNames
{
    private const string Extension = ".g.cs";

    // Identifiers hold no surrogate pairs (Identifier keeps only BMP letters and digits), so any cut is safe.
    // "Articles." + 64 + ".g.cs" and "Articles." + 48 + "_" + 16 + ".g.cs" both stay under 80 characters.
    private const int MaxStemLength = 64;
    private const int CutStemLength = 48;

    /// <summary>The hint name of the file that declares <paramref name="typeName"/> in <paramref name="group"/>.</summary>
    public static string ForType(string group, string typeName)
    {
        var name = typeName.TrimStart('@');
        var stem = name.Length <= MaxStemLength
            ? name
            : name.Substring(0, CutStemLength) + "_" + Fnv1a64(name).ToString("x16", CultureInfo.InvariantCulture);
        return group + "." + stem + Extension;
    }

    // FNV-1a, 64 bits: stable across processes and runtimes, unlike string.GetHashCode.
    private static ulong Fnv1a64(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
