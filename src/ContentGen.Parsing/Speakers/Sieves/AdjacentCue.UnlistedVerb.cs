using System;
using System.Collections.Generic;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// A verb the lexicons do not list, in the slot of an inverted cue: <c>« … », grince Jean Roux.</c>,
/// <c>« … », s'écrie Claire Dumas.</c>, <c>«…», zanjó Luis Pardo.</c>. Between the quote's comma
/// and a full name that closes the sentence, when the quote opens it, one word no list knows can
/// only be the verb that reports the quote. Reporters draw on many more verbs of saying than any
/// list holds.
/// </summary>
internal sealed partial class AdjacentCue
{
    private const int MinVerbLength = 3;

    // Whether the quote at `quote` opens its sentence, so that the words after its comma are the
    // sentence's only cue: "Ils ont crié « non », place Jean Jaurès." goes on with a place.
    private static bool OpensSentence(IReadOnlyList<Token> sentence, int quote)
        => quote == 0 && sentence.Count > 0 && sentence[0].Kind == TokenKind.Quote;

    // The full name after an unlisted word at `i` (or after a reflexive and it: "se désespère",
    // "s'énerve") that closes the sentence or is set off by a comma; None otherwise.
    private Subject UnlistedVerbBeforeName(IReadOnlyList<Token> sentence, int i)
    {
        var verb = i;
        if (verb + 1 < sentence.Count && sentence[verb].IsLower && _cues.Words.Reflexives.Contains(sentence[verb].Span))
        {
            verb++;
        }

        if (verb + 2 >= sentence.Count || !IsUnlistedWord(sentence[verb]) || !sentence[verb + 1].IsCapitalized)
        {
            return Subject.None;
        }

        var name = _cues.Phrase.ReadForward(sentence, verb + 1);
        var closes = name.End >= sentence.Count || sentence[name.End].Kind == TokenKind.Comma || !sentence[name.End].IsWord;
        return name.Kind == SubjectKind.Name && !name.IsOrganisation && !name.IsBody && name.End == verb + 1 + WordCount(name.Text) && closes
            && name.Text.IndexOf(' ') > 0
            ? name
            : Subject.None;
    }

    // A lower-case word of no list and no stopword: "grince", "s'écrie" (its elided reflexive
    // aside). A gerund ("starring", "featuring") introduces a title's credits, not a cue.
    private bool IsUnlistedWord(Token token)
    {
        if (!token.IsLower || _cues.Words.IsAny(token.Span, ~WordClass.Classified))
        {
            return false;
        }

        var word = token.Span;
        if (Elision.TrySplit(word, out var head, out var tail) && _cues.Words.Reflexives.Contains(head))
        {
            word = tail;
        }

        return word.Length >= MinVerbLength && !Stopwords.IsStopword(word) && !word.EndsWith("ing".AsSpan(), StringComparison.Ordinal)
            && word.IndexOfAny('-', '\'') < 0 && !_cues.Words.IsAny(word, ~WordClass.Classified);
    }

    private static int WordCount(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            count += c == ' ' ? 1 : 0;
        }

        return count;
    }
}
