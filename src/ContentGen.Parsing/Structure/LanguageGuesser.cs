using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Guesses a block's language from its stopwords, as jusText does: function words are frequent,
/// short and distinct between languages, so a handful of them tells the language of a sentence.
/// </summary>
internal static class LanguageGuesser
{
    private const int MinimumHits = 3;

    /// <summary>
    /// The most likely language code of <paramref name="text"/>, or <see langword="null"/> when it
    /// has too few stopwords to tell.
    /// </summary>
    public static string? Guess(string text)
    {
        var hits = Hits(text);
        var best = -1;
        var runnerUp = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (best < 0 || hits[i] > hits[best])
            {
                runnerUp = best < 0 ? 0 : hits[best];
                best = i;
            }
            else if (hits[i] > runnerUp)
            {
                runnerUp = hits[i];
            }
        }

        // A clear winner only: shared words such as "de" or "en" must not decide on their own.
        return hits[best] >= MinimumHits && hits[best] >= runnerUp * 2 ? Stopwords.Languages[best].Language : null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is plainly not in <paramref name="language"/>: some other
    /// language's stopwords are many and at least twice its own. Spanish and French share so many
    /// function words that neither may win outright, yet either is plainly foreign to English.
    /// </summary>
    public static bool IsForeignTo(string text, string language)
    {
        // Distinct words, no initials: "E Taukafa (Tonga), D Bell (Bath)" is a team list whose
        // initials happen to be Italian or French stopwords, and no sentence in any language.
        var hits = Hits(text, distinct: true);
        var own = 0;
        var other = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (string.Equals(Stopwords.Languages[i].Language, language, StringComparison.Ordinal))
            {
                own = hits[i];
            }
            else if (hits[i] > other)
            {
                other = hits[i];
            }
        }

        return other >= MinimumHits && other >= own * 2;
    }

    private static int[] Hits(string text, bool distinct = false)
    {
        var hits = new int[Stopwords.Languages.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words.Split(text))
        {
            var parts = word.ToLowerInvariant().Split('\'', '’');
            foreach (var part in parts)
            {
                // A lone letter is an initial ("A Titterrell, D Bell"), not the elided "l'" or "d'".
                if (distinct && (!seen.Add(part) || (parts.Length == 1 && part.Length == 1)))
                {
                    continue;
                }

                for (var i = 0; i < Stopwords.Languages.Length; i++)
                {
                    if (Stopwords.Languages[i].Words.Contains(part))
                    {
                        hits[i]++;
                    }
                }
            }
        }

        return hits;
    }
}
