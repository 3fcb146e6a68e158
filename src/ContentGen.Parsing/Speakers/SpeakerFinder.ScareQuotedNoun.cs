using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "« … », alerte ainsi un « retenu » auprès du député", "\"…\", said one \"detainee\" in the
// corridor": reportage sets an administration's word for a person in quote marks, so the noun
// after the indefinite article is a quote, not a word, and the unnamed speaker went to no one.
// The noun inside the marks is the speaker, as it is without them (SpeakerFinder.UnnamedByNoun.cs).
// What stops it: the quote stands right after the article; it holds one lower-case word and
// nothing else (several words are someone's phrase, "un « voisin de toujours »"); that word is
// an ordinary person's noun (PeopleNouns, never a spokesman's), so "un « collectif »" or
// "a \"notice\"" bring in no one; and no name follows the quote, as none may follow the noun.
internal sealed partial class SpeakerFinder
{
    // The noun quoted alone right after the indefinite article at `article`, the quote being the
    // token at `quote`; null when the quote holds anything else or the word is no person's.
    private string? ScareQuotedPersonNoun(IReadOnlyList<Token> sentence, int article, int quote, out int end)
    {
        end = -1;
        if (quote != article + 1 || quote + 1 >= sentence.Count)
        {
            return null;
        }

        var word = sentence[article].NextWord();
        if (word.Length == 0 || !char.IsLower(word[0]) || !_cues.Words.PeopleNouns.Contains(word) || _cues.Words.SpokesNouns.Contains(word))
        {
            return null;
        }

        // Between the article and the token after the quote, only the word's letters: the marks and
        // spaces around it hold none.
        var next = sentence[quote + 1];
        var span = sentence[article].Through(next);
        var between = span.Slice(sentence[article].Span.Length, span.Length - sentence[article].Span.Length - next.Span.Length);
        var letters = 0;
        foreach (var c in between)
        {
            // A long quote stops being read at the first letter past the word's.
            if (char.IsLetterOrDigit(c) && ++letters > word.Length)
            {
                return null;
            }
        }

        var after = quote + 2 < sentence.Count ? sentence[quote + 2] : default;
        if (letters != word.Length || next.IsCapitalized || (next.Kind == TokenKind.Comma && after.IsCapitalized))
        {
            return null;
        }

        end = quote + 1;
        return StringCache.Get(word);
    }

    // Whether the quote at token `i` is the noun that named the speaker of the quote before it in
    // the sentence ("», alerte ainsi un « retenu »"): nobody's words, it is no quote in between,
    // so the quote after it may go on with that speaker (DiscourseState.Quoted is not told).
    private bool IsNounOfSpeakerBefore(IReadOnlyList<Token> sentence, int i, List<string?> speakers)
    {
        if (i < 2 || !sentence[i - 1].IsLower || !_cues.Is(sentence[i - 1], WordClass.Indefinite))
        {
            return false;
        }

        var before = i - 2;
        while (before >= 0 && sentence[before].Kind != TokenKind.Quote)
        {
            before--;
        }

        return before >= 0 && speakers[sentence[before].QuoteIndex] is { } speaker
            && string.Equals(ScareQuotedPersonNoun(sentence, i - 1, i, out _), speaker, StringComparison.Ordinal);
    }
}
