using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Guesses a text's language from its stopwords, as jusText does: function words are frequent,
/// short and distinct between languages, so a handful of them tells the language of a sentence.
/// Hits are counted per block once (<see cref="BlockFacts.LanguageHits"/>) and summed, so the body's language
/// is judged without joining its blocks into one string.
/// </summary>
internal static class LanguageGuesser
{
    private const int MinimumHits = 3;

    // A document's language is named only on this much evidence: a headline and a short
    // paragraph of shared words ("de", "a", "que") must not decide between Spanish and Portuguese.
    private const int MinimumDocumentHits = 8;

    // Over a whole body, Romance languages share a third to a half of their function words
    // ("de", "la", "que", "en"): a lead of one and a half times the runner-up is already sure.
    private const double DocumentLead = 1.5;

    // With many more hits the lead needed is smaller: a Spanish live report of short entries full of "la", "de" and
    // "en" gives French two thirds of its hits, all of them shared words, and is still plainly Spanish.
    private const int ManyDocumentHits = 30;
    private const double ManyHitsLead = 1.25;

    /// <summary>A fresh count of stopword hits, one per lexicon in <see cref="Lexicon.All"/>.</summary>
    public static int[] NewHits() => new int[Languages];

    /// <summary>How many languages hits are counted for: the length of a count of hits.</summary>
    public static int Languages => Lexicon.All.Count;

    /// <summary>
    /// Adds the stopword hits of one word to <paramref name="hits"/>. An elided word counts each
    /// part: "l'État" is "l" and "état", "don't" is "don" and "t".
    /// </summary>
    public static void AddWordHits(ReadOnlySpan<char> word, Span<int> hits)
    {
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] is not ('\'' or '’'))
            {
                continue;
            }

            AddFlags(LexiconTables.LanguageWords.Flags(word.Slice(start, i - start)) & LexiconTables.LanguageFlags, hits);
            start = i + 1;
        }
    }

    /// <summary>Adds a stopword's language <paramref name="flags"/> (one bit per lexicon) to <paramref name="hits"/>.</summary>
    public static void AddFlags(int flags, Span<int> hits)
    {
        for (var i = 0; flags != 0; i++, flags >>= 1)
        {
            if ((flags & 1) != 0)
            {
                hits[i]++;
            }
        }
    }

    /// <summary>
    /// The most likely language code of the text whose <paramref name="hits"/> were counted, or
    /// <see langword="null"/> when it has too few stopwords to tell.
    /// </summary>
    public static string? Guess(ReadOnlySpan<int> hits)
    {
        var (best, runnerUp) = BestTwo(hits);

        // A clear winner only: shared words such as "de" or "en" must not decide on their own.
        return hits[best] >= MinimumHits && hits[best] >= runnerUp * 2 ? Lexicon.All[best].Language : null;
    }

    // The index of the most hits (the first on a tie) and the next highest count.
    private static (int Best, int RunnerUp) BestTwo(ReadOnlySpan<int> hits)
    {
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

        return (best, runnerUp);
    }

    /// <summary>
    /// The language of the text whose <paramref name="hits"/> were counted over many blocks, or
    /// <see langword="null"/> (unknown) unless its stopwords are many and one language leads
    /// every other clearly.
    /// </summary>
    public static string? GuessDocument(ReadOnlySpan<int> hits)
    {
        var (best, runnerUp) = BestTwo(hits);
        var lead = hits[best] >= ManyDocumentHits ? ManyHitsLead : DocumentLead;
        return hits[best] >= MinimumDocumentHits && hits[best] >= runnerUp * lead ? Lexicon.All[best].Language : null;
    }

    /// <summary>The language of the first <paramref name="count"/> of <paramref name="blocks"/>, read together, as <see cref="GuessDocument(ReadOnlySpan{int})"/> gives it.</summary>
    public static string? GuessDocument(IReadOnlyList<TextBlock> blocks, int count)
    {
        // The blocks' own counts are summed: no text is joined.
        Span<int> hits = stackalloc int[Languages];
        for (var i = 0; i < count; i++)
        {
            Add(hits, blocks[i].Facts);
        }

        return GuessDocument(hits);
    }

    /// <summary>Adds <paramref name="block"/>'s stopword hits to <paramref name="hits"/>.</summary>
    public static void Add(Span<int> hits, BlockFacts block) => block.LanguageHits.AddTo(hits);

    /// <summary>
    /// Whether <paramref name="block"/> is plainly not in <paramref name="language"/>: some other
    /// language's stopwords are many and at least twice its own. Spanish and French share so many
    /// function words that neither may win outright, yet either is plainly foreign to English.
    /// </summary>
    public static bool IsForeignTo(BlockFacts block, string language)
    {
        // Distinct hits are never more than all hits: when no other language has enough of
        // those, the block is not foreign, and the distinct count is not needed.
        var all = block.LanguageHits;
        var any = false;
        for (var i = 0; i < all.Length; i++)
        {
            any |= all[i] >= MinimumHits && !string.Equals(Lexicon.All[i].Language, language, StringComparison.Ordinal);
        }

        return any && IsForeignTo(DistinctHits(block.Text), language);
    }

    private static bool IsForeignTo(int[] hits, string language)
    {
        var own = 0;
        var other = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (string.Equals(Lexicon.All[i].Language, language, StringComparison.Ordinal))
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

    // Distinct words, no initials: "E Taukafa (Tonga), D Bell (Bath)" is a team list whose
    // initials happen to be Italian or French stopwords, and no sentence in any language.
    private static int[] DistinctHits(string text)
    {
        var hits = NewHits();
        var seen = new bool[LexiconTables.Stopwords.Count];
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            var whole = word.IndexOfAny('\'', '’') < 0;
            var start = 0;
            for (var i = 0; i <= word.Length; i++)
            {
                if (i < word.Length && word[i] is not ('\'' or '’'))
                {
                    continue;
                }

                var part = word.Slice(start, i - start);
                start = i + 1;
                var entry = LexiconTables.Stopwords.IndexOf(part);

                // A lone letter is an initial ("A Titterrell, D Bell"), not the elided "l'" or "d'".
                if (entry < 0 || seen[entry])
                {
                    continue;
                }

                seen[entry] = true;
                if (!(whole && part.Length == 1))
                {
                    AddFlags(LexiconTables.Stopwords.Flags(part), hits);
                }
            }
        }

        return hits;
    }
}
