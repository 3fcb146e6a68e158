using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A paragraph that brings in someone new before a pronoun or a dropped subject: the person the
// pronoun would mean from an earlier paragraph is no safe guess any more. The reader records a
// sentence's subject only in the shapes it knows ("X a dit", "Le ministre X a dit"); a person
// introduced with a role or a description in a shape it does not know ("Der Kunsthistoriker X
// schätzt …", "Più cauto il collega …, X, che …", "In a letter …, the head teacher …, X, said …")
// went unrecorded, and the pronoun then took whoever spoke before the paragraph began. A name
// with no role or description (an opponent, a team-mate, a place read as a name) introduces no
// one: the paragraph may still be about the person before.
internal sealed partial class SpeakerFinder
{
    private const int MaxParagraphPeople = 4;

    // The people the current paragraph names in its sentences before the one being read, by a
    // surname the article gives in full: all of them, and those introduced with a role or a
    // description. One list of each serves every paragraph.
    private readonly List<string> _paragraphNamed = new(MaxParagraphPeople);
    private readonly List<string> _paragraphIntroduced = new(MaxParagraphPeople);

    // Whether a sentence of the current paragraph before the one being read opened on a pronoun
    // ("He portrayed …"), or the paragraph opened in lower case, going on with a sentence of the
    // paragraph before: the paragraph goes on with someone the writer thought plain.
    private bool _paragraphGoesOn;

    private bool _paragraphStarted;

    // The sentence being read, whose own names say whether the person the paragraph introduced
    // is the one a pronoun in it means; null between paragraphs.
    private TokenRange? _readingSentence;

    private void ClearParagraphPeople()
    {
        _paragraphStarted = false;
        _paragraphNamed.Clear();
        _paragraphIntroduced.Clear();
        _paragraphGoesOn = false;
    }

    // After a sentence: the people it names by a surname the article gives to one full name, and
    // whether it opens on a pronoun and its verb.
    private void NoteParagraphPeople(IReadOnlyList<Token> sentence)
    {
        _paragraphGoesOn |= (!_paragraphStarted && sentence.Count > 0 && sentence[0].IsLower)
            || (sentence.Count > 2 && sentence[1].IsLower && LeadingPhrase(sentence).Kind == SubjectKind.Pronoun);
        _paragraphStarted = true;
        for (var i = 0; i < sentence.Count && i < Cues.MaxReach && _paragraphNamed.Count < MaxParagraphPeople; i++)
        {
            var token = sentence[i];
            if (!token.IsCapitalized || (i + 1 < sentence.Count && sentence[i + 1].IsCapitalized))
            {
                continue;
            }

            // "Campbell's e-mail": the possessor is named too.
            var span = token.Span;
            var word = Text.StringCache.Get(span.Slice(0, span.Length - NamePlausibility.PossessiveEnding(span)));
            if (word.Length == 0 || !_plausibility.IsKnownSurname(word) || _plausibility.FullNameOf(word) is not { } person
                || _cast.IsOrganisation(person) || _paragraphNamed.Contains(person))
            {
                continue;
            }

            _paragraphNamed.Add(person);
            if (IsIntroduced(sentence, i - Words(person) + 1, i))
            {
                _paragraphIntroduced.Add(person);
            }
        }
    }

    private static int Words(string name)
    {
        var words = 1;
        foreach (var c in name)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words;
    }

    // Whether the name over tokens first..last is brought in with a role or a description: after a
    // role, a title or a profession ("secretary X", "il giornalista X"), after an article and a noun
    // ("Der Kunsthistoriker X"), between commas after a description and before its verb or the
    // sentence's end ("…, X, said", "…des Flughafens, X."; not a list, "A, B, C and D"), or before
    // a comma and a description ("X, the Birmingham woman", "X, editor of …").
    private bool IsIntroduced(IReadOnlyList<Token> sentence, int first, int last)
    {
        if (first < 1 || !sentence[first].IsCapitalized)
        {
            return false;
        }

        var before = sentence[first - 1];
        if (before.IsWord && (_cues.Is(before, WordClass.Title | WordClass.RoleNoun) || _cues.Words.ProfessionEpithets.Contains(Elision.Tail(before.Span))))
        {
            return true;
        }

        if (before.IsWord && first >= 2 && sentence[first - 2].IsWord && _cues.Is(sentence[first - 2], WordClass.Definite | WordClass.Indefinite))
        {
            return true;
        }

        var after = last + 1 < sentence.Count ? sentence[last + 1] : default;
        if (before.Kind == TokenKind.Comma && first >= 2 && sentence[first - 2].IsWord
            && (last + 1 >= sentence.Count || after.Kind == TokenKind.Terminal || (after.Kind == TokenKind.Comma && last + 2 < sentence.Count && sentence[last + 2].IsLower)))
        {
            return true;
        }

        return after.Kind == TokenKind.Comma && last + 2 < sentence.Count && sentence[last + 2].IsWord
            && (_cues.Is(sentence[last + 2], WordClass.Definite | WordClass.Indefinite | WordClass.Title | WordClass.RoleNoun)
                || _cues.Words.ProfessionEpithets.Contains(Elision.Tail(sentence[last + 2].Span)));
    }

    // Whether `meant`, whom a pronoun or dropped subject would mean, was last made salient before
    // this paragraph, which has neither named them nor gone on with a pronoun, and has since
    // brought in someone else the pronoun could mean (not shown to be of the other gender): the
    // paragraph may be about that person, and no one is given rather than a guess.
    private bool OtherPersonIntroducedSince(string meant, Gender asked)
    {
        if (_paragraphIntroduced.Count == 0 || _paragraphGoesOn || _state.MentionedIn(meant) >= _state.Paragraph)
        {
            return false;
        }

        foreach (var named in _paragraphNamed)
        {
            if (string.Equals(named, meant, StringComparison.Ordinal) || EndsWithWord(meant, LastWord(named)))
            {
                return false;
            }
        }

        foreach (var person in _paragraphIntroduced)
        {
            var gender = _genderOf(person);
            if (asked == Gender.Unknown || gender == Gender.Unknown || gender == asked)
            {
                return true;
            }
        }

        return false;
    }

    // The one person the paragraph introduced, whom the pronoun then means ("Der Kunsthistoriker X
    // schätzt … „…“, fügte er hinzu."), or no one: when it introduced two, or when the pronoun's own
    // sentence names someone else ("Arnold, from Dartford, described …, she said").
    private string? IntroducedPersonMeant()
    {
        if (_paragraphIntroduced.Count != 1)
        {
            return null;
        }

        var person = _paragraphIntroduced[0];
        if (_readingSentence is { } sentence)
        {
            for (var i = 0; i < sentence.Count && i < Cues.MaxReach; i++)
            {
                var token = sentence[i];
                if (token.IsCapitalized && !(i + 1 < sentence.Count && sentence[i + 1].IsCapitalized) && !EndsWithWord(person, token.Text)
                    && _plausibility.IsKnownSurname(token.Text))
                {
                    return null;
                }
            }
        }

        return person;
    }
}
