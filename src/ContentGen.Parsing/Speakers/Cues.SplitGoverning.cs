using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Die Stadt teilte in einer Mitteilung mit, der Kai werde „…“", "De gemeente deelde in een
// verklaring mee dat …": a split verb of saying whose subject stands before its stem, and whose
// particle closes its clause before a comma, a colon or a complementiser, governs the quote after.
internal sealed partial class Cues
{
    // The words a statement's phrase may put between the stem and its particle ("in einer Mitteilung", "am Montag").
    private const int MaxWordsBeforeClosingParticle = 4;

    private bool GovernsAsSplitVerb(IReadOnlyList<Token> sentence, int stem, int end)
    {
        const int MaxPairLength = 32;
        if (!sentence[stem].IsLower || !Words.SplitStems.Contains(sentence[stem].Span))
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPairLength];
        for (var k = stem + 1; k < end - 1 && k <= stem + 1 + MaxWordsBeforeClosingParticle && sentence[k].IsWord; k++)
        {
            var next = sentence[k + 1];
            var closes = next.Kind is TokenKind.Comma or TokenKind.Colon
                || (next.IsLower && (Is(next, WordClass.Complementiser) || Words.RelativePronouns.Contains(next.Span)));
            var particle = sentence[k].Span;
            if (!closes || !sentence[k].IsLower || sentence[stem].Span.Length + 1 + particle.Length > MaxPairLength)
            {
                continue;
            }

            sentence[stem].Span.CopyTo(pair);
            pair[sentence[stem].Span.Length] = ' ';
            particle.CopyTo(pair.Slice(sentence[stem].Span.Length + 1));
            return Words.SplitReports.Contains(pair.Slice(0, sentence[stem].Span.Length + 1 + particle.Length));
        }

        return false;
    }
}
