using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Quillby, the Sheffield-based maker of ovens and dishwashers, said …", "os trabalhadores da Hidrovela,
// a concessionária que distribui a água", "Kroll, der Hersteller von Pumpen, teilte mit": a name whose
// words hold no body's noun is a firm's when an appositive says what it makes or does (Cast.ApposedBody
// and Cast.ApposedBodyInside read the appositive). The firm gets no kind of its own, so "the company",
// "the firm", "a empresa" or "it" later mean it as the firm named last; "the maker" of a person's film
// ("X, the maker of the film A Long Tide") is no such noun in the lists, which hold only firms' nouns.
internal sealed partial class Cast
{
    // The firm's noun heads the appositive: it ends there, goes on over a preposition or a relative
    // pronoun ("the maker of", "a concessionária que"), or closes as an appositive inside the sentence.
    // In German a compound ending in one is the firm's noun too ("ein IT-Dienstleister aus Passau").
    private bool ApposedFirmNoun(IReadOnlyList<Token> sentence, int k, bool inside)
        => sentence[k].IsWord && IsFirmOfTradeNoun(sentence[k].Span) && Heads(sentence, k, inside);

    // "Shares in Anglo-Swedish drug group …": a people's adjective, alone or in a compound, describes the firm and is no name.
    private bool IsDemonymCompound(ReadOnlySpan<char> word)
    {
        while (word.Length > 0)
        {
            var hyphen = word.IndexOf('-');
            var part = hyphen < 0 ? word : word.Slice(0, hyphen);
            if (_cues.Words.Demonyms.Contains(part) || _cues.Words.NationalityNouns.Contains(part))
            {
                return true;
            }

            word = hyphen < 0 ? default : word.Slice(hyphen + 1);
        }

        return false;
    }

    // "Sheffield-based", "Frankfurt-listed": a capitalised word joined to a lower-case one by a hyphen.
    private static bool IsCompoundAdjective(Token word)
    {
        var span = word.Span;
        var hyphen = span.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < span.Length && char.IsLower(span[hyphen + 1]);
    }
}

// "Shares in Veltrane, a smaller rival, slipped 2%.", "As ações da Hidrovela caíram", "Die Aktien von
// Kroll Metall legten zu": whose shares a sentence names is a firm, which "the company" later means.
// Not a person's surname ("shares in Smith's company" has a possessive, read as no name here).
internal sealed partial class Cast
{
    // The share noun at `noun` was found by the caller, from the token's classes.
    private void ReadSharesIn(IReadOnlyList<Token> sentence, int noun, int paragraph)
    {
        if (NameAfterLink(sentence, noun, locatives: true) is not (var start and >= 0))
        {
            return;
        }

        if (!_cues.Is(sentence[start], WordClass.TitleOrRole)
            && _cues.Phrase.ReadForward(sentence, start) is { Kind: SubjectKind.Name } firm && !_isSurname(firm.Text)
            && !NamePlausibility.IsPossessive(sentence[firm.End - 1].Span) && !IsDemonymCompound(sentence[start].Span))
        {
            Organisation(firm.Text, paragraph);
        }
    }
}
