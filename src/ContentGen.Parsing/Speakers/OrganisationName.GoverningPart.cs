using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// "a administração da Hidrovela garante", "la dirección de Nubia Software aseguró", "the board of
// Quillby said", "la direzione della Ferrolux": the part that governs a body speaks for it, so the
// words are the body's, named after the link, as the labels give a spokesman's words to the body he
// speaks for. Only a name right after the link (past its article): "la dirección del hospital" points
// back to a hospital and is read elsewhere, and "the board of Trustees" holds people, no body's name.
internal sealed partial class OrganisationName
{
    private Subject GovernedBody(IReadOnlyList<Token> sentence, int head, int end)
    {
        var link = head + 1;
        if (!_words.GoverningNouns.Contains(sentence[head].Span.Slice(ElidedArticle(sentence[head].Span)))
            || link >= end || !IsJoiner(sentence[link]))
        {
            return Subject.None;
        }

        var start = link + 1;
        if (start < end && sentence[start].IsLower && WordClasses.Has(_words, sentence[start], WordClass.Definite))
        {
            start++;
        }

        if (start >= end || !sentence[start].IsCapitalized || IsPeopleWord(sentence[start]))
        {
            return Subject.None;
        }

        var name = Text.StringCache.Get(sentence[start].Through(sentence[end - 1]));
        return new Subject(SubjectKind.Name, name, end, employer: name, isOrganisation: true);
    }

    /// <summary>Whether <paramref name="token"/> names people a board gathers ("Trustees", "Directors", "Governors"), in the singular or the plural.</summary>
    public bool IsPeopleWord(Token token) => IsPeopleWord(_words, token);

    /// <summary>Whether <paramref name="token"/> names people a board gathers, by <paramref name="words"/>.</summary>
    public static bool IsPeopleWord(SpeechTables words, Token token)
    {
        var word = token.Span;
        foreach (var ending in s_pluralEndings)
        {
            var stem = word.Length > ending.Length && word.EndsWith(ending.AsSpan(), StringComparison.Ordinal) ? word.Slice(0, word.Length - ending.Length) : word;
            if (words.RoleNouns.Contains(stem) || words.PeopleNouns.Contains(stem) || words.Titles.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_pluralEndings = { string.Empty, "s", "es" };
}
