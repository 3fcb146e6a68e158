using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A subject given first by what it is, then by its name set off by commas: "Il direttore artistico,
// il maestro Giulio Santangelo, guarda …", "Een supporter van het eerste uur, de 78-jarige Jaap
// Terpstra, bleef …", "Zijn advocaat, mr. Ruud Verhagen, sprak …".
internal sealed partial class Phrase
{
    // A description is a short noun phrase: its article, a role and a complement of a few words
    // ("le chef de file de l'opposition", "de huidige bestuurder van Lindehof").
    private const int MaxDescriptionTokens = 8;

    // Before the name, its own article and an age or a title ("de 78-jarige", "il maestro").
    private const int MaxWordsBeforeName = 3;

    // A relative clause between the name's comma and the verb ("…, qui a repris la programmation en 2019, ne cache pas").
    private const int MaxRelativeClauseTokens = 20;

    /// <summary>
    /// The name set off by commas after a description that <paramref name="start"/> opens with its
    /// article or a possessive, when a verb follows (past a relative clause between commas); the
    /// description holds a role, or is brought in by an indefinite article. <paramref name="verb"/>
    /// is the verb's index. None, and -1, otherwise: a name not set off by commas, a description that
    /// reports or quotes, a list ("…, Jaap Terpstra, en …"), an organisation.
    /// </summary>
    public Subject ReadNameAfterDescription(IReadOnlyList<Token> sentence, int start, out int verb)
    {
        verb = -1;
        if (start + 4 >= sentence.Count || !sentence[start].IsWord
            || !(Is(sentence[start], WordClass.Definite | WordClass.Indefinite) || _words.Possessives.Contains(sentence[start].Span))
            || !sentence[start + 1].IsWord)
        {
            return Subject.None;
        }

        var comma = start + 1;
        while (comma < sentence.Count && comma - start <= MaxDescriptionTokens && sentence[comma].Kind != TokenKind.Comma)
        {
            comma++;
        }

        if (comma >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || !IsDescription(sentence, start, comma, headFirst: true, out var role)
            || !(role || Is(sentence[start], WordClass.Indefinite)))
        {
            return Subject.None;
        }

        // The name's own article, age or title, in lower case, then its capitalised words.
        var first = comma + 1;
        while (first < sentence.Count && first - comma <= MaxWordsBeforeName && ((sentence[first].IsWord && !sentence[first].IsCapitalized) || sentence[first].Kind == TokenKind.Other))
        {
            first++;
        }

        if (first >= sentence.Count || !sentence[first].IsCapitalized)
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, first);
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.Text.IndexOf(' ') < 0
            || name.End + 1 >= sentence.Count || sentence[name.End].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        var next = name.End + 1;
        if (sentence[next].IsLower && _words.RelativePronouns.Contains(sentence[next].Span))
        {
            var close = next + 1;
            while (close < sentence.Count && close - next <= MaxRelativeClauseTokens && sentence[close].Kind != TokenKind.Comma)
            {
                if (sentence[close].Kind is TokenKind.Quote or TokenKind.Colon)
                {
                    return Subject.None;
                }

                close++;
            }

            next = close + 1;
        }

        if (next >= sentence.Count || !sentence[next].IsLower || Is(sentence[next], WordClass.Coordinator))
        {
            return Subject.None;
        }

        verb = next;
        return name;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to <paramref name="to"/> are a
    /// description, a noun phrase that no verb makes a clause; <paramref name="role"/> says whether
    /// it holds a role. <paramref name="headFirst"/> asks that a definite description's role come
    /// before its first link: "the new site manager" after "The work starts with" is the object
    /// of a verb the lexicons do not know.
    /// </summary>
    public bool IsDescription(IReadOnlyList<Token> sentence, int from, int to, bool headFirst, out bool role)
    {
        role = IsTitleOrRole(sentence[from]);
        var indefinite = Is(sentence[from], WordClass.Indefinite);

        // "Volgens de officier van justitie, …": a source's word opens the phrase as a link does.
        var afterLink = Is(sentence[from], WordClass.AccordingToStart | WordClass.Preposition);
        for (var k = from + 1; k < to; k++)
        {
            // "The former Labour minister, …", "The Harbour Rail chief executive, …": capitalised
            // words before the role say whose office it is; after it, only past a link.
            if (!IsDescriptionWord(sentence[k], afterLink, afterLink || !role))
            {
                return false;
            }

            if (headFirst && !role && !indefinite && IsDescriptionLink(sentence[k]))
            {
                return false;
            }

            role |= IsTitleOrRole(sentence[k]) || _words.SpokesNouns.Contains(sentence[k].Span);
            afterLink = IsDescriptionLink(sentence[k]) || (afterLink && !sentence[k].IsLower);
        }

        return sentence[from].IsWord && !Is(sentence[from], WordClass.Reporting);
    }

    // A description is a noun phrase: lower-case words, and an article or capitalised words only
    // after a link ("de l'opposition", "van Lindehof", "du club"). An auxiliary, a reporting verb,
    // or an article or a name with no link before it ("le maire a salué son adjoint", "the coach
    // praised striker Tom Vale") make it a clause whose object the name is.
    private bool IsDescriptionWord(Token token, bool afterLink, bool capitalisedMayStand)
    {
        if (!token.IsWord || Is(token, WordClass.Reporting))
        {
            return false;
        }

        if (token.IsCapitalized)
        {
            return capitalisedMayStand;
        }

        if (Is(token, WordClass.Definite | WordClass.Indefinite) || _words.Possessives.Contains(token.Span))
        {
            return afterLink;
        }

        return IsDescriptionLink(token) || !_words.Fillers.Contains(token.Span);
    }

    private bool IsDescriptionLink(Token token)
        => token.IsLower && (_words.Prepositions.Contains(token.Span) || _words.EmployerLinks.Contains(token.Span) || _words.OrganisationLinks.Contains(token.Span)
            || _words.HeadLinks.Contains(token.Span) || _words.ContractedArticles.Contains(token.Span) || _words.BriefLinks.Contains(token.Span));
}
