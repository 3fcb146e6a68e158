using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "A Proteção Civil admite que …. Em comunicado, a entidade informa que “…”": a name that opens
// its sentence after an article, and that the cast cannot class, may be the body a later "a
// entidade" or "la entidad" means. The noun of a body of any kind then means none named before it:
// a union named a paragraph earlier is not the one speaking.
internal sealed partial class Cast
{
    // The latest sentence opened by an article and a name the cast does not class, or -1.
    private int _unclassedOpening = -1;

    // Read after the sentence's organisations, so a name read as one ("O Sindicato dos …") is known.
    // Where every noun has a capital (German), the word after the article is a noun, no name. A
    // person's name after an article ("A Marta Silva") is read alike: the noun then means no one, the
    // safer reading.
    private void ReadUnclassedOpening(IReadOnlyList<Token> sentence)
    {
        if (_cues.Words.CapitalisesNouns || sentence.Count < 3 || !sentence[0].IsWord || !_cues.Is(sentence[0], WordClass.Definite)
            || !sentence[1].IsWord || !sentence[1].IsCapitalized || _cues.Words.IsOrganisationNoun(sentence[1].Span))
        {
            return;
        }

        var first = sentence[1].Span;
        foreach (var (name, _, named, _) in _recent)
        {
            if (named != _sentence)
            {
                break;
            }

            if (name is not null && name.AsSpan().StartsWith(first, StringComparison.Ordinal))
            {
                return;
            }
        }

        _unclassedOpening = _sentence;
    }

    // Whether an organisation named in <paramref name="sentence"/> stands before an unclassed name
    // that opened a later sentence.
    private bool BeforeUnclassedOpening(int sentence) => sentence < _unclassedOpening;
}
