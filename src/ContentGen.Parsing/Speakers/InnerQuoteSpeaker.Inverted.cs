using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A saying of the outer speaker's relative, its subject inverted after the verb of saying in a
/// clause that a comparison opens: <c>comme disait ma mère : “…”</c>, <c>como dizia o meu pai: “…”</c>,
/// <c>como decía mi abuela: «…»</c>, <c>come diceva sempre mia nonna: «…»</c>. The inner words are the
/// relative's, given by the noun (the label convention for an unnamed person), never the outer
/// speaker's, though a first person may open the sentence (<c>J'ai grandi ici, et comme disait mon
/// père :</c>). A relative of an article that names the family may be someone named: no one then.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // "comme disait toujours ma mère": the words that may stand between the verb and the noun.
    private const int MaxBeforeInvertedNoun = 3;

    /// <summary>
    /// Whether the words right before the inner quote at <paramref name="innerOpen"/> are a comparison, a
    /// verb of saying, then a person's noun after a possessive or an article, then a colon or a comma;
    /// <paramref name="speaker"/> is that person, or null when the relative may be someone named. Either
    /// way the inner words are not the outer speaker's.
    /// </summary>
    public static bool InvertedRelativeCue(string text, int outerOpen, int innerOpen, SpeechTables words, string? language, IReadOnlyList<TextBlock> paragraphs, string? outerSpeaker, out string? speaker)
    {
        speaker = null;
        var i = LastMarkBefore(text, outerOpen, innerOpen);

        if (i <= outerOpen || text[i] is not (':' or ','))
        {
            return false;
        }

        // The clause's words, last first, back to a comma, a stop, a quote mark or the outer mark.
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = ClauseBack(text, outerOpen, i, starts, ends, brackets: true, joiners: "'’", out _);
        // -1, past the words a cue may take, is too few as well.
        if (count < 3)
        {
            return false;
        }

        starts.Slice(0, count).Reverse();
        ends.Slice(0, count).Reverse();

        // The comparison opens the clause, or follows its conjunction ("et comme", "e como").
        var comparison = IsComparison(Word(text, starts, ends, 0), words) ? 0
            : count > 3 && words.Coordinators.Contains(Word(text, starts, ends, 0)) && IsComparison(Word(text, starts, ends, 1), words) ? 1 : -1;
        if (comparison < 0)
        {
            return false;
        }

        // The verb right after the comparison, or after one adverb ("comme le disait", "wie es sagte" are
        // not read: a pronoun there is no adverb).
        var verb = -1;
        for (var k = comparison + 1; k <= comparison + 2 && k < count; k++)
        {
            var word = Word(text, starts, ends, k);
            if (char.IsLower(word[0]) && words.ReportingVerbs.Contains(word))
            {
                verb = k;
                break;
            }

            if (!char.IsLower(word[0]) || words.IsAny(word, WordClass.Article | WordClass.Possessive | WordClass.Pronoun) || words.FirstPersonSubjects.Contains(word))
            {
                return false;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        // The noun: the clause's last word, or the one before a last adverb ("disait ma mère souvent").
        var noun = -1;
        for (var k = count - 1; k >= count - 2 && k > verb + 1; k--)
        {
            var word = Word(text, starts, ends, k);
            if (IsPersonNoun(word, words) && (words.CapitalisesNouns || char.IsLower(word[0])))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0 || noun - verb - 1 > MaxBeforeInvertedNoun)
        {
            return false;
        }

        // Right before the noun, a possessive or an article; between the verb and it only those and an
        // adverb, never a second verb of saying, a pronoun or another noun of a person.
        var before = Word(text, starts, ends, noun - 1);
        var possessive = IsOwnPossessive(before, words, language) || words.IsAny(before, WordClass.Possessive);
        if (!possessive && !words.IsAny(before, WordClass.Definite))
        {
            return false;
        }

        for (var k = verb + 1; k < count; k++)
        {
            if (k == noun)
            {
                continue;
            }

            var word = Word(text, starts, ends, k);
            if (words.ReportingVerbs.Contains(word) || IsPersonNoun(word, words) || words.FirstPersonSubjects.Contains(word)
                || (!char.IsLower(word[0]) && !words.CapitalisesNouns))
            {
                return false;
            }
        }

        var found = Word(text, starts, ends, noun);
        speaker = possessive && IsKinNoun(found, words) && NamesKin(paragraphs, words, found, outerSpeaker) ? null : found.ToString();
        return true;
    }

    // The word that opens a clause of comparison, "as my mother used to say", in a language the lexicons know.
    private static bool IsComparison(ReadOnlySpan<char> word, SpeechTables words)
        => words.IsOneLanguage && words.ComparisonOpeners.Contains(word);

    // The first person's possessives, singular and plural: "ma mère", "o meu pai", "my father"; the
    // writer's own ("notre") and the first-person words of an interview are read in any language.
    private static bool IsOwnPossessive(ReadOnlySpan<char> word, SpeechTables words, string? language)
        => words.OwnPossessives.Contains(word) || InterviewWords.For(language).FirstPerson.Contains(word)
        || (words.IsOneLanguage && words.FirstPersonPossessives.Contains(word));
}
