using System;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Who speaks a title's or heading's quote when its own line gives no cue: the person a headline
/// opens with before its colon ("Logement / Roe : le projet vise à « … »"), or whoever the body
/// quotes with the same words (a heading that repeats a line of its section).
/// </summary>
internal static partial class HeadlineSpeaker
{
    // "Roe", "Jane Roe", "Jane Ann Roe": a name before a headline's colon is short.
    private const int MaxNameWords = 3;

    // Fewer words ("« colère »", "a fair deal") are a phrase anyone may quote.
    private const int MinEchoWords = 3;

    /// <summary>
    /// The person named, alone, between the line's start (or a topic's slash or bar) and the
    /// first colon before <paramref name="open"/>, by the one full name the article gives for
    /// that surname; null when that stretch is a topic, not a person, or the name is ambiguous.
    /// </summary>
    public static string? BeforeColon(string line, int open, NamePlausibility names)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > open)
        {
            return null;
        }

        var start = line.LastIndexOfAny(TopicBreaks, colon - 1) + 1;
        return CompletedName(Whitespace.Trim(line.Substring(start, colon - start)), names, loneWordCompletes: true);
    }

    // The full name the article gives for a run of at most MaxNameWords capitalised words,
    // completed from its last word ("Vasseur" → "Hélène Vasseur"); a run of several words must end
    // that full name, and so must a lone word unless <paramref name="loneWordCompletes"/>. Null
    // when a word is lower case or the article gives no such name.
    private static string? CompletedName(string name, NamePlausibility names, bool loneWordCompletes)
    {
        var words = 0;
        var reader = new WordReader(name.AsSpan());
        var last = 0;
        while (reader.Read())
        {
            if (!char.IsUpper(reader.Word[0]) || ++words > MaxNameWords)
            {
                return null;
            }

            last = reader.Start;
        }

        if (words == 0)
        {
            return null;
        }

        var full = names.FullNameOf(name.Substring(last));
        return full is not null && ((loneWordCompletes && words == 1) || EndsWith(full, name)) ? full : null;
    }

    /// <summary>Whether <paramref name="words"/> are enough to be someone's words, not a phrase anyone may quote.</summary>
    public static bool IsSaying(string words) => Words.Count(words.AsSpan(), MinEchoWords) >= MinEchoWords;

    /// <summary>
    /// The one speaker the body gives to quotes that hold <paramref name="words"/> (three words or
    /// more, white space, case and the apostrophe's printing aside), or null when none does or two
    /// speakers do.
    /// </summary>
    public static string? Echoed(string words, System.Collections.Generic.IReadOnlyList<Quote> body, out SpeakerKind? kind)
    {
        kind = null;
        if (!IsSaying(words))
        {
            return null;
        }

        var needle = Collapsed(words);
        string? speaker = null;
        foreach (var quote in body)
        {
            if (quote.Speaker is not { } said || Collapsed(quote.Text).IndexOf(needle, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            if (speaker is not null && !string.Equals(speaker, said, StringComparison.Ordinal))
            {
                return null;
            }

            speaker = said;
            kind = quote.SpeakerKind;
        }

        return speaker;
    }

    private static readonly char[] TopicBreaks = { '/', '|' };

    private static bool EndsWith(string full, string name)
        => full.EndsWith(name, StringComparison.Ordinal) && (full.Length == name.Length || full[full.Length - name.Length - 1] == ' ');

    // Lines wrap anywhere: the words, one space between them. Nearly every text already stands so,
    // and is its own collapsed form. A page prints the same apostrophe two ways, often within one
    // line ("C’est fini, on n'a plus d'eau chaude" in the body, "on n’a" in the title: the editor's
    // and the reporter's keyboards), so each is the straight one here; no other letter is changed,
    // so "qu’un" still differs from "qu'on".
    private static string Collapsed(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(IsCurlyApostrophe(c) ? '\'' : c);
        }

        return builder.ToString();
    }

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ')) || IsCurlyApostrophe(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The right single mark as an apostrophe ("n’a"), the left one and the letter apostrophe that
    // some keyboards put in its place.
    private static bool IsCurlyApostrophe(char c) => c is '\u2019' or '\u2018' or '\u02BC';
}
