using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La ragazza sul trapezio è Sara Colombo, figlia di …", "The woman at the tiller is Helen Marsh, …", "Die
// Frau an der Kasse ist Hanne Bechtel.", "La trésorière, c'est Hélène Marchal.": an opening that describes
// someone by what they do or where they stand, a copula, then a person named in full. Subject and name
// are one person, the one the writer turns to: a dropped subject, pronoun or cue-less quote after it
// means them. Before, the opening article read as a sentence opened by its subject, which names no one
// (SpeakerFinder.InvertedSubject.cs leaves such sentences alone), and the next cue went back to the
// speaker before. The first-name-and-age form is SpeakerFinder.PredicateNewcomer.cs's.
// Stops: an opening that is no definite description (a possessive, a pronoun, a name of its own:
// "Il figlio di Marco Villa è …"), a copula further than a short description, a word after the copula
// that is no filler, article or role ("la colpa è di Luca Villa": an object), a name that a clause goes
// on after or that is followed by a second person, and a sentence with a quote of its own.
internal sealed partial class SpeakerFinder
{
    // "La senhora da banca das flores é": the describing words before the copula.
    private const int MaxDescriptionWords = 6;

    // After a sentence with no quote of its own: the person named after a described subject's copula.
    private void TrackPredicateFullName(IReadOnlyList<Token> sentence, string? sentenceSpeaker)
    {
        if (sentenceSpeaker is not null || PredicateFullName(sentence) is not { } person)
        {
            return;
        }

        _state.Mentioned(person);
        _state.OtherSubjectSinceQuoted = true;
        _state.LastSubject = person;
        _state.LastSubjectSentence = _state.Sentence;
        _lastSubjectAlone = true;
    }

    private string? PredicateFullName(IReadOnlyList<Token> sentence)
    {
        // The cheap look first: a sentence opened by a capitalised definite article.
        if (sentence.Count < 6 || !sentence[0].IsCapitalized || !_cues.Is(sentence[0], WordClass.Definite)
            || !sentence[1].IsWord || (sentence[1].IsCapitalized && !_cues.Words.CapitalisesNouns)
            || _cues.Is(sentence[1], WordClass.Pronoun | WordClass.Possessive | WordClass.Title))
        {
            return null;
        }

        var copula = DescriptionCopula(sentence);
        if (copula < 0)
        {
            return null;
        }

        var start = copula + 1;
        // "Il primo ad arrivare è stato Marco Ferri": a copula of two words.
        if (start < sentence.Count && sentence[start].IsLower && _cues.Words.Copulas.Contains(sentence[copula].Through(sentence[start])))
        {
            start++;
        }

        for (var fillers = 0; start < sentence.Count && fillers < 2 && sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Filler); fillers++)
        {
            start++;
        }

        // "è il veterano Piero Gatti": an article and a role before the name.
        if (start + 1 < sentence.Count && sentence[start].IsLower && _cues.Is(sentence[start], WordClass.Article) && IsRoleLike(sentence[start + 1]))
        {
            start += 2;
        }

        while (start < sentence.Count && IsRoleLike(sentence[start]) && start + 1 < sentence.Count && sentence[start + 1].IsCapitalized)
        {
            start++;
        }

        if (start >= sentence.Count || !sentence[start].IsCapitalized || !sentence[start].IsWord)
        {
            return null;
        }

        var end = start;
        while (end < sentence.Count && end - start < Phrase.MaxNameWords && sentence[end].IsCapitalized)
        {
            end++;
        }

        end = PersonNameWithinRun(sentence, start, end);
        // "El primero en llegar fue Julio Marín.": a name that ends the sentence has no clause going on after it either.
        if (end - start < 2 || (end < sentence.Count && sentence[end].Kind != TokenKind.Comma && !(end == sentence.Count - 1 && sentence[end].Kind == TokenKind.Terminal)) || Phrase.Join(sentence, start, end) is var name && !IsPersonNamed(name)
            || _cast.IsOrganisation(name) || NamesSecondPerson(sentence, end))
        {
            return null;
        }

        return _names.Complete(name);
    }

    // The copula after a description of one to six words opened by its article ("La ragazza sul trapezio
    // è"), or after its comma where French takes the subject up again ("La trésorière du club, c'est"); -1
    // when a word in between is no plain word, or two capitalised words make a name of its own.
    private int DescriptionCopula(IReadOnlyList<Token> sentence)
    {
        for (var k = 2; k <= MaxDescriptionWords + 1 && k + 2 < sentence.Count; k++)
        {
            var word = sentence[k];
            if (word.IsWord && word.IsLower && _cues.Words.NameCopulas.Contains(Elision.Tail(word.Span)))
            {
                // "c'est" after its comma; the bare copula after a word.
                var elided = Elision.Tail(word.Span).Length < word.Span.Length;
                return sentence[k - 1].IsWord || (elided && k >= 3 && sentence[k - 1].Kind == TokenKind.Comma && sentence[k - 2].IsWord) ? k : -1;
            }

            if (word.Kind == TokenKind.Comma && k + 1 < sentence.Count && sentence[k + 1].IsWord)
            {
                continue;
            }

            if (!word.IsWord || (word.IsCapitalized && (!_cues.Words.CapitalisesNouns || (sentence[k - 1].IsCapitalized && k > 2)))
                || _cues.Is(word, WordClass.Pronoun | WordClass.Possessive | WordClass.Title) || _cues.IsReportingVerb(word))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether another person named in full follows the name past a coordinator ("Sara Colombo e Luca
    // Villa", "…, with Tom Vale"): either may be meant.
    private bool NamesSecondPerson(IReadOnlyList<Token> sentence, int end)
    {
        for (var k = end + 1; k + 1 < sentence.Count && k < Cues.MaxReach; k++)
        {
            if (sentence[k].IsCapitalized && sentence[k + 1].IsCapitalized && sentence[k - 1].IsLower
                && _cues.Is(sentence[k - 1], WordClass.Coordinator) && IsPersonNamed(Phrase.Join(sentence, k, k + 2)))
            {
                return true;
            }
        }

        return false;
    }
}
