using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// A body given as where words come from: "aus der Behörde", "dall'azienda", "desde la Consejería
// de Sanidad", "da Câmara Municipal de Vale Fundo", "uit het ministerie".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body after a preposition of source at <paramref name="from"/>: the name given there
    /// ("desde la Consejería de Sanidad", "desde la empresa Obras Valdeluna"), or the body's noun
    /// alone ("aus der Behörde", "dall'azienda"), which the cast resolves to the latest named
    /// organisation of its kind. A place ("aus Berlin"), a time ("desde el inicio") or a document
    /// is no body: <see cref="Subject.None"/>.
    /// </summary>
    public Subject BodyFrom(IReadOnlyList<Token> sentence, int from) => BodyAfter(sentence, from, _words.SourcePrepositions);

    // The body after one of `prepositions` at `from`, as BodyFrom reads it.
    private Subject BodyAfter(IReadOnlyList<Token> sentence, int from, WordTable prepositions)
    {
        if (!PastPreposition(sentence, from, prepositions, out var elided, out var noun))
        {
            return elided;
        }

        if (noun >= sentence.Count || !WordClasses.Has(_words, sentence[noun], WordClass.OrganisationNoun) || _words.DocumentNouns.Contains(sentence[noun].Span))
        {
            return Subject.None;
        }

        if (!NamedAfter(sentence, noun + 1))
        {
            return new Subject(SubjectKind.Organisation, sentence[noun].Text, noun + 1);
        }

        // "la Consejería de Sanidad" is named from its noun; "la empresa Obras Valdeluna" after it.
        var start = sentence[noun].IsCapitalized ? noun : noun + 1;
        var end = OrganisationNameEnd(sentence, start);
        return new Subject(SubjectKind.Name, Join(sentence, start, end), end, isOrganisation: true);
    }

    /// <summary>Whether <paramref name="token"/> is a preposition of source, alone or elided with its article ("dall'").</summary>
    public bool IsSourcePreposition(Token token)
        => _words.SourcePrepositions.Contains(token.Span)
        || (Elision.TrySplit(token.Span, out var head, out _) && _words.SourcePrepositions.Contains(head));

    /// <summary>
    /// The end of an organisation's name from <paramref name="start"/>: capitalised words, and a
    /// lower-case link between two ("Consejería de Sanidad", "Câmara Municipal de Vale Fundo").
    /// </summary>
    public int OrganisationNameEnd(IReadOnlyList<Token> sentence, int start)
    {
        var end = start;
        while (end < sentence.Count && end - start < MaxNameWords && (sentence[end].IsCapitalized || (sentence[end].IsLower
            && _words.OrganisationLinks.Contains(sentence[end].Span) && end + 1 < sentence.Count && sentence[end + 1].IsCapitalized)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Reads a preposition of <paramref name="prepositions"/> at <paramref name="at"/> and the
    /// article after it, and gives in <paramref name="next"/> the word past them. False when the
    /// word is no such preposition, or is one elided with its article and noun ("dall'azienda"):
    /// then <paramref name="elided"/> is that noun's body, or <see cref="Subject.None"/>.
    /// </summary>
    private bool PastPreposition(IReadOnlyList<Token> sentence, int at, WordTable prepositions, out Subject elided, out int next)
    {
        elided = Subject.None;
        next = at + 1;
        if (at >= sentence.Count || !sentence[at].IsWord)
        {
            return false;
        }

        if (Elision.TrySplit(sentence[at].Span, out var head, out var tail))
        {
            if (prepositions.Contains(head) && IsBodyNoun(tail) && !NamedAfter(sentence, at + 1))
            {
                elided = new Subject(SubjectKind.Organisation, tail.ToString(), at + 1);
            }

            return false;
        }

        if (!prepositions.Contains(sentence[at].Span))
        {
            return false;
        }

        if (next < sentence.Count && sentence[next].IsLower && Is(sentence[next], WordClass.Definite))
        {
            next++;
        }

        return true;
    }

    // An organisation's noun that names no document: "la nota dell'azienda" speaks through its issuer's words elsewhere.
    private bool IsBodyNoun(ReadOnlySpan<char> word) => _words.OrganisationNouns.Contains(word) && !_words.DocumentNouns.Contains(word);

    // Whether a name follows the noun: a capitalised word, or a link before one ("de Sanidad").
    // ("am Freitag" after a German noun is no part of a name).
    private bool NamedAfter(IReadOnlyList<Token> sentence, int next)
        => next < sentence.Count && (sentence[next].IsCapitalized
        || (GoesOn(sentence, next) && _words.OrganisationLinks.Contains(sentence[next].Span)));
}
