using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// Appositives and relative clauses between a name and its verb: `X, chief executive of Y, said`, `X, who
// chairs Y, said`.
internal sealed partial class Phrase
{
    /// <summary>
    /// The name set off by commas after a short indefinite subject, a role, or someone ordinary with an
    /// article or possessive ("The victim", "Her mother") that opens the sentence, when a lower-case word
    /// (its verb) follows: "One woman, Victoria Calvi, found her sister" gives Victoria Calvi. Someone brought in, not a thing named ("The play, A Long Winter,
    /// chronicles"); two words or more, so that "One fan, Smith, …" stays unread.
    /// <see cref="Subject.None"/> otherwise.
    /// </summary>
    public Subject ReadNamedAfterOpeningDescription(IReadOnlyList<Token> sentence)
    {
        const int MaxDescriptionWords = 3;
        if (sentence.Count < 6 || !sentence[0].IsCapitalized)
        {
            return Subject.None;
        }

        // "One woman", "ITV's controller of entertainment", "Head of the division": someone
        // brought in, or a role.
        var person = Is(sentence[0], WordClass.Indefinite) || IsTitleOrRole(sentence[0]);
        var comma = 1;
        while (comma < sentence.Count && comma <= MaxDescriptionWords && (sentence[comma].IsLower || IsCapitalisedPersonNoun(sentence[comma]))
            && !_words.ReportingVerbs.Contains(sentence[comma].Span))
        {
            person |= IsTitleOrRole(sentence[comma]);
            comma++;
        }

        // "The victim, Anna Visser,", "Haar moeder, Els Visser,": an article or possessive and a
        // noun for someone ordinary, read by its last word ("the mother ship" is a ship).
        person |= IsOrdinaryPersonDescription(sentence, 0, comma);
        if (!person || comma == 1 || comma >= sentence.Count || sentence[comma].Kind != TokenKind.Comma)
        {
            return Subject.None;
        }

        var end = comma + 1;
        while (end < sentence.Count && end - comma <= MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        // "Het slachtoffer, Anouk Visser (29), woonde": past the name's age. "Sa fille, Maëlle
        // Kerlidou, et son fils se tenaient": two subjects, neither the sentence's alone.
        var closing = PastBracketedAge(sentence, end);
        return end - comma - 1 >= 2 && closing + 1 < sentence.Count && sentence[closing].Kind == TokenKind.Comma && sentence[closing + 1].IsLower
            && !Is(sentence[closing + 1], WordClass.Coordinator)
            ? FromRun(sentence, comma + 1, end, end)
            : Subject.None;
    }

    /// <summary>
    /// Where the words after an age in brackets at <paramref name="next"/> start ("Ria Bakker (54) runt
    /// de vismarkt", as Dutch news writes it): the age stands between a name and its verb or comma.
    /// <paramref name="next"/> itself when no such age stands there.
    /// </summary>
    public static int PastBracketedAge(IReadOnlyList<Token> sentence, int next)
        => next + 3 < sentence.Count && IsOpeningBracket(sentence[next]) && sentence[next + 1].IsWord && Digits.Only(sentence[next + 1].Span)
        && IsClosingBracket(sentence[next + 2]) ? next + 3 : next;

    /// <summary>
    /// Where the words after a few lower-case words set off by commas start, the first comma at
    /// <paramref name="comma"/>: "», a lancé, visiblement ému, le maire", "The Harbour Trust, in a
    /// statement, says". <paramref name="comma"/> itself when no such insert of at most
    /// <paramref name="maxWords"/> words, with a word after it, stands there.
    /// </summary>
    public static int PastLowerCaseInsert(IReadOnlyList<Token> sentence, int comma, int maxWords)
    {
        if (comma + 2 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma)
        {
            return comma;
        }

        for (var k = comma + 1; k < sentence.Count && k <= comma + maxWords + 1; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma)
            {
                return k > comma + 1 && k + 1 < sentence.Count && sentence[k + 1].IsWord ? k + 1 : comma;
            }

            if (!sentence[k].IsWord || !sentence[k].IsLower)
            {
                return comma;
            }
        }

        return comma;
    }

    // "Das Opfer", "Der Trainer": where every noun is capitalised, a noun for a person is still a
    // word of the description, not the name's first.
    private bool IsCapitalisedPersonNoun(Token token)
        => _words.CapitalisesNouns && token.IsCapitalized && (IsTitleOrRole(token) || _words.PeopleNouns.Contains(token.Span));

    /// <summary>
    /// The index just past an appositive that starts with the comma at <paramref name="comma"/>
    /// ("Joseph Varga, general secretary of the forum, said"), or -1 when none does.
    /// </summary>
    public int AfterAppositive(IReadOnlyList<Token> sentence, int comma)
    {
        for (var j = comma + 1; j < sentence.Count && j <= comma + MaxAppositiveTokens; j++)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return IsAppositive(sentence, comma + 1, j) ? j + 1 : -1;
            }

            if (!sentence[j].IsWord && sentence[j].Kind != TokenKind.Other)
            {
                return -1;
            }
        }

        return -1;
    }

    // The first word of a two-or-more-word name set off by commas just before `comma` after a
    // role: "The health minister, Carmen Alonso,". -1 when there is none.
    private int NamedAppositiveStart(IReadOnlyList<Token> sentence, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        if (comma - start < 2 || start < 2 || sentence[start - 1].Kind != TokenKind.Comma)
        {
            return -1;
        }

        // The words before the opening comma must end in a role, maybe with its complement.
        for (var j = start - 2; j >= 0 && j >= start - 2 - MaxRoleModifiers; j--)
        {
            if (!sentence[j].IsWord)
            {
                return -1;
            }

            if (sentence[j].IsLower && IsTitleOrRole(sentence[j]))
            {
                return start;
            }
        }

        return DescribedBefore(sentence, start, comma) ? start : -1;
    }

    // Whether a longer description, opened by its article or a possessive at the sentence's start
    // or after a comma, stands before the name that ends at `comma`: "Face à elle, le chef de file
    // de l'opposition, Marc Ferrand, a dénoncé".
    private bool DescribedBefore(IReadOnlyList<Token> sentence, int start, int comma)
    {
        for (var j = start - 2; j >= 0 && j >= start - 2 - MaxDescriptionTokens; j--)
        {
            if ((j == 0 || sentence[j - 1].Kind == TokenKind.Comma) && sentence[j].IsWord && OpensDescription(sentence[j]))
            {
                var name = ReadNameAfterDescription(sentence, j, out _);
                return name.IsFound && name.End == comma;
            }

            if (!sentence[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    // The last word of the name that an appositive ending just before `end` describes:
    // "Jane Roe, shadow secretary for the harbours, told" gives "Roe". -1 when there is none.
    private int AppositiveHead(IReadOnlyList<Token> sentence, int end)
    {
        for (var j = end - 1; j > 0 && j >= end - MaxAppositiveTokens; j--)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                // "Lundi, le conseiller municipal Paul Girardin s'est dit": a day or a month alone
                // before the comma opens the sentence; it is no one an appositive describes
                // ("Rosa May, harbour secretary" is).
                var alone = j == 1 || !sentence[j - 2].IsCapitalized;
                return j + 1 < end && IsAppositive(sentence, j + 1, end) && sentence[j - 1].IsCapitalized
                    && !(alone && (Lexicons.LexiconTables.Calendar.Contains(sentence[j - 1].Span) || Is(sentence[j - 1], WordClass.NotName)))
                    && !AfterPreposition(sentence, j - 1) ? j - 1 : -1;
            }

            if (!sentence[j].IsWord && sentence[j].Kind != TokenKind.Other)
            {
                return -1;
            }
        }

        return -1;
    }

    // "Pour Ventalis, le chef de projet Julien Texier a défendu …", "Chez Ventalis, la directrice
    // …": a name that a preposition opening the sentence governs makes a phrase (on whose behalf,
    // where), and the role after its comma is the next name's, not an appositive describing it.
    // Only at the sentence's start: "Un portavoz de Aguas de Valdeoro, la empresa pública …" and
    // "A spokesman for DLF Builders, …" describe the body the preposition governs.
    private bool AfterPreposition(IReadOnlyList<Token> sentence, int last)
    {
        var start = RunStart(sentence, last);
        return (start == 0 && Is(sentence[start], WordClass.Preposition))
            || (start == 1 && sentence[0].IsWord && Is(sentence[0], WordClass.Preposition));
    }

    // An appositive says what someone is: it holds a role ("chief executive of X", "a senior
    // analyst at Y") or an organisation's noun ("the regional authority"), or is an age ("45"),
    // and reports nothing itself.
    private bool IsAppositive(IReadOnlyList<Token> sentence, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        // "Simon Tarrant, from Goldman Sachs, told Reuters": where the person works.
        if (AfterEmployer(sentence, from) == to)
        {
            return true;
        }

        var hasRole = false;
        var allDigits = true;

        // "Tom Vale, a former harbour pilot, said": a noun phrase opened by an article, all in
        // lower case, says what someone is, whatever its noun; an auxiliary makes it a clause
        // ("Pour Marie Leroy, la réforme a échoué, « … »").
        var described = to - from >= 2 && sentence[from].IsLower && sentence[from].IsWord
            && Is(sentence[from], WordClass.Article);
        for (var k = from; k < to; k++)
        {
            var token = sentence[k];
            // "author of a report" holds a noun that is also a verb; after an article it is the noun.
            if (token.IsLower && _words.ReportingVerbs.Contains(token.Span)
                && !(k > from && Is(sentence[k - 1], WordClass.Article)))
            {
                return false;
            }

            // "Transport for the Vale, the regional authority, said": an organisation's appositive.
            hasRole |= IsTitleOrRole(token) || (token.IsLower && Is(token, WordClass.OrganisationNoun));
            allDigits &= token.IsWord && char.IsDigit(token.First);
            described &= token.IsLower && token.IsWord && (k == from || !Is(token, WordClass.Filler));
        }

        return hasRole || allDigits || described || IsAge(sentence, from, to);
    }

    // "Anna Rossi, 78 anni, ha raccontato", "Ute Kranz, 78 Jahre alt, erzählte": a number and the words that
    // make it an age, as a bare number is ("Jane Roe, 78, said").
    private bool IsAge(IReadOnlyList<Token> sentence, int from, int to)
    {
        const int MaxAgeWords = 2;
        if (to - from < 2 || to - from > 1 + MaxAgeWords || !sentence[from].IsWord || !char.IsDigit(sentence[from].First))
        {
            return false;
        }

        for (var k = from + 1; k < to; k++)
        {
            if (!sentence[k].IsWord || !_words.AgeWords.Contains(sentence[k].Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Just past where someone works, given at <paramref name="link"/> with "from", "of" or "at"
    /// and capitalised words ("from Goldman Sachs", "from the Harbour Electronics Association
    /// (CEA)"), or -1 when no such phrase starts there.
    /// </summary>
    public int AfterEmployer(IReadOnlyList<Token> sentence, int link)
    {
        if (link >= sentence.Count || !sentence[link].IsLower
            || !Is(sentence[link], WordClass.Preposition | WordClass.EmployerLink))
        {
            return -1;
        }

        var k = link + 1;
        if (k < sentence.Count && sentence[k].IsLower && Is(sentence[k], WordClass.Definite))
        {
            k++;
        }

        if (k >= sentence.Count || !sentence[k].IsCapitalized)
        {
            return -1;
        }

        while (k < sentence.Count && (sentence[k].IsCapitalized || IsBracket(sentence[k])
            || (sentence[k].IsLower && Is(sentence[k], WordClass.NameJoiner) && k + 1 < sentence.Count && sentence[k + 1].IsCapitalized)))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The index of the verb after an appositive that starts with the comma at
    /// <paramref name="comma"/> and that the writer never closed ("Ann Merridew, marketing manager
    /// at Harbour Prints believes …"): lower-case words holding a role, a link, capitalised words,
    /// then a lower-case word. -1 when there is none.
    /// </summary>
    public int VerbAfterUnclosedAppositive(IReadOnlyList<Token> sentence, int comma)
    {
        var hasRole = false;
        for (var j = comma + 1; j < sentence.Count && j <= comma + MaxAppositiveTokens && sentence[j].IsLower; j++)
        {
            hasRole |= IsTitleOrRole(sentence[j]);
            if (hasRole && AfterEmployer(sentence, j) is var end && end > j)
            {
                return end < sentence.Count && sentence[end].IsLower && !IsRoleLink(sentence[end])
                    && !Is(sentence[end], WordClass.Coordinator) && !Is(sentence[end], WordClass.Preposition)
                    ? end
                    : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a role opens the words at <paramref name="start"/>, after at most a few lower-case
    /// words ("chief of …", "a senior analyst at …", "editor of …").
    /// </summary>
    public bool OpensWithRole(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxModifiers = 3;
        for (var j = start; j < sentence.Count && j <= start + MaxModifiers && sentence[j].IsLower; j++)
        {
            if (IsTitleOrRole(sentence[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBracket(Token token) => IsOpeningBracket(token) || IsClosingBracket(token);

    /// <summary>
    /// The index just past a relative clause set off by the comma at <paramref name="comma"/> and
    /// the next one ("Hélène Garnier, qui dirige le foyer, …", "Marta Ibarra, que preside la
    /// asociación, …"), or -1: a clause of a few words holding no quote or colon.
    /// </summary>
    public int AfterRelativeClause(IReadOnlyList<Token> sentence, int comma)
    {
        const int MaxRelativeTokens = 16;
        if (comma + 2 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || !sentence[comma + 1].IsLower || !IsRelativePronoun(sentence[comma + 1]))
        {
            return -1;
        }

        for (var j = comma + 2; j < sentence.Count && j <= comma + MaxRelativeTokens; j++)
        {
            if (sentence[j].Kind == TokenKind.Comma)
            {
                return j + 1;
            }

            if (!sentence[j].IsWord && sentence[j].Kind != TokenKind.Other)
            {
                return -1;
            }
        }

        return -1;
    }

    // "X, who … , stressed": step back over the clause to the word before its opening comma.
    private int BeforeRelativeClause(IReadOnlyList<Token> sentence, int comma)
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

    // The relative pronoun a few lower-case words before `start`, with a word that is no title,
    // role, link or article just before `start` or its article ("who also presents", "who
    // chairs the"), or -1.
    private int RelativeBefore(IReadOnlyList<Token> sentence, int start)
    {
        // "who chairs the Harbour Committee said": past the object's article.
        var verb = start > 1 && sentence[start - 1].IsLower && Is(sentence[start - 1], WordClass.Definite) ? start - 2 : start - 1;
        if (verb < 1 || !sentence[verb].IsLower || IsTitleOrRole(sentence[verb]) || IsRoleLink(sentence[verb])
            || Is(sentence[verb], WordClass.Preposition | WordClass.Definite)
            || Is(sentence[verb], WordClass.Indefinite))
        {
            return -1;
        }

        for (var j = verb - 1; j >= 1 && j >= verb - 1 - MaxRoleModifiers && sentence[j].IsLower; j--)
        {
            if (IsRelativePronoun(sentence[j]))
            {
                return j;
            }
        }

        return -1;
    }
}
