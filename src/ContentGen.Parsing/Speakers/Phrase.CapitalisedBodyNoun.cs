using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A body that speaks by its noun alone (the lexicons' BareBodies, or a German compound body),
// capitalised after a definite article as the subject after a verb of saying: German "», sagte die
// Polizei", "teilte die Gemeinde mit", "erklärte das Landratsamt", Spanish "», advirtió el
// Ayuntamiento". Other capitalised nouns after an article ("said the Commission") are left to the
// name readers.
internal sealed partial class Phrase
{
    /// <summary>
    /// The body at <paramref name="start"/>, a definite article and one capitalised bare body's noun
    /// (or a German compound that ends in a body's noun) with no name or link after it: the noun, which the cast
    /// resolves to the latest named organisation of its kind, or, for a bare body, to the body
    /// itself. A document's noun, a name or a link after the noun ("die Polizei Lindenau", "the
    /// Company of Watermen") or anything else gives <see cref="Subject.None"/>.
    /// </summary>
    public Subject CapitalisedBodyNoun(IReadOnlyList<Token> sentence, int start)
    {
        var noun = start + 1;
        if (noun >= sentence.Count || !sentence[start].IsLower || !Is(sentence[start], WordClass.Definite) || !sentence[noun].IsCapitalized
            || _words.DocumentNouns.Contains(sentence[noun].Span)
            || !(_words.BareBodies.Contains(sentence[noun].Span) || _words.IsCompoundBody(sentence[noun].Span)))
        {
            return Subject.None;
        }

        var next = noun + 1;
        return next < sentence.Count && (sentence[next].IsCapitalized || (sentence[next].IsLower && IsLinkAfterBodyNoun(sentence[next])))
            ? Subject.None
            : new Subject(SubjectKind.Organisation, sentence[noun].Text, next);
    }

    // "the Company of Watermen", "a Department for Transport spokesman": a link goes on to the body's name.
    private bool IsLinkAfterBodyNoun(Token word)
        => _words.OrganisationLinks.Contains(word.Span) || Is(word, WordClass.EmployerLink | WordClass.Preposition);
}
