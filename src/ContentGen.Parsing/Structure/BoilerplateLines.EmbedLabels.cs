using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    /// <summary>
    /// Session 62 (pfresh): whether <paramref name="line"/> is the link to its network that a post's embed code prints
    /// ("View on X", "Bekijk dit bericht op Instagram": <see cref="Lexicon.EmbedLabels"/>, the whole line with its trailing
    /// marks trimmed, as the line classifier reads it).
    /// </summary>
    public static bool IsEmbedLabel(ReadOnlySpan<char> line) => LexiconTables.EmbedLabels.Contains(line.Trim().TrimEnd(s_trailing));
}
