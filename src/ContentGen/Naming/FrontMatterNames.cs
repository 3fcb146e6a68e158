using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ContentGen.Emit;
using ContentGen.Parsing;

namespace ContentGen.Naming;

/// <summary>A front matter entry with the member name it is emitted under.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Name">Its member name, unique in its class.</param>
/// <param name="Children">A map's entries, named inside its nested class.</param>
internal sealed record NamedEntry(FrontMatterEntry Entry, string Name, IReadOnlyList<NamedEntry> Children);

/// <summary>A key whose member name had to change, for a warning.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Requested">The name its key gives.</param>
/// <param name="Given">The name it got.</param>
/// <param name="Reason">Why the name it asked for was taken, for the message: "the generated code already uses".</param>
internal sealed record NameClash(FrontMatterEntry Entry, string Requested, string Given, string Reason);

/// <summary>
/// Names the members that front matter keys become: the key in PascalCase (<c>reading_time</c>
/// gives <c>ReadingTime</c>). A name the generated class already uses gets <c>Value</c> appended,
/// and a name taken by an earlier key a number, each with a warning, as type names do. The same
/// article always gives the same names, so the emitter and the catalog's warnings agree.
/// </summary>
internal static class FrontMatterNames
{
    /// <summary>The member name of the <c>tags</c> key, which <c>Article.Tags</c> also reads.</summary>
    public const string Tags = GeneratedNames.Tags;

    private const string ClashSuffix = "Value";

    // Every class, a map's nested class too, inherits these from object: a constant of the same
    // name would hide one (CS0108), a warning that fails a build with warnings as errors.
    private static readonly string[] s_objectMembers = { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    /// <summary>The names of <paramref name="frontMatter"/>'s members in the class <paramref name="typeName"/>.</summary>
    public static IReadOnlyList<NamedEntry> Resolve(FrontMatter frontMatter, string typeName, List<NameClash>? clashes = null)
        => Scope(frontMatter.Entries, typeName.TrimStart('@'), topLevel: true, clashes);

    /// <summary>The PascalCase member name a key asks for, or an empty string when it holds no letter or digit.</summary>
    public static string Requested(string key)
    {
        var name = new StringBuilder(key.Length);
        var startOfWord = true;
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return Identifier.MakeValid(name.ToString());
    }

    private static List<NamedEntry> Scope(EquatableArray<FrontMatterEntry> entries, string container, bool topLevel, List<NameClash>? clashes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { container };
        var named = new List<NamedEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var isTags = topLevel && entry.Key == FrontMatter.TagsKey;
            var requested = isTags ? Tags : Requested(entry.Key);
            if (requested.Length == 0)
            {
                requested = "Key";
            }

            var name = requested;
            var reason = "another key of this map already takes";
            if (!isTags && topLevel && IsGenerated(name))
            {
                name = name.TrimStart('@') + ClashSuffix;
                reason = "the generated code already uses";
            }
            else if (Array.IndexOf(s_objectMembers, name.TrimStart('@')) >= 0)
            {
                name = name.TrimStart('@') + ClashSuffix;
                reason = "every class inherits from object";
            }
            else if (name.TrimStart('@') == container)
            {
                reason = "is the name of the class or map that holds it";
            }

            var unique = name;
            for (var suffix = 2; !taken.Add(unique.TrimStart('@')); suffix++)
            {
                unique = name.TrimStart('@') + suffix.ToString(CultureInfo.InvariantCulture);
            }

            if (unique != requested)
            {
                clashes?.Add(new NameClash(entry, requested, unique, reason));
            }

            var children = entry.Value.Kind == FrontMatterKind.Map
                ? Scope(entry.Value.Entries, unique.TrimStart('@'), topLevel: false, clashes)
                : (IReadOnlyList<NamedEntry>)Array.Empty<NamedEntry>();
            named.Add(new NamedEntry(entry, unique, children));
        }

        return named;
    }

    private static bool IsGenerated(string name)
    {
        var bare = name.TrimStart('@');
        return Array.IndexOf(GeneratedNames.ArticleMembers, bare) >= 0 || NameTable.IsNumberedMember(bare);
    }
}
