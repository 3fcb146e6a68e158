using System;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// "Françoise Albaret tient la buvette depuis 1998. « … », raconte la retraitée.": an editor knows
// Françoise is a woman before the article says so. A given name whose gender is plain
// (SpeechWords.MaleGivenNames, FemaleGivenNames) is the weakest evidence of a person's gender: a
// title or a pronoun the article gives wins over it (Genders), and a name given to both, or to a man
// in one language and a woman in another (Andrea, Jean, Simone), is in no list.
internal static class GivenNameGender
{
    /// <summary>
    /// The gender <paramref name="name"/>'s first word shows, for a name of two words or more; a
    /// word alone is a surname as often as a given name ("Martin", "Thomas"), and shows none.
    /// </summary>
    public static Gender Of(SpeechTables words, string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0)
        {
            return Gender.Unknown;
        }

        var first = name.AsSpan(0, space);
        var male = words.MaleGivenNames.Contains(first);
        var female = words.FemaleGivenNames.Contains(first);
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a given name the lists hold, of either gender or of both: a
    /// name's first word, however plain its gender.
    /// </summary>
    public static bool IsListed(SpeechTables words, ReadOnlySpan<char> word)
        => words.MaleGivenNames.Contains(word) || words.FemaleGivenNames.Contains(word);
}
