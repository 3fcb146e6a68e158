using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "Ionut, 41 ans, vient …", "Ionut, de 41 años, …", "Ionut, 41, has come …", "Ionut (41) kommt …": a
// feature meets some people by a first name alone and gives their age right after it. No full name of
// the article opens or ends with the word, so the name rules cannot say it is a person; the age does,
// as no place or body is given an age. A later pronoun or dropped subject means that person.
internal sealed partial class SpeakerFinder
{
    // An age in digits is at most three of them: "Lescarrat, 2019, …" gives a year.
    private const int MaxAgeDigits = 3;

    // The one-word names this article gave an age as it opened a sentence.
    private readonly HashSet<string> _agedFirstNames = new(StringComparer.Ordinal);

    // The one-word name opening the sentence when its age follows it, noted as a person's; null otherwise.
    // A word that ends a full name of the article is a surname, which IntroducedBySurname reads.
    private string? NoteAgedFirstName(IReadOnlyList<Token> sentence)
    {
        const int MinNameLength = 2;
        var word = sentence.Count > 4 ? sentence[0] : default;
        if (!word.IsWord || !word.IsCapitalized || word.Span.Length < MinNameLength || LetterCase.IsAcronym(word.Span)
            || _cues.Is(word, WordClass.Title | WordClass.RoleNoun | WordClass.Definite | WordClass.Indefinite | WordClass.NotName)
            || _cues.Is(word, WordClass.Pronoun) || !(IsAgeAfterName(sentence) || Phrase.PastBracketedAge(sentence, 1) == 4 && IsShortNumber(sentence[2])))
        {
            return null;
        }

        var name = word.Text;
        if (_cast.IsOrganisation(name) || _plausibility.EndsAnyFullName(word.Span))
        {
            return null;
        }

        _agedFirstNames.Add(name);
        return name;
    }

    // ", 41 ans,", ", de 41 años,", ", 41," after the sentence's first word, the number short enough to be an age.
    private bool IsAgeAfterName(IReadOnlyList<Token> sentence)
    {
        var number = sentence[2].IsLower ? 3 : 2;
        return IsIntroducedByAge(sentence, 0) && number < sentence.Count && IsShortNumber(sentence[number]);
    }

    private static bool IsShortNumber(Token token)
        => token.IsWord && token.Span.Length <= MaxAgeDigits && Digits.Only(token.Span);
}
