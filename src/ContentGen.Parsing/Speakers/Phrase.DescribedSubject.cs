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
            || !(OpensDescription(sentence[start]) || _words.Demonstratives.Contains(sentence[start].Span))
            || !(sentence[start + 1].IsWord || !ElidedArticleNoun(sentence[start]).IsEmpty))
        {
            return Subject.None;
        }

        var comma = start + 1;
        while (comma < sentence.Count && comma - start <= MaxDescriptionTokens && sentence[comma].Kind != TokenKind.Comma)
        {
            comma++;
        }

        if (comma >= sentence.Count || sentence[comma].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        // The name's own article, age or title, in lower case, then its capitalised words.
        var first = comma + 1;
        var titled = false;
        while (first < sentence.Count && first - comma <= MaxWordsBeforeName && ((sentence[first].IsWord && !sentence[first].IsCapitalized) || sentence[first].Kind == TokenKind.Other))
        {
            // "by director Tom Fox", "do cineasta Rui Lopes": a link before the name says whose work a
            // thing is, no appositive; only an article, an age or a title stands there.
            if (sentence[first].IsWord && (IsDescriptionLink(sentence[first]) || Is(sentence[first], WordClass.Preposition) || _words.PassiveAgents.Contains(sentence[first].Span)))
            {
                return Subject.None;
            }

            titled |= sentence[first].IsWord && IsPersonsNoun(sentence[first]);
            first++;
        }

        // "Il terzo candidato, l'imprenditore Davide Conti, ha scelto …", "O curador da mostra, o
        // cineasta Rafael Moura, lamentou …", "Haar buurman, slager Henk Bos, denkt …": a role or
        // a profession before the name says it is a person's when the description does not ("The
        // new stand at the ground, Vale Terrace, opens" names a thing); the description is then
        // its article and its noun, whose link may follow ("The work starts with the site
        // manager, engineer Rob Finch, …" is a clause).
        if (first >= sentence.Count || !sentence[first].IsCapitalized
            || !(IsDescription(sentence, start, comma, headFirst: true, out var role) ? role || titled || Is(sentence[start], WordClass.Indefinite)
                    || IsOrdinaryPersonDescription(sentence, start, comma)
                : (titled && IsNounBeforeItsLink(sentence, start, comma) && IsDescription(sentence, start, comma, headFirst: false, out _))
                    || IsProfessionHeadedDescription(sentence, start, comma) || IsOrdinaryPersonDescription(sentence, start, comma)))
        {
            return Subject.None;
        }

        var name = ReadForward(sentence, first);
        // "Sa présidente, Birgit Oberländer (CSU), a évoqué": a party in brackets is an aside.
        var afterName = name.Kind == SubjectKind.Name ? AfterBracketedAffiliation(sentence, name.End) : name.End;
        if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.Text.IndexOf(' ') < 0
            || afterName + 1 >= sentence.Count || sentence[afterName].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        var next = afterName + 1;
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

        // "I tre candidati, l'imprenditore Davide Conti, la professoressa Carla Neri e …": a list goes
        // on with another member's article, no verb.
        if (next >= sentence.Count || !sentence[next].IsLower || Is(sentence[next], WordClass.Coordinator)
            || (!role && Is(sentence[next], WordClass.Article)))
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
            // "Die Vorsitzende des Ortsvereins der Grünen": where nouns are capitalised, a
            // genitive's article goes on with the complement a link opened.
            // "le gérant de la Banque Dumas", "the manager of the Tanneurs Trust": the link's own
            // article opens its complement as the link does, in every language.
            // "de la famille Moreau", "el secretario general de Docentes en Lucha": a lower-case
            // word the link opened, or one between the capitalised words of the name it brought
            // in, goes on with that name.
            afterLink = IsDescriptionLink(sentence[k])
                || (afterLink && (!sentence[k].IsLower || (_words.CapitalisesNouns && Is(sentence[k], WordClass.Article))
                    || (IsDescriptionLink(sentence[k - 1]) && Is(sentence[k], WordClass.Article))
                    || (k + 1 < to && sentence[k + 1].IsCapitalized)));
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

        // "Der Vorsitzende des Vereins": a genitive's article is the description's link of its own.
        if (Is(token, WordClass.Article | WordClass.Possessive))
        {
            return afterLink || _words.GenitiveArticles.Contains(token.Span);
        }

        return IsDescriptionLink(token) || !Is(token, WordClass.Filler);
    }

    /// <summary>
    /// Whether <paramref name="token"/> opens a description as its article or possessive does: also
    /// "l'ancien", "L'entraîneur", a definite article elided into the description's first word
    /// (not "L'Oréal", a name).
    /// </summary>
    public bool OpensDescription(Token token)
        => Is(token, WordClass.Article | WordClass.Possessive) || !ElidedArticleNoun(token).IsEmpty;

    // "O curador da mostra": the article, one noun, then the description's first link.
    private bool IsNounBeforeItsLink(IReadOnlyList<Token> sentence, int article, int comma)
        => article + 2 < comma && sentence[article + 1].IsLower && !IsDescriptionLink(sentence[article + 1]) && IsDescriptionLink(sentence[article + 2]);

    // A role, a title or a profession ("imprenditore", "giornalista", "slager"), its elided article aside.
    private bool IsPersonsNoun(Token token)
        => IsTitleOrRole(token) || _words.ProfessionEpithets.Contains(Elision.Tail(token.Span));

    private bool IsDescriptionLink(Token token)
        => token.IsLower && (Is(token, WordClass.Preposition | WordClass.EmployerLink) || _words.OrganisationLinks.Contains(token.Span)
            || _words.HeadLinks.Contains(token.Span) || _words.ContractedArticles.Contains(token.Span) || _words.BriefLinks.Contains(token.Span)
            || _words.GenitiveArticles.Contains(token.Span));
}
