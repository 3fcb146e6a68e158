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
        var word = sentence.Count > 4 ? sentence[0] : default;
        if (!word.IsWord || !word.IsCapitalized || !MayBeFirstName(word)
            || _cues.Is(word, WordClass.Pronoun) || !(IsAgeAfterName(sentence, 0) || Phrase.PastBracketedAge(sentence, 1) == 4 && IsShortNumber(sentence[2])))
        {
            return null;
        }

        if (PersonsFirstName(word) is not { } name)
        {
            return null;
        }

        _agedFirstNames.Add(name);
        return name;
    }

    // Whether `word`, capitalised, may be a first name given alone: no initials, acronym, title, role or article.
    private bool MayBeFirstName(Token word)
    {
        const int MinNameLength = 2;
        return word.Span.Length >= MinNameLength && !LetterCase.IsAcronym(word.Span)
            && !_cues.Is(word, WordClass.TitleOrRole | WordClass.Article | WordClass.NotName);
    }

    // The first name `word` gives, or null when it names an organisation or ends a full name of the article (a surname,
    // which IntroducedBySurname reads).
    private string? PersonsFirstName(Token word)
        => _cast.IsOrganisation(word.Text) || _plausibility.EndsAnyFullName(word.Span) ? null : word.Text;

    // ", 41 ans,", ", de 41 años,", ", 41," after the name at `at`, the number short enough to be an age.
    private bool IsAgeAfterName(IReadOnlyList<Token> sentence, int at)
    {
        var number = at + 2 < sentence.Count && sentence[at + 2].IsLower ? at + 3 : at + 2;
        return IsIntroducedByAge(sentence, at) && number < sentence.Count && IsShortNumber(sentence[number]);
    }

    private static bool IsShortNumber(Token token)
        => token.IsWord && token.Span.Length <= MaxAgeDigits && Digits.Only(token.Span);
}
