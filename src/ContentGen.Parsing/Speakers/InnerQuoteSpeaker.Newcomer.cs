using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Someone the outer speaker met, brought in by an indefinite article as the subject of a verb of
/// saying right before the inner mark, says the inner words: <c>„Ein Feuerwehrmann hat uns gleich
/// gesagt: ‚…‘“</c>, <c>"Een brandweerman zei tegen ons: '…'"</c>, <c>« Un voisin m'a crié : “…” »</c>.
/// An indefinite article brings in someone new, never someone the article named, so no family
/// check is needed; the noun may be any person's the lexicons know, a trade or a role included
/// ("a nurse", "un pompier"), but never one who speaks for a body, a body or a document.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    // "Ein", "een", "un", "um": an indefinite article that is no pronoun too.
    private static bool IsNewcomerArticle(ReadOnlySpan<char> word, SpeechTables words)
        => words.IsAny(word, WordClass.Indefinite) && !words.IsAny(word, WordClass.Pronoun | WordClass.Definite);

    // "Un voisin nous a dit", "Le gérant nous a dit": an article that opens a cue's subject, someone new or someone by role.
    private static bool IsSubjectArticle(ReadOnlySpan<char> word, SpeechTables words)
        => IsNewcomerArticle(word, words) || words.IsAny(word, WordClass.Definite);

    private static bool IsNewcomerNoun(ReadOnlySpan<char> word, SpeechTables words)
        => (IsPersonNoun(word, words) || words.IsAny(word, WordClass.RoleNoun) || words.ProfessionEpithets.Contains(word))
        && !words.SpokesNouns.Contains(word) && !words.OfficialNouns.Contains(word)
        && !words.OrganisationNouns.Contains(word) && !words.DocumentNouns.Contains(word);

    // The words between the subject's noun and its verb; a newcomer's perfect auxiliary ("hat uns
    // gleich gesagt", "heeft ons gezegd") is the verb's own and does not count.
    private static int BetweenSubjectAndVerb(string text, Span<int> starts, Span<int> ends, int noun, int verb, SpeechTables words, bool newcomer)
    {
        var between = 0;
        for (var k = noun + 1; k < verb; k++)
        {
            if (!(newcomer && words.PerfectAuxiliaries.Contains(Word(text, starts, ends, k))))
            {
                between++;
            }
        }

        return between;
    }
}
