using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Clientes da operadora Lumitel … «…», acrescentou a operadora", "A transportadora Ferroval encerrou …
// «…», adiantou a transportadora em comunicado", "La operadora Lumavia … «…», añadió la operadora": a
// firm's noun of its trade (the lexicons' FirmNouns) after a definite article, closing the subject, is a
// body's noun at the cue, as "the company" is; the cast then gives the firm it names by that noun (or a
// firm with no noun of its own), never a body named by another kind's noun. Before, these nouns were no
// subject at all after the verb, so "disse a empresa" read and "acrescentou a operadora" gave no one.
// Stops: a name set off after the noun is its holder, read before this ("informó en un comunicado la
// operadora, Trenes del X"); a noun the lexicon also lists as a body's noun is read as one already
// ("the operator"); the noun must end the subject ("a operadora de caixa" is a worker's trade).
internal sealed partial class Phrase
{
    private Subject FirmNounSubject(IReadOnlyList<Token> sentence, int start)
        => start + 1 < sentence.Count && IsDefinite(sentence[start])
            && (sentence[start + 1].IsLower || (_words.CapitalisesNouns && sentence[start + 1].IsCapitalized))
            && _words.FirmNouns.Contains(sentence[start + 1].Span) && !Is(sentence[start + 1], WordClass.OrganisationNoun)
            && EndsFirmNoun(sentence, start + 2)
            ? new Subject(SubjectKind.Organisation, sentence[start + 1].Text, start + 2)
            : Subject.None;

    // The subject ends at the noun, or a phrase of where or how it spoke follows ("em comunicado", "por
    // escrito", "en una nota", "teilte … mit"); a complement of whom or what ("operadora de caixa") makes
    // it a trade, and a name after it is the noun's holder, read before this.
    private bool EndsFirmNoun(IReadOnlyList<Token> sentence, int end)
        => EndsSubject(sentence, end)
        || (sentence[end].IsLower && !Is(sentence[end], WordClass.Preposition | WordClass.EmployerLink));
}
