using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Someone unnamed given by a definite role: "the owner of a small ferry firm", "le patron d'une
// petite entreprise", "der Chef eines Fischereibetriebs". The indefinite after the role's link
// says the body it heads is not named, so neither is its head: the role is no one named before.
internal sealed partial class Phrase
{
    // The words of the body's description after the indefinite: "a small ferry firm".
    private const int MaxUnheldBodyWords = 5;

    // Words between the definite article and the role: "the outgoing chief executive".
    private const int MaxUnheldModifiers = 2;

    /// <summary>
    /// Reading back from <paramref name="verb"/>: the definite role whose link and indefinite
    /// bring in an unnamed body, ending at <paramref name="last"/> ("the owner of a small ferry
    /// firm said"). Someone unnamed, given by the role's words
    /// (<see cref="Subject.IsUnheld"/>); none when the words before the verb are not that shape.
    /// </summary>
    public Subject UnheldRoleBefore(IReadOnlyList<Token> sentence, int last, int verb)
    {
        // The body's description: lower-case words, or a nationality ("a small Dutch ferry firm").
        var i = last;
        var capitalised = false;
        while (i >= 0 && last - i < MaxUnheldBodyWords && (IsBodyWord(sentence[i]) || sentence[i].IsCapitalized) && !IsIndefiniteWord(sentence[i]))
        {
            capitalised |= !IsBodyWord(sentence[i]);
            i--;
        }

        // A capitalised noun in the body's description only after a genitive's own article
        // ("eines kleinen Fischereibetriebs"): elsewhere it may be a name.
        if (i == last || i < 1 || !IsIndefiniteAfterLink(sentence, i, out var role) || role < 1
            || (capitalised && !IsGenitiveIndefinite(sentence[i])))
        {
            return Subject.None;
        }

        // Only where a clause starts: after "Jane Roe and", the words are both people's.
        var start = RoleStart(sentence, role, out var first);
        return start >= 0 && (start == 0 || !sentence[start - 1].IsWord)
            ? new Subject(SubjectKind.Unnamed, DescriptionOf(sentence, first, role), verb, isUnheld: true)
            : Subject.None;
    }

    /// <summary>
    /// Reading on from a definite role at <paramref name="role"/> ("a confié le patron d'une
    /// petite entreprise de pêche."): whether its link and an indefinite bring in an unnamed body
    /// that ends the clause or meets a reporting verb, in <paramref name="end"/> the index after it. A manner after the link ("d'une voix ferme") is no body, nor is a
    /// body a name follows in apposition ("the head of a charity, Jane Roe").
    /// </summary>
    public bool HasUnnamedBody(IReadOnlyList<Token> sentence, int role, out int end)
    {
        end = role + 1;
        if (!IsUnheldLink(sentence, role + 1, out var indefinite))
        {
            return false;
        }

        var genitive = IsGenitiveIndefinite(sentence[indefinite]);
        end = indefinite + 1;
        while (end < sentence.Count && end - indefinite <= MaxUnheldBodyWords && (IsBodyWord(sentence[end]) || (genitive && sentence[end].IsCapitalized))
            && !Is(sentence[end], WordClass.Reporting))
        {
            if (_words.MannerNouns.Contains(sentence[end].Span))
            {
                return false;
            }

            end++;
        }

        if (end == indefinite + 1)
        {
            return false;
        }

        // "…, Jane Roe, said": the body's head is named after all.
        return end >= sentence.Count || sentence[end].Kind != TokenKind.Comma
            || end + 1 >= sentence.Count || !sentence[end + 1].IsCapitalized;
    }

    /// <summary>
    /// The words that give someone unnamed by a role: the role noun, with a role or title word just
    /// before it that it makes one office with ("chief executive", "deputy director").
    /// </summary>
    public string DescriptionOf(IReadOnlyList<Token> sentence, int first, int role)
        => first < role
            ? Text.StringCache.Get(string.Concat(sentence[first].Text, " ", sentence[role].Text).AsSpan())
            : sentence[role].Text;

    // Whether the indefinite at `indefinite` follows a role's link ("of a", "d'une" is one token,
    // "eines" needs none), and in `role` the role noun's index.
    private bool IsIndefiniteAfterLink(IReadOnlyList<Token> sentence, int indefinite, out int role)
    {
        role = -1;
        var word = sentence[indefinite];
        if (IsElidedIndefinite(word) || (word.IsLower && IsGenitiveIndefinite(word)))
        {
            role = indefinite - 1;
        }
        else if (word.IsLower && Is(word, WordClass.Indefinite) && indefinite >= 2 && sentence[indefinite - 1].IsLower
            && _words.HeadLinks.Contains(sentence[indefinite - 1].Span))
        {
            role = indefinite - 2;
        }

        return role >= 0 && sentence[role].IsWord && IsRoleNoun(sentence[role]) && !IsSpokesNoun(sentence[role]);
    }

    // Whether the token at `link` is a role's link and an indefinite ("of a", "d'une", "eines"),
    // and in `indefinite` the indefinite's index.
    private bool IsUnheldLink(IReadOnlyList<Token> sentence, int link, out int indefinite)
    {
        indefinite = -1;
        if (link >= sentence.Count || !sentence[link].IsLower)
        {
            return false;
        }

        if (IsElidedIndefinite(sentence[link]) || IsGenitiveIndefinite(sentence[link]))
        {
            indefinite = link;
        }
        else if (_words.HeadLinks.Contains(sentence[link].Span) && link + 1 < sentence.Count && sentence[link + 1].IsLower
            && Is(sentence[link + 1], WordClass.Indefinite))
        {
            indefinite = link + 1;
        }

        return indefinite >= 0;
    }

    // "d'une", "d'un": the link elided into the indefinite, one token.
    private bool IsElidedIndefinite(Token token)
        => token.IsLower && Elision.TrySplit(token.Span, out var link, out var article)
        && _words.ElidedLinks.Contains(link) && _words.Indefinites.Contains(article);

    // German "eines": an article that is a genitive by its form and no definite ("des").
    private bool IsGenitiveIndefinite(Token token) => token.IsLower && _words.GenitiveArticles.Contains(token.Span) && !Is(token, WordClass.Definite);

    private bool IsIndefiniteWord(Token token) => token.IsLower && (Is(token, WordClass.Indefinite) || IsElidedIndefinite(token) || IsGenitiveIndefinite(token));

    // A word of an unnamed body's description: lower case, or a nationality ("Dutch"; German
    // nouns aside: a capitalised noun there could be a name).
    private bool IsBodyWord(Token token) => token.IsLower || (token.IsCapitalized && Is(token, WordClass.Demonym));

    // The definite article before the role at `role`, past a role word just before it ("the
    // chief executive") and a few lower-case modifiers ("the outgoing chief executive"); in `first`
    // the first word of the role's office. -1 when no definite article opens the phrase.
    private int RoleStart(IReadOnlyList<Token> sentence, int role, out int first)
    {
        first = role;
        if (role >= 1 && sentence[role - 1].IsLower && (IsRoleNoun(sentence[role - 1]) || Is(sentence[role - 1], WordClass.Title)))
        {
            first = role - 1;
        }

        for (var j = first - 1; j >= 0 && first - j <= MaxUnheldModifiers + 1 && sentence[j].IsWord; j--)
        {
            if (IsDefinite(sentence[j]))
            {
                return j;
            }

            if (!sentence[j].IsLower || IsRoleNoun(sentence[j]) || NamePlausibility.IsPossessive(sentence[j].Span))
            {
                return -1;
            }
        }

        return -1;
    }
}
