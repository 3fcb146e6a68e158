using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Aurora Fenwick keeps a vegetable patch by the wood. Since she saw the bear, she has not let the
// grandchildren out alone. ¶ "…"", "Aurora Fendt hat ihren Garten am Waldrand. Seit sie das Tier
// gesehen hat, lässt sie die Enkel nicht mehr hinaus. „…“", "Aurora Fernández tiene la huerta junto
// al monte. Desde que vio al animal, no deja salir solos a los nietos. «…»": a sentence that goes on
// telling of the person the sentence before was about keeps that person in focus, though it opens on a
// clause of its own; a quote with no cue after it is theirs (S9), as it is after "She has not let …"
// or "Ha dejado …" (PronounSubject, SpeakerFinder.DroppedSubjectGoesOn.cs).
// Two shapes, each read only after a sentence whose subject was that person alone, and only in a
// sentence that reports nothing, names no one and holds no quote:
// - a subordinate clause opens the sentence with a singular subject pronoun ("Since she", "Seit sie",
//   "Sinds ze", "Quand elle", "Desde que ella"), and the main clause after its comma has the same
//   pronoun as its subject (after the verb where the verb stands second), meaning that person;
// - in a language that drops its subjects, the main clause (after such a clause, or opening the
//   sentence) opens on a negation and a lower-case verb ("No deja", "Non lascia", "Não deixa"): an
//   impersonal "se" or "si" after the negation ("No se sabe", "Non si sa") tells of no one.
internal sealed partial class SpeakerFinder
{
    // The words of an opening clause at most, up to its comma.
    private const int MaxClauseBeforeMainTokens = 14;

    // The person the pronoun after an opening clause with the same pronoun means, when that is the
    // subject of the sentence just before and the pronoun's gender is not the other one the article
    // gave that person (a man's "he" after Mrs Fenwick is someone else); or null. Read by PronounSubject.
    private string? PersonAfterOpeningClause(IReadOnlyList<Token> sentence)
    {
        if (_state.LastSubject is not { } last || _state.LastSubjectSentence != _state.Sentence - 1 || !_lastSubjectAlone)
        {
            return null;
        }

        var pronoun = PronounAfterOwnClause(sentence);
        return pronoun >= 0 && !_cues.HasReportingVerb(sentence, int.MaxValue)
            && Resolve(new Subject(SubjectKind.Pronoun, sentence[pronoun].Text, pronoun + 1)) is { } meant
            && string.Equals(meant, last, StringComparison.Ordinal) && !_cast.IsOrganisation(meant)
            && !IsOtherGender(_genders.OfPronoun(sentence[pronoun].Text), _genderOf(meant))
                ? meant
                : null;
    }

    private static bool IsOtherGender(Gender pronoun, Gender person)
        => pronoun != Gender.Unknown && person != Gender.Unknown && pronoun != person;

    // "Desde que vio al animal, no deja …", "No deja salir …": keeps the last subject as the one
    // this sentence is about, in a language that drops its subjects.
    private void TrackDroppedSubjectPastClause(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || !_cues.Words.DropsSubjects || _state.LastSubject is null || !_lastSubjectAlone
            || _state.LastSubjectSentence != _state.Sentence - 1 || _state.LastQuotedSentence >= _state.LastSubjectSentence
            || sentence.Count < 3 || _cues.HasReportingVerb(sentence, int.MaxValue))
        {
            return;
        }

        var clauseEnd = OpeningClauseComma(sentence, ClauseOpenerEnd(sentence));
        var main = clauseEnd < 0 ? 0 : clauseEnd + 1;
        if (main + 1 >= sentence.Count || !sentence[main].IsWord || !_cues.Words.Negations.Contains(sentence[main].Span)
            || !sentence[main + 1].IsWord || !sentence[main + 1].IsLower || _cues.Words.ReadingClitics.Contains(sentence[main + 1].Span))
        {
            return;
        }

        // "No lo sabe Marta Vidal": a capitalised word past the opening names someone the sentence may be about.
        for (var k = 1; k < sentence.Count; k++)
        {
            if (sentence[k].IsCapitalized || sentence[k].Kind == TokenKind.Quote)
            {
                return;
            }
        }

        _state.LastSubjectSentence = _state.Sentence;
    }

    // The index of the main clause's subject pronoun after an opening clause whose own subject is the
    // same singular pronoun: "Since she saw it, she", "Seit sie es sah, lässt sie"; or -1.
    private int PronounAfterOwnClause(IReadOnlyList<Token> sentence)
    {
        var own = ClauseOpenerEnd(sentence);
        if (own < 0 || own >= sentence.Count || !sentence[own].IsLower || !_cues.Is(sentence[own], WordClass.Pronoun)
            || PluralPronoun.Means(sentence[own].Text, _cues.Words.PluralPronouns))
        {
            return -1;
        }

        var comma = OpeningClauseComma(sentence, own + 1);
        if (comma < 0)
        {
            return -1;
        }

        // Where the verb stands second, it comes between the comma and the pronoun, and a plural ending says "sie" are several.
        var verbSecond = _cues.Words.VerbSecond;
        var slot = verbSecond ? comma + 2 : comma + 1;
        if (slot >= sentence.Count || (verbSecond && (!sentence[comma + 1].IsWord || !sentence[comma + 1].IsLower
            || PluralVerbs.HasPluralEnding(_cues.Words, sentence[comma + 1].Span))))
        {
            return -1;
        }

        return sentence[slot].IsWord && sentence[slot].Span.Equals(sentence[own].Span, StringComparison.OrdinalIgnoreCase) ? slot : -1;
    }

    // Where the words after a clause's opener start: after a subordinator opening the sentence ("Since",
    // "Quand", "Cuando"), or after a preposition and a complementiser or subordinator ("Desde que",
    // "Da quando"), or after a preposition alone that opens a clause whose subject follows ("Seit sie");
    // -1 when the sentence opens on none.
    private int ClauseOpenerEnd(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 4 || !sentence[0].IsCapitalized)
        {
            return -1;
        }

        if (_cues.IsSubordinator(sentence, 0))
        {
            return 1;
        }

        if (!_cues.IsOpeningPreposition(sentence[0]))
        {
            return -1;
        }

        return sentence[1].IsLower && (_cues.IsSubordinator(sentence, 1) || _cues.Is(sentence[1], WordClass.Complementiser)) ? 2 : 1;
    }

    // The comma that closes an opening clause from `from`, within a few words, holding no quote and
    // no name (where nouns are written in lower case, a capitalised word is one); or -1.
    private int OpeningClauseComma(IReadOnlyList<Token> sentence, int from)
    {
        if (from <= 0)
        {
            return -1;
        }

        for (var k = from; k < sentence.Count && k <= MaxClauseBeforeMainTokens; k++)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                return k > from ? k : -1;
            }

            if (!token.IsWord || (token.IsCapitalized && !_cues.Words.CapitalisesNouns))
            {
                return -1;
            }
        }

        return -1;
    }
}
