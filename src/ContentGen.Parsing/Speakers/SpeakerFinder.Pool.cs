using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A finder is made once per language's cues and thread, and read with one article after another:
// building its tables and lists for every article cost more than reading most articles.
internal sealed partial class SpeakerFinder
{
    /// <summary>
    /// A finder to read an article with, as the constructor makes one: the one this thread handed
    /// back last for the same speech words, or a new one. Hand it back with <see cref="Return"/>.
    /// </summary>
    public static SpeakerFinder Rent(NamePlausibility plausibility, Cues cues, string? headline = null, int longestParagraph = 0)
    {
        var finder = TakeSpare(cues) ?? new SpeakerFinder(cues);
        finder.Begin(plausibility, headline, longestParagraph);
        return finder;
    }

    /// <summary>Hands the finder back to its thread, holding nothing of the article: it must not be read again.</summary>
    public void Return()
    {
        // Cleared maps and sets keep their room: one grown by a huge article is not kept, so
        // that every later article does not clear that room again.
        var kept = MostEntries <= MaxKeptEntries;
        Clear();
        if (kept && IndexOfSpare(_cues) < 0)
        {
            (t_spares ??= new List<SpeakerFinder>()).Add(this);
        }
    }

    // The thread's spare finder for `cues`, taken from the spares, or null.
    private static SpeakerFinder? TakeSpare(Cues cues)
    {
        var at = IndexOfSpare(cues);
        if (at < 0)
        {
            return null;
        }

        var spare = t_spares![at];
        t_spares.RemoveAt(at);
        return spare;
    }

    private static int IndexOfSpare(Cues cues)
    {
        var spares = t_spares;
        for (var i = 0; spares is not null && i < spares.Count; i++)
        {
            if (ReferenceEquals(spares[i]._cues, cues))
            {
                return i;
            }
        }

        return -1;
    }

    // The most entries any of the finder's lists, maps and sets holds; the gender evidence read ahead
    // (SpeakerFinder.LaterGender.cs) holds a whole article's, and is kept with the finder too.
    private int MostEntries
        => Math.Max(Math.Max(Math.Max(_names.Count, _cast.MostEntries), Math.Max(_genders.Count, _roles.Count)),
            Math.Max(Math.Max(_descriptions.Count, _bodies.Count), Math.Max(_speakers.Count, _aheadGenders?.Count ?? 0)));

    // The thread's token list, with room for `capacity` tokens (a paragraph longer than the
    // constructor was told of gets its room at once, rather than by doubling).
    private static List<Token> RentTokens(int capacity)
    {
        var tokens = t_tokens ?? new List<Token>(capacity);
        t_tokens = null;
        tokens.Capacity = Math.Max(tokens.Capacity, capacity);
        return tokens;
    }

    // The tokens hold the text they were read from: emptied, the kept list holds none.
    private static void ReturnTokens(List<Token> tokens)
    {
        tokens.Clear();
        if (tokens.Capacity <= MaxKeptTokens)
        {
            t_tokens = tokens;
        }
    }
}
