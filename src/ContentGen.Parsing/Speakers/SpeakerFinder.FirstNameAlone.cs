using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Su hija, Marta Rubiales, … «…», dice Marta.", "Jannie kijkt haar na.", "añadió Kenji": a
// feature writes a person met in full by the first name alone, as a title does for a knight ("Sir
// Alan"). The word stands for the one salient person whose full name it opens, under the same
// guards (see FirstNameOfSalient): no full name of the article ends with it (it is no one's
// surname), the article never writes it after Mr or Herr, two full names do not open with it, and
// no organisation is meant. A sentence that opens on the first name alone ("Encarnación guarda las
// cartas.") makes its person the one a later pronoun or dropped subject means, as a surname alone
// does (IntroducedBySurname), even when that person was named paragraphs before and is no longer
// salient: then the article must give one full name that opens with the word.
internal sealed partial class SpeakerFinder
{
    // Whether a one-word name may be a first name alone: no full name of the article ends with it,
    // and no title for surnames stands before it.
    private bool IsUntitledFirstName(string name)
        => !_plausibility.EndsAnyFullName(name.AsSpan()) && !_genders.IsTitledSurname(name);

    // "Encarnación guarda las cartas.": the person whose first name alone opens the sentence, or null.
    private string? IntroducedByFirstName(IReadOnlyList<Token> sentence)
    {
        // The first name is the sentence's first word and a verb follows it: "But Bob in the 1990s
        // became …" and "Wenger's Bayern counterpart" are about someone, "Amnesty chief" is a role.
        var subject = OpeningSubject(sentence);
        if (subject.End != 1 || sentence.Count < 3 || !sentence[1].IsWord || !sentence[1].IsLower
            || _cues.Is(sentence[1], WordClass.RoleNoun | WordClass.Title | WordClass.Definite | WordClass.Indefinite)
            || subject.Kind != SubjectKind.Name || subject.IsOrganisation || subject.Text.IndexOf(' ') >= 0
            || _cast.IsOrganisation(subject.Text) || !IsUntitledFirstName(subject.Text) || _names.OpensSeveralFullNames(subject.Text))
        {
            return null;
        }

        // Whether the word may be a name at all is asked last: it reads the article's other words.
        return (_state.OnlySalientOpenedBy(subject.Text) ?? _plausibility.OnlyFullNameOpenedBy(subject.Text)) is { } full && !_cast.IsOrganisation(full)
            && _plausibility.IsPlausible(subject.Text)
            ? full
            : null;
    }
}
