using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Die Volksbank Auental und die Raiffeisenbank Hohenfeld warnen …", "La Asociación de Vecinos de
// Valdecea y la Asociación Vecinal del Ensanche piden …", "Harwick Council and Somerset County
// Council …": bodies named side by side, joined by a coordinator or a comma. The sentence's subject
// reading records one of them at most, so the guard for two bodies of one kind
// (Cast.KindNounTwoBodies.cs) never saw the others: "teilte die Bank mit" then meant the first bank,
// where either may be meant and a wrong speaker is worse than none. Every body named right after
// such a joint is kept apart here, with its kind, and the guard counts it as another body of that
// kind. Nothing else reads it: "it", the latest body and a noun of another kind mean whom they
// meant before, so the rule can only take a speaker back, never give one.
// A name counts as a body here by a body's word in its head (the words before its first link to a
// complement: "Raiffeisenbank Hohenfeld", "Asociación Vecinal del Ensanche", "Somerset County
// Council"), or by a body's noun before it ("y la asociación Vecinos Unidos"). Not a complement's
// second group ("Asociación de Consumidores y Usuarios de Valdecea": "Usuarios" is no body's word),
// nor a body inside the complement ("Comisión de Agricultura y Ganadería del Parlamento").
internal sealed partial class Cast
{
    // The bodies named after a coordinator or a comma, with their kind and sentence; made at the first.
    private List<(string Name, string Kind, int Sentence)>? _coordinated;

    // After the joint at `joint`: maybe an article, maybe a body's noun in lower case, and a
    // capitalised name. Asked first by the tokens' case and class: most joints have none of it after them.
    private void ReadCoordinatedBody(IReadOnlyList<Token> sentence, int joint)
    {
        var start = joint + 1;
        if (joint == 0 || start + 1 >= sentence.Count || !sentence[joint - 1].IsWord
            || !(sentence[joint - 1].IsCapitalized || _cues.Is(sentence[joint - 1], WordClass.OrganisationNoun))
            || !sentence[start].IsWord)
        {
            return;
        }

        // "und die Raiffeisenbank …", "and Somerset County Council": the article may be left out.
        if (sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Definite))
        {
            start++;
        }
        else if (!sentence[start].IsCapitalized)
        {
            return;
        }

        if (start >= sentence.Count)
        {
            return;
        }

        string? kind = null;
        if (sentence[start].IsLower && _cues.Is(sentence[start], WordClass.OrganisationNoun) && start + 1 < sentence.Count)
        {
            kind = sentence[start].Text;
            start++;
        }

        // The head: capitalised words up to the first link or the name's end.
        var end = start;
        var proper = kind is not null;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized && sentence[end].IsWord)
        {
            if (!_cues.Words.IsOrganisationNoun(sentence[end].Span))
            {
                proper = true;
            }
            else if (kind is null && !_cues.Words.DocumentNouns.Contains(sentence[end].Span))
            {
                kind = sentence[end].Text;
            }

            end++;
        }

        // "Brandl & Söhne, das Familienunternehmen aus dem Talgrund": after a comma, a body's noun
        // alone (a German noun is capitalised) describes the body before it, no second one.
        if (end == start || kind is null || (!proper && sentence[joint].Kind == TokenKind.Comma))
        {
            return;
        }

        // "Asociación Vecinal del Ensanche": a link and a capitalised complement go on with the name.
        while (end + 1 < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsLower
            && _cues.Words.OrganisationLinks.Contains(sentence[end].Span) && sentence[end + 1].IsCapitalized)
        {
            end += 2;
            while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized && sentence[end].IsWord)
            {
                end++;
            }
        }

        (_coordinated ??= new List<(string, string, int)>()).Add((Phrase.Join(sentence, start, end), kind, _sentence));
        // "La Asociación de Vecinos de Valdecea y la Asociación Vecinal del Ensanche": the subject's
        // reading may have kept the second name, so the first is kept too, once the second is a body.
        ReadBodyBeforeJoint(sentence, joint);
    }

    // The body whose name ends right before the joint: capitalised words and links to capitalised
    // complements, read back to its article or a body's noun in lower case before it.
    private void ReadBodyBeforeJoint(IReadOnlyList<Token> sentence, int joint)
    {
        var start = joint;
        while (start > 0 && joint - start < Phrase.MaxNameWords && sentence[start - 1].IsWord
            && (sentence[start - 1].IsCapitalized
                || (start > 1 && sentence[start - 1].IsLower && _cues.Words.OrganisationLinks.Contains(sentence[start - 1].Span) && sentence[start - 2].IsCapitalized))
            && !_cues.Is(sentence[start - 1], WordClass.Definite))
        {
            start--;
        }

        // "La Asociación …" opening the sentence: its capitalised article is none of the name.
        while (start < joint && _cues.Is(sentence[start], WordClass.Definite))
        {
            start++;
        }

        if (start == joint || !sentence[start].IsCapitalized)
        {
            return;
        }

        string? kind = null;
        if (start > 0 && sentence[start - 1].IsLower && _cues.Is(sentence[start - 1], WordClass.OrganisationNoun))
        {
            kind = sentence[start - 1].Text;
        }

        for (var i = start; kind is null && i < joint && !sentence[i].IsLower; i++)
        {
            if (_cues.Words.IsOrganisationNoun(sentence[i].Span) && !_cues.Words.DocumentNouns.Contains(sentence[i].Span))
            {
                kind = sentence[i].Text;
            }
        }

        if (kind is not null)
        {
            _coordinated!.Add((Phrase.Join(sentence, start, joint), kind, _sentence));
        }
    }

    // Whether a body named in a coordination, other than `meant`, is of the kind `noun` means.
    // A name that is part of the one meant, or holds it, is that body ("Asociación de Vecinos" of
    // the whole name read by another rule).
    private bool CoordinatedOfKind(string noun, string meant)
    {
        if (_coordinated is null)
        {
            return false;
        }

        foreach (var (name, kind, sentence) in _coordinated)
        {
            if (meant.IndexOf(name, StringComparison.Ordinal) >= 0 || name.IndexOf(meant, StringComparison.Ordinal) >= 0
                || IsShortFormOf(name, meant) || IsShortFormOf(meant, name))
            {
                continue;
            }

            if (IsOfKind(kind, noun, sentence))
            {
                return true;
            }
        }

        return false;
    }
}
