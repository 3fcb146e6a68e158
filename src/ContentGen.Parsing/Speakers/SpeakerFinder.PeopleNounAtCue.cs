using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Tra i volontari che tirano la sfoglia c'è Gina Pardini. «…», racconta la volontaria, 76 anni.",
// "Assise à l'ombre, Marcelle Dubernet n'a manqué aucune édition. « … », sourit l'octogénaire.",
// "Edith Marlow has sold eggs there since 1971. \"…,\" laughs the stallholder.": a paragraph names
// one person and tells what they do without giving them a noun; the quote's cue then calls the
// speaker by a noun for someone ordinary (SpeechWords.PeopleNouns, or an age in words, AgeNouns),
// which the sieves read as no subject at all. A feature writer varies how they call the person
// just brought in; the noun means that person. Only the bare cue is read: a verb of reporting,
// a definite article and the noun (in either order), then a comma or the sentence's end ("sourit
// l'octogénaire, sa canne posée"); "dijo el vecino de enfrente" may be anyone across the road.
// The person's gender is the article's evidence, or else their given name's (GivenNameGender).
// Not read when the noun is the article's for someone (given to a named person, quoted or brought
// in unnamed before: the rules for those decide), when the paragraph names a second person or a
// body, quotes anyone before, or the person holds a role ("the mayor" is no pensioner), nor when
// the article or noun shows a gender the person is not known to have ("sourit la retraitée" after
// Gaston).
internal sealed partial class SpeakerFinder
{
    // At most this many words in the cue: the verb, the article and the noun.
    private const int BareCueWords = 3;

    // The one person this paragraph named before the quote, meant by a people noun the cue after
    // `quote` holds bare, or null. Asked when no one was found: the sieves read no subject, or read
    // the noun itself ("l'octogénaire", "la volontaria, 76 anni") and the cast gave it no one.
    private string? PeopleNounAtCue(IReadOnlyList<Token> sentence, int quote, Subject subject)
    {
        if (PeopleNounCue(sentence, quote, out var article, out var noun) is not { } text
            || (subject.IsFound && !Elision.Tail(subject.Text.AsSpan()).Equals(text.AsSpan(), StringComparison.OrdinalIgnoreCase))
            || _roles.Gave(text) || IsKnownDescription(text) || _roles.UsedBefore(text))
        {
            return null;
        }

        var person = ParagraphsOneNamedPerson();
        if (person is null || _cast.IsOrganisation(person) || _descriptions.Contains(person) || _bodies.Contains(person)
            || _roles.HoldsAnyRole(person, _complete) || IsGivenAgeUnfit(person, text))
        {
            return null;
        }

        // "sourit la retraitée" after a man, "recuerda el jubilado" after a woman: someone else.
        var articleGender = article.Length > 0 ? ArticleGender(article) : Gender.Unknown;
        var nounGender = _cues.Is(sentence[noun], WordClass.FemaleReferent) ? Gender.Female
            : _cues.Is(sentence[noun], WordClass.MaleReferent) ? Gender.Male
            : Gender.Unknown;
        // Where the article or the noun shows a gender, the person's must be known and the same: a
        // name the lists do not know may be either. A title or pronoun the article gives wins; with
        // none, a given name whose gender is plain ("Carmen Ortega", "Thierry Vasseur") tells it.
        var known = _genderOf(person);
        return (articleGender != Gender.Unknown && articleGender != known) || (nounGender != Gender.Unknown && nounGender != known)
            ? null
            : person;
    }

    // "Lucía Pardo, de 34 años, … «…», dice la anciana": an age the article gave the person that the
    // noun of age at the cue does not fit means someone else.
    private bool IsGivenAgeUnfit(string person, string noun)
    {
        if (!AgeRange(noun.AsSpan(), out var low, out var high, out _))
        {
            return false;
        }

        foreach (var (aged, age, _) in _givenAges)
        {
            if (string.Equals(aged, person, StringComparison.Ordinal) && (age < low || age > high))
            {
                return true;
            }
        }

        return false;
    }

    // The people noun of the bare cue right after `quote` (its comma aside): "racconta la
    // volontaria", "sourit l'octogénaire", "the stallholder laughs", then a comma or the end.
    // `article` is the definite article's text ("la"; empty when elided into the noun).
    private string? PeopleNounCue(IReadOnlyList<Token> sentence, int quote, out ReadOnlySpan<char> article, out int noun)
    {
        article = default;
        noun = -1;
        var k = quote + 1;
        if (k < sentence.Count && sentence[k].Kind == TokenKind.Comma)
        {
            k++;
        }

        var start = k;
        while (k < sentence.Count && sentence[k].IsWord && k - start <= BareCueWords)
        {
            k++;
        }

        var words = k - start;
        if (words is < 2 or > BareCueWords || (k < sentence.Count && sentence[k].Kind != TokenKind.Comma && !IsSentenceEnd(sentence[k])))
        {
            return null;
        }

        // The verb first ("racconta la volontaria") or last ("the stallholder laughs").
        var verbFirst = _cues.Is(sentence[start], WordClass.Reporting);
        var verbLast = !verbFirst && _cues.Is(sentence[k - 1], WordClass.Reporting);
        if (!verbFirst && !verbLast)
        {
            return null;
        }

        var from = verbFirst ? start + 1 : start;
        var to = verbFirst ? k : k - 1;
        ReadOnlySpan<char> tail;
        if (to - from == 2 && _cues.Is(sentence[from], WordClass.Definite))
        {
            article = sentence[from].Span;
            noun = from + 1;
            tail = sentence[noun].Span;
        }
        else if (to - from == 1 && Elision.TrySplit(sentence[from].Span, out var head, out var elided) && _cues.Words.Definites.Contains(head))
        {
            noun = from;
            tail = elided;
        }
        else
        {
            return null;
        }

        return (_cues.Words.PeopleNouns.Contains(tail) || _cues.Words.AgeNouns.Contains(tail)) && !_cues.Words.SpokesNouns.Contains(tail)
            ? Text.StringCache.Get(tail)
            : null;
    }

    private static bool IsSentenceEnd(Token token) => token.Kind == TokenKind.Terminal;
}
