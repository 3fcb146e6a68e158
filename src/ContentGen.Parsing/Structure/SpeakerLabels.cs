using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds the speakers' labels of a transcript: a short line ("MARC FAUVELLE", "Q:") that comes back
/// again and again, each time above what that speaker says. A heading is said once, so a label is
/// never one; and it belongs to the text it introduces, so it is never page chrome either.
/// </summary>
internal static class SpeakerLabels
{
    private const int MaxWords = 4;

    // The answer starts on the label's next line or after one blank line; a section label
    // ("Monde") left alone when the lines between it and the prose were set aside is no label.
    private const int MaxLinesToAnswer = 2;

    // A dump that doubles its blank lines sets the answer two blank lines under its label: past one blank line the
    // lines between may only be blank, none set aside.
    private const int MaxBlankLinesToAnswer = 3;

    // Twice above prose or a question: once could be a heading, and a menu line is not followed by prose.
    private const int MinTimesAboveProse = 2;

    private static readonly HashSet<string> s_none = new(StringComparer.Ordinal);

    // Most pages have short lines over prose (headings, section labels), each said once: the count of
    // them is one map per thread, cleared after each page, not one per page (about 0.03 bytes per input
    // byte on the French pages). A map grown past MaxKeptCounts by a huge page is left to the collector.
    [ThreadStatic]
    private static Dictionary<string, int>? t_timesAboveProse;
    private const int MaxKeptCounts = 1 << 10;

    /// <summary>
    /// The texts of the blocks from <paramref name="from"/> on that are speakers' labels, compared with
    /// their accents aside: a transcript spells "GERALD DARMANIN" and, once, "GÉRALD DARMANIN".
    /// </summary>
    /// <remarks>The set is only read: a page with no labels is given one set that every such page shares.</remarks>
    public static HashSet<string> Find(IReadOnlyList<TextBlock> blocks, int from, IReadOnlyList<Boilerplate>? setAside = null)
    {
        Dictionary<string, int>? timesAboveProse = null;
        for (var i = from; i + 1 < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = blocks[i + 1];
            if (IsLabelShaped(block) && (IsProse(next.Facts) || IsQuestion(next)) && AnswersUnder(block, next, setAside))
            {
                if (timesAboveProse is null)
                {
                    timesAboveProse = t_timesAboveProse ?? new Dictionary<string, int>(AccentsAside.Instance);
                    t_timesAboveProse = null;
                }

                timesAboveProse.TryGetValue(block.Text, out var times);
                timesAboveProse[block.Text] = times + 1;
            }
        }

        // Most pages are no transcript: they count nothing, or no line twice, and share one empty set.
        if (timesAboveProse is null)
        {
            return s_none;
        }

        HashSet<string>? labels = null;
        foreach (var pair in timesAboveProse)
        {
            if (pair.Value >= MinTimesAboveProse)
            {
                (labels ??= new HashSet<string>(AccentsAside.Instance)).Add(pair.Key);
            }
        }

        var kept = timesAboveProse.Count <= MaxKeptCounts;
        timesAboveProse.Clear();
        if (kept)
        {
            t_timesAboveProse = timesAboveProse;
        }

        return labels ?? s_none;
    }

    // The next block stands on the label's next line or past one blank line, or past two with nothing set aside between.
    private static bool AnswersUnder(TextBlock label, TextBlock next, IReadOnlyList<Boilerplate>? setAside)
    {
        var distance = next.Start.Line - label.Start.Line;
        if (distance <= MaxLinesToAnswer)
        {
            return true;
        }

        if (distance > MaxBlankLinesToAnswer || setAside is null)
        {
            return false;
        }

        foreach (var item in setAside)
        {
            if (item.Position.Line > label.Start.Line && item.Position.Line < next.Start.Line)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLabelShaped(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words is > 0 and <= MaxWords && !Punctuation.EndsSentence(block.Text)
        && !block.Facts.IsBylineOrDate;

    private static bool IsProse(BlockFacts facts) => facts.IsGood || BlockQuality.IsProse(facts);

    // "Frage:" over "Wussten die Fahrgäste davon?": an interviewer's question is short, but a label over it is still
    // a label; a menu line is not followed by a question.
    private static bool IsQuestion(TextBlock block)
    {
        var text = block.Text;
        return text.Length > 0 && text[text.Length - 1] == '?' && block.LineCount == 1;
    }

    // Ordinal comparison of texts with their diacritics taken off (after canonical decomposition).
    // Labels are asked about once per block: a text of Latin-1 alone (nearly every one) is folded
    // character by character from a table, in place; any other is decomposed as a whole.
    private sealed class AccentsAside : IEqualityComparer<string>
    {
        public static readonly AccentsAside Instance = new();

        // Each Latin-1 character's fold, read from the decomposition itself, so that both ways agree.
        private static readonly char[] s_latin1 = BuildLatin1();

        public bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            if (!IsLatin1(x) || !IsLatin1(y))
            {
                return string.Equals(Fold(x), Fold(y), StringComparison.Ordinal);
            }

            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (s_latin1[x[i]] != s_latin1[y[i]])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(string obj)
        {
            // FNV-1a over the folded characters, however they were folded.
            var hash = unchecked((int)2166136261);
            if (IsLatin1(obj))
            {
                foreach (var c in obj)
                {
                    hash = unchecked((hash ^ s_latin1[c]) * 16777619);
                }
            }
            else
            {
                foreach (var c in Fold(obj))
                {
                    hash = unchecked((hash ^ c) * 16777619);
                }
            }

            return hash;
        }

        private static bool IsLatin1(string text)
        {
            foreach (var c in text)
            {
                if (c >= 0x100)
                {
                    return false;
                }
            }

            return true;
        }

        private static char[] BuildLatin1()
        {
            var folds = new char[0x100];
            for (var c = 0; c < folds.Length; c++)
            {
                var folded = Fold(((char)c).ToString());
                folds[c] = folded.Length == 1 ? folded[0] : (char)c;
            }

            return folds;
        }

        private static string Fold(string text)
        {
            // Normalising throws on a lone surrogate: such a label is compared as it is.
            var ascii = true;
            foreach (var c in text)
            {
                if (char.IsSurrogate(c))
                {
                    return text;
                }

                ascii &= c < 0x80;
            }

            if (ascii)
            {
                return text;
            }

            string decomposed;
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                // Code points that cannot be normalised: the label is compared as it is.
                return text;
            }

            var folded = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(c);
                }
            }

            return folded.ToString();
        }
    }
}
