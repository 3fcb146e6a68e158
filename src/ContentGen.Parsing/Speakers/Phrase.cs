using System.Collections.Generic;
using System.Linq;

namespace ContentGen.Parsing.Speakers;

/// <summary>Reads the noun phrase that names a speaker, before or after a reporting verb.</summary>
internal static class Phrase
{
    private const int MaxRoleModifiers = 3;

    // Bounds that keep reading linear on text with endless capitalised runs or commas.
    private const int MaxNameWords = 10;
    private const int MaxClauseTokens = 40;

    /// <summary>Reads the subject that ends just before <paramref name="verb"/>.</summary>
    public static Subject ReadBackward(IReadOnlyList<Token> sentence, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && sentence[i].IsLower && SpeakerWords.Fillers.Contains(sentence[i].Text))
        {
            i--;
        }

        if (i >= 0 && sentence[i].Kind == TokenKind.Comma)
        {
            i = BeforeRelativeClause(sentence, i);
        }

        if (i < 0 || !sentence[i].IsWord)
        {
            return Subject.None;
        }

        var word = sentence[i];
        if (SpeakerWords.Pronouns.Contains(word.Text))
        {
            return new Subject(SubjectKind.Pronoun, word.Text, verb);
        }

        if (word.IsLower)
        {
            return IsRoleNoun(word.Text) ? new Subject(SubjectKind.Role, word.Text, verb) : Subject.None;
        }

        var start = i;
        while (start > 0 && i - start < MaxNameWords && IsNamePart(sentence, start - 1))
        {
            start--;
        }

        return FromRun(sentence, start, i + 1, verb);
    }

    /// <summary>Reads the subject that starts at <paramref name="start"/>.</summary>
    public static Subject ReadForward(IReadOnlyList<Token> sentence, int start)
    {
        if (start >= sentence.Count || !sentence[start].IsWord)
        {
            return Subject.None;
        }

        var word = sentence[start];
        if (SpeakerWords.Pronouns.Contains(word.Text))
        {
            return new Subject(SubjectKind.Pronoun, word.Text, start + 1);
        }

        if (word.IsLower || SpeakerWords.NotNames.Contains(word.Text))
        {
            // "the foreign minister", "le ministre"
            for (var i = start; i < sentence.Count && i <= start + MaxRoleModifiers && sentence[i].IsWord; i++)
            {
                if (IsRoleNoun(sentence[i].Text))
                {
                    return new Subject(SubjectKind.Role, sentence[i].Text, i + 1);
                }
            }

            if (word.IsLower)
            {
                return Subject.None;
            }
        }

        var end = start + 1;
        while (end < sentence.Count && end - start < MaxNameWords && IsNamePart(sentence, end))
        {
            end++;
        }

        return FromRun(sentence, start, end, end);
    }

    /// <summary>The index of the first token after <paramref name="start"/> that is not a filler word.</summary>
    public static int SkipFillers(IReadOnlyList<Token> sentence, int start)
    {
        var i = start;
        while (i < sentence.Count && sentence[i].IsLower && SpeakerWords.Fillers.Contains(sentence[i].Text))
        {
            i++;
        }

        return i;
    }

    // A run of capitalised words (with joiners such as "of") becomes a name once titles are cut:
    // "Russian Deputy Foreign Minister Sergei Riabkov" gives "Sergei Riabkov".
    private static Subject FromRun(IReadOnlyList<Token> sentence, int start, int end, int subjectEnd)
    {
        while (start < end && SpeakerWords.NotNames.Contains(sentence[start].Text))
        {
            start++;
        }

        var hadTitle = false;
        for (var i = end - 1; i >= start; i--)
        {
            if (SpeakerWords.Titles.Contains(sentence[i].Text))
            {
                start = i + 1;
                hadTitle = true;
                break;
            }
        }

        while (start < end && sentence[start].IsLower)
        {
            start++;
        }

        if (start >= end)
        {
            return hadTitle ? new Subject(SubjectKind.Role, string.Empty, subjectEnd) : Subject.None;
        }

        if (Enumerable.Range(start, end - start).All(i => SpeakerWords.Demonyms.Contains(sentence[i].Text)))
        {
            return Subject.None;
        }

        var name = string.Join(" ", Enumerable.Range(start, end - start).Select(i => sentence[i].Text));
        return new Subject(SubjectKind.Name, name, subjectEnd);
    }

    private static bool IsNamePart(IReadOnlyList<Token> sentence, int i)
    {
        var token = sentence[i];
        if (token.IsCapitalized)
        {
            return true;
        }

        // A joiner counts only between capitalised words: "Secretary of State".
        return token.IsLower && SpeakerWords.NameJoiners.Contains(token.Text)
            && i > 0 && sentence[i - 1].IsCapitalized
            && i + 1 < sentence.Count && sentence[i + 1].IsCapitalized;
    }

    // "X, who … , stressed": step back over the clause to the word before its opening comma.
    private static int BeforeRelativeClause(IReadOnlyList<Token> sentence, int comma)
    {
        for (var i = comma - 1; i > 0 && i >= comma - MaxClauseTokens; i--)
        {
            if (sentence[i].Kind == TokenKind.Comma && i + 1 < comma && IsRelativePronoun(sentence[i + 1]))
            {
                return i - 1;
            }
        }

        return -1;
    }

    private static bool IsRelativePronoun(Token token)
        => token.Is("who") || token.Is("whose") || token.Is("which") || token.Is("qui") || token.Is("dont");

    private static bool IsRoleNoun(string word)
    {
        var apostrophe = word.LastIndexOfAny(new[] { '\'', '’' });
        return SpeakerWords.RoleNouns.Contains(apostrophe >= 0 ? word.Substring(apostrophe + 1) : word);
    }
}
