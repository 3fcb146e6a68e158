using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Someone new whose cue follows a clause fronted by a comma says the inner words:
/// <c>"When I rang, a neighbour told me: '…'"</c>, <c>« Quand j'ai appelé, une voisine m'a répondu : “…” »</c>,
/// and, with the verb before its subject in a verb-second language, <c>‘Toen ik belde, zei een buurvrouw
/// tegen me: “…”’</c>, <c>„Als ich anrief, sagte mir eine Nachbarin: ‚…‘“</c>. The first person of the
/// fronted clause is the teller's, not the cue's subject, so the first-person reading, which reads across
/// the comma, gave the teller the words. The speaker is the noun, by the label convention, when the
/// lexicons know it as a person's (InnerQuoteSpeaker.Newcomer.cs); someone after a definite article, or a
/// noun they lack, still makes the words no one's rather than the teller's.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    /// <summary>
    /// Whether the outer quote's clause right before the inner mark at <paramref name="innerOpen"/>,
    /// cut from what goes before by a comma, has an article and a lower-case noun as the subject of
    /// its one verb of saying: opening the clause, or right after the verb (and one pronoun) in a
    /// verb-second language. <paramref name="speaker"/> is the noun when an indefinite article brings in
    /// someone the lexicons know; otherwise null. Reads one clause back on the stack.
    /// </summary>
    public static bool SomeoneAfterFrontedClause(string text, int outerOpen, int innerOpen, SpeechTables words, out string? speaker)
    {
        speaker = null;
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = CueClause(text, outerOpen, innerOpen, starts, ends, out var stop);
        // Only a clause a comma cuts from a fronted one; a whole clause is the other readings'.
        if (count < 3 || stop != ',')
        {
            return false;
        }

        starts.Slice(0, count).Reverse();
        ends.Slice(0, count).Reverse();

        // "a neighbour told me", "une voisine m'a répondu": the subject opens the clause. "zei een buurvrouw
        // tegen me", "sagte mir eine Nachbarin", "hat uns ein Nachbar gewarnt": the verb (or its auxiliary) opens
        // it, one object at most, then the subject.
        var article = 0;
        if (!SubjectAt(text, starts, ends, 0, count, words, out var articleWord, out var noun))
        {
            if (!words.IsOneLanguage || !words.VerbSecond)
            {
                return false;
            }

            var opener = Word(text, starts, ends, 0);
            if (!char.IsLower(opener[0]) || !(words.ReportingVerbs.Contains(opener) || words.PerfectAuxiliaries.Contains(opener)))
            {
                return false;
            }

            // "sagte mir", "riep ons": an object between; "sagte sie einer Nachbarin", "zei ik tegen een buurman":
            // a subject pronoun after the verb is the subject, and whoever follows is told.
            article = 1;
            var between = Word(text, starts, ends, 1);
            if (!SubjectAt(text, starts, ends, 1, count, words, out _, out _) && char.IsLower(between[0])
                && !words.FirstPersonSubjects.Contains(between) && !words.IsAny(between, WordClass.Pronoun | WordClass.Article | WordClass.Possessive)
                && !words.ReportingVerbs.Contains(between))
            {
                article = 2;
            }

            if (!SubjectAt(text, starts, ends, article, count, words, out articleWord, out noun))
            {
                return false;
            }
        }

        var subjectEnd = articleWord.Length == Word(text, starts, ends, article).Length ? article + 1 : article;

        // One verb of saying in the clause, and no other person, name or subject after the noun.
        var verbs = 0;
        for (var k = 0; k < count; k++)
        {
            if (k >= article && k <= subjectEnd)
            {
                continue;
            }

            var word = Word(text, starts, ends, k);
            if (k > 0 && !char.IsLower(word[0]))
            {
                return false;
            }

            if (words.ReportingVerbs.Contains(word))
            {
                verbs++;
            }
            else if (k > subjectEnd && words.FirstPersonSubjects.Contains(word) && (verbs > 0 || !(IsNewcomerArticle(articleWord, words) ? IsNewcomerHead(noun, words) : IsNewcomerNoun(noun, words))))
            {
                // "the next day I told him": the first person is the subject. Right after someone new and
                // before the verb it is their object ("une voisine nous a dit").
                return false;
            }
            else if (k > subjectEnd && (IsPersonNoun(word, words) || words.IsAny(word, WordClass.Article | WordClass.Possessive)))
            {
                return false;
            }
        }

        if (verbs != 1)
        {
            return false;
        }

        // Someone new the lexicons know is said; a definite subject may be someone the article named.
        if (IsNewcomerArticle(articleWord, words) && IsNewcomerHead(noun, words))
        {
            speaker = noun.ToString();
        }

        return true;
    }

    // Whether word `k` opens a subject, an article and a lower-case noun ("a nurse", "eine Nachbarin"), or is one
    // elided into its noun ("un'infermiera", "l'agente", "l’agent"), which the clause reads as one word.
    private static bool SubjectAt(string text, Span<int> starts, Span<int> ends, int k, int count, SpeechTables words, out ReadOnlySpan<char> article, out ReadOnlySpan<char> noun)
    {
        article = ReadOnlySpan<char>.Empty;
        noun = ReadOnlySpan<char>.Empty;
        if (k >= count)
        {
            return false;
        }

        var word = Word(text, starts, ends, k);
        if (Elision.TrySplit(word, out var head, out var tail))
        {
            article = IsSubjectArticle(head, words) ? head : head.Slice(0, head.Length - 1);
            noun = tail;
        }
        else if (k + 1 < count)
        {
            article = word;
            noun = Word(text, starts, ends, k + 1);
        }
        else
        {
            return false;
        }

        return IsSubjectArticle(article, words) && (char.IsLower(noun[0]) || words.CapitalisesNouns) && !words.FirstPersonSubjects.Contains(noun)
            && !words.IsAny(noun, WordClass.Article | WordClass.Possessive | WordClass.Pronoun);
    }
}
