using System;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The speaker of a quote inside a quote, read from the outer quote's own words right before the
/// inner mark. A first-person cue there (<c>I told him: '…'</c>, <c>j'ai demandé à l'arbitre : “…”</c>,
/// <c>le dije: “…”</c>, <c>gli ho detto: “…”</c>, <c>ich sagte: ‚…‘</c>, <c>ik zei: ‘…’</c>,
/// <c>eu disse-lhe: “…”</c>) makes the inner words the outer speaker's own. Anything else leaves
/// the inner quote with no speaker: a title, a scare quote or a word in marks has no cue right
/// before it, and an inner quote with no speaker is never wrong.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // "et après le match j'ai seulement demandé à l'arbitre :": the words a cue may take before its mark.
    private const int MaxCueWords = 9;

    // Where the last character before the inner mark at `innerOpen` stands, past its spaces: the
    // colon or comma every cue ends on; at `outerOpen` or before when the outer quote holds nothing else.
    private static int LastMarkBefore(string text, int outerOpen, int innerOpen)
    {
        var i = innerOpen - 1;
        while (i > outerOpen && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }

    // The cue's clause right before the inner mark, read back from the colon or comma it ends on, as ClauseBack reads it
    // (brackets stop it; apostrophes and hyphens join): its word count, or 0 when no colon or comma stands there.
    private static int CueClause(string text, int outerOpen, int innerOpen, Span<int> starts, Span<int> ends, out char stop)
    {
        stop = '\0';
        var i = LastMarkBefore(text, outerOpen, innerOpen);
        return i <= outerOpen || text[i] is not (':' or ',')
            ? 0
            : ClauseBack(text, outerOpen, i, starts, ends, brackets: true, joiners: "'’-", out stop);
    }

    // The k-th word of a clause read back into `starts` and `ends`.
    private static ReadOnlySpan<char> Word(string text, Span<int> starts, Span<int> ends, int k) => text.AsSpan(starts[k], ends[k] - starts[k]);

    // The clause's words before `end`, last first, into `starts` and `ends`: back to a stop (. ! ? ; : ,), a quote mark,
    // the outer mark, or with `brackets` a bracket; a word runs on over a `joiners` character between letters ("l'homme",
    // "Jean-Marc"). -1 past MaxCueWords words; `stop` is the character that ended the walk, '\0' at the outer mark.
    private static int ClauseBack(string text, int outerOpen, int end, Span<int> starts, Span<int> ends, bool brackets, string joiners, out char stop)
    {
        var count = 0;
        stop = '\0';
        while (end > outerOpen + 1)
        {
            var c = text[end - 1];
            if (c is '.' or '!' or '?' or ';' or ':' or ',' || (brackets && c is '(' or ')') || QuoteMarks.IsDouble(c)
                || (QuoteMarks.IsSingle(c) && !char.IsLetter(text[end - 2])))
            {
                stop = c;
                break;
            }

            if (!char.IsLetter(c))
            {
                end--;
                continue;
            }

            if (count == MaxCueWords)
            {
                return -1;
            }

            var start = end - 1;
            while (start > outerOpen && (char.IsLetter(text[start - 1])
                || (joiners.IndexOf(text[start - 1]) >= 0 && start - 2 > outerOpen && char.IsLetter(text[start - 2]))))
            {
                start--;
            }

            starts[count] = start;
            ends[count] = end;
            count++;
            end = start;
        }

        return count;
    }

    /// <summary>
    /// Whether the words of <paramref name="text"/> between the outer quote's mark at
    /// <paramref name="outerOpen"/> and the inner mark at <paramref name="innerOpen"/> end with a
    /// clause whose subject is the first person and whose verb is one of saying, then a colon or a
    /// comma. Reads at most a clause back from the mark, so each inner quote costs a few words.
    /// </summary>
    public static bool FirstPersonCue(string text, int outerOpen, int innerOpen, SpeechTables words, string? language)
    {
        var i = LastMarkBefore(text, outerOpen, innerOpen);

        if (i <= outerOpen || text[i] is not (':' or ','))
        {
            return false;
        }

        var firstPerson = false;
        var verbs = 0;
        var count = 0;
        var end = i;
        while (end > outerOpen && count < MaxCueWords)
        {
            var c = text[end - 1];
            if (c is '.' or '!' or '?' or ';' or ':' || QuoteMarks.IsDouble(c) || (QuoteMarks.IsSingle(c) && !(end - 1 > outerOpen && char.IsLetter(text[end - 2]))))
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                end--;
                continue;
            }

            var start = end - 1;
            while (start > outerOpen && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            // "j'ai", "j’ai": the elided pronoun keeps its apostrophe in the lists.
            var elided = end < text.Length && text[end] is '\'' or '’' ? text.AsSpan(start, end - start + 1) : ReadOnlySpan<char>.Empty;
            var lower = char.IsLower(word[0]);
            if (words.FirstPersonSubjects.Contains(word) || (elided.Length > 0 && words.FirstPersonSubjects.Contains(elided)) || FirstPersonWord(word, words))
            {
                firstPerson = true;
            }

            if (lower && words.ReportingVerbs.Contains(word))
            {
                verbs++;
            }
            else if (lower && FirstPersonPast(word, words, language))
            {
                verbs++;
                firstPerson = true;
            }
            else if (lower && words.FirstPersonSayingForms.Contains(word))
            {
                // "yo les digo siempre:", "ich sage ihnen immer:": what the teller says as a habit.
                verbs++;
                firstPerson |= DropsSubject(language);
            }

            count++;
            end = start;
        }

        // "I told him what Paul said:": a second verb of saying has a subject of its own.
        return firstPerson && verbs == 1;
    }

    // The first person's subjects and auxiliaries in a language that drops its subject, known to the lexicons:
    // "gli ho detto", "le he dicho", "eu disse-lhe".
    private static bool FirstPersonWord(ReadOnlySpan<char> word, SpeechTables words)
        => words.IsOneLanguage && words.FirstPersonDroppingWords.Contains(word);

    // A language whose verb's ending alone says the first person, its subject dropped: "digo", "dico".
    private static bool DropsSubject(string? language) => language is "es" or "it" or "pt";

    // A first person singular past whose third person is a verb of saying: "dije" (dijo), "pregunté"
    // (preguntó), "respondí" (respondió); "dissi" (disse), "gridai" (gridò); "perguntei" (perguntou), "pedi" (pediu).
    private static bool FirstPersonPast(ReadOnlySpan<char> word, SpeechTables words, string? language)
    {
        Span<char> third = stackalloc char[word.Length + 1];
        switch (language)
        {
            case "es":
                return Swapped(word, "é", "ó", third, words) || Swapped(word, "je", "jo", third, words) || Swapped(word, "í", "ió", third, words);
            case "it":
                return Swapped(word, "si", "se", third, words) || Swapped(word, "ai", "ò", third, words);
            case "pt":
                return Swapped(word, "ei", "ou", third, words) || Swapped(word, "i", "iu", third, words);
            default:
                return false;
        }
    }

    private static bool Swapped(ReadOnlySpan<char> word, string ending, string replacement, Span<char> buffer, SpeechTables words)
    {
        if (word.Length <= ending.Length + 1 || !word.EndsWith(ending.AsSpan(), StringComparison.Ordinal)
            || word.Length - ending.Length + replacement.Length > buffer.Length)
        {
            return false;
        }

        var stem = word.Length - ending.Length;
        word.Slice(0, stem).CopyTo(buffer);
        replacement.AsSpan().CopyTo(buffer.Slice(stem));
        return words.ReportingVerbs.Contains(buffer.Slice(0, stem + replacement.Length));
    }
}
