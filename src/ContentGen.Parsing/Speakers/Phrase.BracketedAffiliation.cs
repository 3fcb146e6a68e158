using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Youssef Amrani (Dalmeer Lokaal) vindt", "Heike Brandstätter (Freie Liste) sagte": a party or a
// list in brackets right after a name says whom the person stands for; the verb after the brackets
// is still the name's.
internal sealed partial class Phrase
{
    // Capitalised words of a party's name: "(Dalmeer Lokaal)", "(Freie Liste)", "(DL)".
    private const int MaxAffiliationWords = 4;

    /// <summary>
    /// Where the sentence goes on after <paramref name="subject"/>, a person's name that opens the
    /// sentence (after a title or an article at most), past a party in brackets right after it (see
    /// <see cref="AfterBracketedAffiliation"/>). A name read further in ("Der Rat traf Heike Brand
    /// (Freie Liste) am Montag") is an object, and the bracket is not passed.
    /// </summary>
    public int AfterOpeningNamesAffiliation(IReadOnlyList<Token> sentence, Subject subject)
    {
        const int MaxWordsBefore = 2;
        if (subject.IsOrganisation || subject.IsBody)
        {
            // "La Asociación de Vecinos de Lomar (AVL) ha abierto": a body's short name (Phrase.BracketedShortName.cs).
            return AfterBracketedShortName(sentence, subject.End);
        }

        for (var k = 0; k <= MaxWordsBefore && k < subject.End; k++)
        {
            if (subject.Text.AsSpan().StartsWith(sentence[k].Span, StringComparison.Ordinal))
            {
                return AfterBracketedAffiliation(sentence, subject.End);
            }

            // "Gemeenteraadslid Youssef Amrani": a title, a compound one too, or an article before
            // the name; "Wethouder Onderwijs Karin Bos": a portfolio after the title.
            if (!sentence[k].IsWord || !(IsTitleOrRole(sentence[k]) || _words.TitleEnds.EndsAny(sentence[k].Span) || Is(sentence[k], WordClass.Definite)
                || (k > 0 && _words.Portfolios.Contains(sentence[k].Span))))
            {
                return subject.End;
            }
        }

        return subject.End;
    }

    /// <summary>
    /// Where the sentence goes on after a bracket opening at <paramref name="open"/> that holds a
    /// party's name (capitalised words, or an acronym) and closes within reach: the token after the
    /// closing bracket; <paramref name="open"/> itself when no such bracket stands there. An acronym
    /// made of the initials of the words before it ("The Harbour Boat Fair (HBF) opened on
    /// Friday") abbreviates that name, a show's or a body's, and is no party.
    /// </summary>
    public int AfterBracketedAffiliation(IReadOnlyList<Token> sentence, int open)
    {
        if (open >= sentence.Count || !IsOpeningBracket(sentence[open]))
        {
            return open;
        }

        var k = open + 1;
        while (k < sentence.Count && k - open <= MaxAffiliationWords && sentence[k].IsCapitalized)
        {
            k++;
        }

        if (k == open + 2 && IsAcronym(sentence[open + 1]) && IsInitialsOfNameBefore(sentence, open, sentence[open + 1].Span))
        {
            return open;
        }

        if (k == open + 1 && BracketedAsideEnd(sentence, open) is var aside and > 0 && aside + 1 < sentence.Count && sentence[aside + 1].Kind == TokenKind.Comma)
        {
            // "Le maire, Jean Roux (divers droite), a dit": a party written in lower case, before the
            // comma that closes the name's apposition.
            return aside + 1;
        }

        return k > open + 1 && k < sentence.Count && IsClosingBracket(sentence[k]) ? k + 1 : open;
    }

    // Whether `acronym` is made of the initials of the capitalised words that end just before
    // `open`: "Harbour Boat Fair (HBF)".
    private static bool IsInitialsOfNameBefore(IReadOnlyList<Token> sentence, int open, ReadOnlySpan<char> acronym)
    {
        var first = open;
        while (first > 0 && open - first < acronym.Length && sentence[first - 1].IsCapitalized)
        {
            first--;
        }

        if (open - first != acronym.Length)
        {
            return false;
        }

        for (var i = 0; i < acronym.Length; i++)
        {
            if (char.ToUpperInvariant(sentence[first + i].Span[0]) != acronym[i])
            {
                return false;
            }
        }

        return true;
    }

    // Words of an aside in brackets inside an office: "(divers gauche)", "(LR)".
    private const int MaxAsideWords = 3;

    // The closing bracket of an aside of a few words opening at `open`, or -1. A word of the
    // lexicons' DeputyWords inside ("(acting)", "(ex)") makes the office another, and no aside.
    private int BracketedAsideEnd(IReadOnlyList<Token> sentence, int open)
    {
        if (!IsOpeningBracket(sentence[open]))
        {
            return -1;
        }

        for (var k = open + 1; k < sentence.Count && k <= open + MaxAsideWords + 1; k++)
        {
            if (IsClosingBracket(sentence[k]))
            {
                return k > open + 1 ? k : -1;
            }

            // "the health minister (acting)": a word that makes the role another office is no aside.
            if (!sentence[k].IsWord || _words.DeputyWords.Contains(sentence[k].Span))
            {
                return -1;
            }
        }

        return -1;
    }
}
