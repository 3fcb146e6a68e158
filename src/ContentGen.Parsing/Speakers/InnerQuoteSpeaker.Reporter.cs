using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A person the outer quote names as the subject of a verb of saying right before the inner mark
/// says the inner words: <c>Mijn moeder zei: ‘…’</c>, <c>mi padre siempre decía: «…»</c>,
/// <c>la maestra nos gritó: «…»</c>, <c>Rina Tosatti mi diceva sempre: «…»</c>. The speaker is the
/// name as written in full (two words or more: a surname alone is left to no one), or the person's
/// noun by the label convention. A pronoun, a body, a thing or a clause with a second verb of
/// saying gives no one.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // "la maestra nos gritó", "told us all": the words that may stand between the subject and the
    // verb, and between the verb and the colon.
    private const int MaxBetween = 2;

    /// <summary>
    /// The person who says the inner quote at <paramref name="innerOpen"/> when a clause of the outer
    /// quote (which opens at <paramref name="outerOpen"/>) ends right before it with a name or a
    /// person's noun as the subject of a verb of saying, then a colon or a comma; otherwise null.
    /// <paramref name="byNewcomer"/> says the speaker is someone new brought in by an indefinite article,
    /// whose words a first person after them (French "nous", their object) does not make the outer speaker's.
    /// </summary>
    public static string? ReporterCue(string text, int outerOpen, int innerOpen, SpeechTables words, string? language, IReadOnlyList<TextBlock> paragraphs, string? outerSpeaker, out bool byNewcomer)
    {
        byNewcomer = false;
        // The clause's words, last first, read back from a colon or a comma ("A nurse told us, 'Keep them inside'", "mi
        // padre siempre decía, «…»") up to a stop, a quote mark or the outer mark.
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = CueClause(text, outerOpen, innerOpen, starts, ends, out var stop);

        // "I grew up here, and as my mother said:": a comparison opens a clause of its own; any other clause cut by a
        // comma or a bracket is not read.
        if (count < 2 || stop is '(' or ')' || (stop == ',' && !IsComparison(Word(text, starts, ends, count - 1), words)))
        {
            return null;
        }

        // Back to reading order: word 0 opens the clause.
        starts.Slice(0, count).Reverse();
        ends.Slice(0, count).Reverse();
        // "Un voisin nous a dit :": after someone new as the subject, a first person is their object.
        // "Le gérant nous a dit :": after someone by their role, too (InnerQuoteSpeaker.DefiniteRole.cs).
        var newcomerOpens = count > 2 && IsSubjectArticle(Word(text, starts, ends, 0), words)
            && (IsNewcomerNoun(Word(text, starts, ends, 1), words) || (IsNewcomerArticle(Word(text, starts, ends, 0), words) && IsNewcomerHead(Word(text, starts, ends, 1), words)));
        var verb = -1;
        for (var k = 0; k < count; k++)
        {
            var word = Word(text, starts, ends, k);
            if (words.FirstPersonSubjects.Contains(word) && !(newcomerOpens && k > 1 && verb < 0))
            {
                return null;
            }

            if (char.IsLower(word[0]) && words.ReportingVerbs.Contains(word))
            {
                if (verb >= 0)
                {
                    return null;
                }

                verb = k;
            }
        }

        if (verb < 1 || count - 1 - verb > MaxBetween)
        {
            return null;
        }

        // The subject: a run of capitalised words opening the clause, or a person's noun after a
        // determiner or a possessive; then at most two lower-case words ("siempre", "nos", "mi … sempre").
        var subjectEnd = 0;
        while (subjectEnd < verb && char.IsUpper(text[starts[subjectEnd]]))
        {
            subjectEnd++;
        }

        if (subjectEnd >= 2 && verb - subjectEnd <= MaxBetween && !words.CapitalisesNouns)
        {
            for (var k = 0; k < subjectEnd; k++)
            {
                var word = Word(text, starts, ends, k);
                if (words.IsAny(word, WordClass.Article | WordClass.Possessive) || IsPersonNoun(word, words)
                    || words.OrganisationNouns.Contains(word))
                {
                    return null;
                }
            }

            for (var k = subjectEnd; k < verb; k++)
            {
                if (!char.IsLower(text[starts[k]]))
                {
                    return null;
                }
            }

            return text.Substring(starts[0], ends[subjectEnd - 1] - starts[0]);
        }

        // "Mijn moeder zei", "la maestra nos gritó", "mi padre siempre decía"; "O meu pai dizia", "la mia
        // nonna diceva", an article before the possessive; "As my grandmother used to say", a comparison first.
        var opening = IsComparison(Word(text, starts, ends, 0), words) ? 1 : 0;
        var first = Word(text, starts, ends, opening);
        var at = opening + 1;
        if (count > at + 1 && words.IsAny(first, WordClass.Definite) && IsOwnPossessive(Word(text, starts, ends, at), words, language))
        {
            at++;
        }

        // "Een brandweerman zei tegen ons:", "Ein Feuerwehrmann hat uns gleich gesagt:": someone new the
        // speaker met, brought in by an indefinite article (InnerQuoteSpeaker.Newcomer.cs).
        var newcomer = at == opening + 1 && IsNewcomerArticle(first, words);
        if (count > at + 1 && (words.IsAny(first, WordClass.Definite | WordClass.Possessive) || IsOwnPossessive(first, words, language) || newcomer)
            && verb > at && BetweenSubjectAndVerb(text, starts, ends, at, verb, words, newcomer) <= MaxBetween)
        {
            var noun = Word(text, starts, ends, at);
            // "The foreman told us:": a role after a definite article, named nowhere else (InnerQuoteSpeaker.DefiniteRole.cs);
            // the article is scanned for it last, once the cheap tests have passed.
            var roleOnly = !newcomer && at == opening + 1 && words.IsAny(first, WordClass.Definite) && !IsPersonNoun(noun, words) && IsNewcomerNoun(noun, words);
            if (!(newcomer ? IsNewcomerHead(noun, words) : IsPersonNoun(noun, words) || roleOnly) || (!words.CapitalisesNouns && !char.IsLower(noun[0])))
            {
                return null;
            }

            for (var k = at + 1; k < verb; k++)
            {
                var between = Word(text, starts, ends, k);
                if (!char.IsLower(between[0]) || IsPersonNoun(between, words) || words.IsAny(between, WordClass.Article | WordClass.Possessive))
                {
                    return null;
                }
            }

            if (roleOnly && !WrittenOnce(paragraphs, noun))
            {
                return null;
            }

            // "Mi madre me dijo" in an article that names the family ("su padre, Ginés Escandell", "Su
            // hija, Pilar Ortega"): the relative may be someone named, so the noun is not said. Someone
            // brought in by an indefinite article is no one the article named.
            if (!newcomer && (!words.IsAny(first, WordClass.Definite) || at > opening + 1) && IsKinNoun(noun, words) && NamesKin(paragraphs, words, noun, outerSpeaker))
            {
                return null;
            }

            byNewcomer = newcomer;
            return noun.ToString();
        }

        return null;
    }

    private static bool IsKinNoun(ReadOnlySpan<char> word, SpeechTables words)
        => words.MaleKinNouns.Contains(word) || words.FemaleKinNouns.Contains(word) || words.LooseKinNouns.Contains(word);

    // Whether a paragraph apposes a name to a kin noun ("padre, Ginés"): read only for an inner quote
    // cued by a relative, so rare enough to scan the article for.
    // Only the same relative ("su padre, Ginés" for "mi padre"), or any relative of the outer speaker
    // named as such ("Su hija, Pilar Ortega" of Pilar Ortega's "mi madre"), may be the one named; an
    // article that names a sister ("Su hermana, Elena") says nothing of a grandmother. With no outer
    // speaker known, any named relative counts.
    internal static bool NamesKin(IReadOnlyList<TextBlock> paragraphs, SpeechTables words, ReadOnlySpan<char> kin, string? outerSpeaker)
    {
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
            {
                if (comma + 2 >= text.Length || text[comma + 1] != ' ' || !char.IsUpper(text[comma + 2]))
                {
                    continue;
                }

                var start = comma;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                var named = text.AsSpan(start, comma - start);
                if (start < comma && IsKinNoun(named, words)
                    && (outerSpeaker is null || named.Equals(kin, StringComparison.OrdinalIgnoreCase)
                        || text.AsSpan(comma + 2).StartsWith(outerSpeaker.AsSpan(), StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPersonNoun(ReadOnlySpan<char> word, SpeechTables words)
        => words.PeopleNouns.Contains(word) || IsKinNoun(word, words);
}
