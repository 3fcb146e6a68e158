using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The loudest cheer was kept for fisherman Tom Vale, who waited in the rain. He said …": a
// sentence whose subject is a thing (an article or a demonstrative and a noun that names no
// person) but that names one person in full after a preposition ("kept for", "allés à"), with a
// relative clause of their own, brings that person in: the clause makes them its actor, and a later pronoun means them. A sentence with a
// person as subject ("Vale thanked Ann Lee, who …", "The mayor thanked …") is left to its
// subject, as is a named object ("The harbour master thanked Ann Lee, who …": whether the
// master is a person no list tells), one that names two people to no one, and "which" after a name (an assembly, a firm)
// brings no person in where the language keeps relative pronouns for persons.
internal sealed partial class SpeakerFinder
{
    // The one person named in full right before ", who" (a relative pronoun of the lexicon), when
    // the sentence names no other person; or null.
    private string? PersonBeforeRelativeClause(IReadOnlyList<Token> sentence)
    {
        if (!OpensWithThing(sentence))
        {
            return null;
        }

        string? person = null;
        for (var comma = 2; comma + 1 < sentence.Count; comma++)
        {
            if (sentence[comma].Kind != TokenKind.Comma || !sentence[comma + 1].IsLower || !IsPersonRelative(sentence[comma + 1])
                || !sentence[comma - 1].IsCapitalized)
            {
                continue;
            }

            // The run of capitals alone is the name: read backward, "for The Aviator star Leonardo
            // …" or "for Tom Vale" took words before it in.
            var start = comma - 1;
            while (start > 0 && sentence[start - 1].IsCapitalized)
            {
                start--;
            }

            var name = _cues.Phrase.ReadForward(sentence, start);
            if (name.Kind != SubjectKind.Name || name.End != comma || name.IsOrganisation || name.IsBody || name.Text.IndexOf(' ') < 0
                || !PrepositionBefore(sentence, start) || _names.Complete(name.Text) is not { } named || !IsPersonNamed(named))
            {
                continue;
            }

            if (person is not null && !string.Equals(person, named, StringComparison.Ordinal))
            {
                return null;
            }

            person = named;
        }

        return person is not null && NamesNoOtherPerson(sentence, person) ? person : null;
    }

    // Whether a preposition stands a few words before the name at `start` ("for The Aviator star
    // Leonardo …", "pour la pêcheuse Odile …"), with only words between.
    private bool PrepositionBefore(IReadOnlyList<Token> sentence, int start)
    {
        const int MaxDescriptionWords = 6;
        for (var k = start - 1; k >= 0 && k >= start - MaxDescriptionWords && sentence[k].IsWord; k--)
        {
            if (_cues.Is(sentence[k], WordClass.Preposition))
            {
                return true;
            }
        }

        return false;
    }

    // "who", "quien"; where the lexicon keeps no pronoun for persons alone, any relative ("qui").
    private bool IsPersonRelative(Token token)
        => _cues.Words.PersonRelativePronouns.Count > 0
            ? _cues.Words.PersonRelativePronouns.Contains(token.Span)
            : _cues.Words.RelativePronouns.Contains(token.Span);

    // Whether the sentence, past an opening word set off by a comma ("However,", "Pourtant,"),
    // opens with an article or a demonstrative and a lower-case noun phrase in which no word is a
    // title, a role or a noun for people: its subject is a thing.
    // With `plural`, a plural demonstrative may open it too ("ces critiques", SpeakerFinder.ObjectPersonBefore.cs).
    private bool OpensWithThing(IReadOnlyList<Token> sentence, bool plural = false)
    {
        const int MaxSubjectWords = 4;
        var start = sentence.Count > 2 && sentence[0].IsWord && sentence[1].Kind == TokenKind.Comma ? 2 : 0;
        if (start + 1 >= sentence.Count || !sentence[start + 1].IsLower
            || !(_cues.Is(sentence[start], WordClass.Article)
                || _cues.Words.PluralDefinites.Contains(sentence[start].Span) || _cues.Words.Demonstratives.Contains(sentence[start].Span)
                || (plural && _cues.Words.PluralDemonstratives.Contains(sentence[start].Span))))
        {
            return false;
        }

        for (var k = start + 1; k < sentence.Count && k <= start + MaxSubjectWords && sentence[k].IsLower; k++)
        {
            if (_cues.Is(sentence[k], WordClass.TitleOrRole) || IsUnnamedPersonsNoun(sentence[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Whether every run of capitals past the sentence's first word that reads as a person's full
    // name is `person`.
    private bool NamesNoOtherPerson(IReadOnlyList<Token> sentence, string person)
    {
        for (var i = 1; i + 1 < sentence.Count; i++)
        {
            if (!sentence[i].IsCapitalized || sentence[i - 1].IsCapitalized || !sentence[i + 1].IsCapitalized)
            {
                continue;
            }

            if (FullPersonNamedAt(sentence, i) is { } name && !string.Equals(name, person, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
