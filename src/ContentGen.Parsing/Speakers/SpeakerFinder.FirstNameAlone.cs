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
        if (OpeningFirstName(sentence) is not { } subject || _names.OpensSeveralFullNames(subject.Text))
        {
            return null;
        }

        // Whether the word may be a name at all is asked last: it reads the article's other words.
        return (_state.OnlySalientOpenedBy(subject.Text) ?? _plausibility.OnlyFullNameOpenedBy(subject.Text)) is { } full && !_cast.IsOrganisation(full)
            && _plausibility.IsPlausible(subject.Text)
            ? full
            : null;
    }

    // "Ramón mira a su hija.", the article naming Ramón Ordás and Ramón Pérez: a first name alone
    // that opens two full names or more of the article opens the sentence as its subject. One of
    // them is meant, which the word does not tell; not the body or other person quoted before, to
    // whom a later dropped subject or pronoun reached back. Whether the person quoted last is one
    // of them ("«…», dice Ramón Ordás. Ramón mira a su madre."): then nothing changes.
    private bool OpensOnFirstNameOfSeveral(IReadOnlyList<Token> sentence)
        => OpeningFirstName(sentence) is { } subject && _names.OpensSeveralFullNames(subject.Text)
            && !(_state.LastQuoted is { } last && last.Length > subject.Text.Length && last[subject.Text.Length] == ' '
                && last.StartsWith(subject.Text, StringComparison.Ordinal))
            && _plausibility.IsPlausible(subject.Text);

    // The sentence's subject when it is one word, a first name alone (no full name of the article
    // ends with it, no title for surnames stands before it, no organisation), and a verb follows
    // it: "But Bob in the 1990s became …" and "Wenger's Bayern counterpart" are about someone,
    // "Amnesty chief" is a role. Null otherwise.
    private Subject? OpeningFirstName(IReadOnlyList<Token> sentence)
    {
        var subject = OpeningSubject(sentence);
        return subject.End != 1 || sentence.Count < 3 || !sentence[1].IsWord || !sentence[1].IsLower
            || _cues.Is(sentence[1], WordClass.TitleOrRole | WordClass.Article)
            || subject.Kind != SubjectKind.Name || subject.IsOrganisation || subject.Text.IndexOf(' ') >= 0
            || _cast.IsOrganisation(subject.Text) || !IsUntitledFirstName(subject.Text)
            ? null
            : subject;
    }
}
