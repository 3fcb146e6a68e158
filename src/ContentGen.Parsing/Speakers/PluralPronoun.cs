using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>Whether a subject pronoun means more than one: "they", "ils", "ont-elles".</summary>
internal static class PluralPronoun
{
    /// <summary>Whether <paramref name="pronoun"/>, alone or after an inverted verb's hyphen, is in <paramref name="plural"/>.</summary>
    public static bool Means(string pronoun, WordTable plural)
    {
        if (plural.Count == 0)
        {
            return false;
        }

        var dash = pronoun.LastIndexOf('-');
        return plural.Contains(dash >= 0 ? pronoun.AsSpan(dash + 1) : pronoun.AsSpan());
    }
}
