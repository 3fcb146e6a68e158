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
    /// <param name="afterTopic">Whether the name follows a topic and its colon, slash or bar (not a verb, nor the headline's start).</param>
    /// <param name="afterSlash">Whether the topic ends in a slash or bar ("Logement / Girard :").</param>
    public static string? Find(IReadOnlyList<Token> headline, Cues cues, Func<string, bool> isPerson, out int start, out bool afterTopic, out bool afterSlash)
    {
        string? found = null;
        start = -1;
        afterTopic = false;
        afterSlash = false;
        var end = -1;
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
            end = name.End;
        }

        if (found is null || !IsSubjectPosition(headline, start, end, cues))
        {
            return null;
        }

        afterSlash = IsTopicMark(headline[start > 0 ? start - 1 : 0]);
        afterTopic = start > 0 && (afterSlash || headline[start - 1].Kind == TokenKind.Colon);
        return found;
    }

    private static bool IsSubjectPosition(IReadOnlyList<Token> headline, int i, int end, Cues cues)
    {
        if (i == 0 || cues.IsReportingVerb(headline[i - 1]))
        {
            return true;
        }

        // "France / Girard : le projet vise à « … »": a topic and a slash or bar, then the one
        // person before the colon, whose words or plan the headline gives.
        if (IsTopicMark(headline[i - 1]) && end < headline.Count && headline[end].Kind == TokenKind.Colon)
        {
            return i - 1 > 0 && i - 1 <= MaxTopicTokens && AllWords(headline, 0, i - 1);
        }

        if (headline[i - 1].Kind != TokenKind.Colon || i - 1 > MaxTopicTokens)
        {
            return false;
        }

        return AllWords(headline, 0, i - 1);
    }

    private static bool IsTopicMark(Token token)
        => token.Kind == TokenKind.Other && token.Span.Length == 1 && (token.First == '/' || token.First == '|');

    private static bool AllWords(IReadOnlyList<Token> headline, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!headline[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }
}
