using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// The one person a headline names as its subject: opening it ("Jean Dupont veut …"), after a
/// topic and its colon ("Immigration : Jean Dupont défend …") or after a reporting verb ("…,
/// annonce Paul Girard"). That person is the article's first mention, whom a role or a
/// pronoun of its opening means when the body has named no one yet. A headline that names two
/// people, or names its person elsewhere ("Young debut cut short by Ginepri"), names no one here.
/// </summary>
internal static class HeadlinePerson
{
    // "Immigration :", "Loi sur l'immigration :": a topic before the colon is a few words.
    private const int MaxTopicTokens = 6;

    /// <summary>The person <paramref name="headline"/> names as its subject, by the name read there, or null.</summary>
    /// <param name="headline">The headline's words.</param>
    /// <param name="cues">The speech words of the article's language.</param>
    /// <param name="isPerson">Whether a name is a person's the article knows (a full name, or a surname it gives in full).</param>
    /// <param name="start">The index of the headline's word where that name begins, or -1.</param>
    public static string? Find(IReadOnlyList<Token> headline, Cues cues, Func<string, bool> isPerson, out int start)
    {
        string? found = null;
        start = -1;
        for (var i = 0; i < headline.Count; i++)
        {
            if (!headline[i].IsCapitalized || (i > 0 && headline[i - 1].IsCapitalized))
            {
                continue;
            }

            var name = cues.Phrase.ReadForward(headline, i);
            if (name.Kind != SubjectKind.Name || name.IsOrganisation || !isPerson(name.Text))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, name.Text, StringComparison.Ordinal))
            {
                return null;
            }

            found = name.Text;
            start = i;
        }

        return found is not null && IsSubjectPosition(headline, start, cues) ? found : null;
    }

    private static bool IsSubjectPosition(IReadOnlyList<Token> headline, int i, Cues cues)
    {
        if (i == 0 || cues.IsReportingVerb(headline[i - 1]))
        {
            return true;
        }

        if (headline[i - 1].Kind != TokenKind.Colon || i - 1 > MaxTopicTokens)
        {
            return false;
        }

        for (var k = 0; k < i - 1; k++)
        {
            if (!headline[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
