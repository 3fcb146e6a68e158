using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "The loudest cheer was kept for fisherman Tom Vale, who waited in the rain. He said …": a
// sentence whose subject is no one (a thing, an event) but that names one person in full, with a
// relative clause of their own, brings that person in: the clause makes them its actor, and a
// later pronoun means them. A sentence with a person as subject ("The mayor thanked Tom Vale,
// who retired.") is left to its subject, and one that names two people to no one.
internal sealed partial class SpeakerFinder
{
    // The one person named in full right before ", who" (a relative pronoun of the lexicon), when
    // the sentence names no other person; or null.
    private string? PersonBeforeRelativeClause(IReadOnlyList<Token> sentence)
    {
        string? person = null;
        for (var comma = 2; comma + 1 < sentence.Count; comma++)
        {
            if (sentence[comma].Kind != TokenKind.Comma || !sentence[comma + 1].IsLower || !IsPersonRelative(sentence[comma + 1])
                || !sentence[comma - 1].IsCapitalized)
            {
                continue;
            }

            var name = _cues.Phrase.ReadBackward(sentence, comma);
            if (name.Kind != SubjectKind.Name || name.IsOrganisation || name.IsBody || name.Text.IndexOf(' ') < 0
                || _names.Complete(name.Text) is not { } named || !IsPersonNamed(named))
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

    private bool IsPersonRelative(Token token)
        => _cues.Words.PersonRelativePronouns.Contains(token.Span) || _cues.Words.RelativePronouns.Contains(token.Span);

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

            var phrase = _cues.Phrase.ReadForward(sentence, i);
            if (phrase.Kind == SubjectKind.Name && !phrase.IsOrganisation && phrase.Text.IndexOf(' ') > 0
                && _names.Complete(phrase.Text) is { } name && IsPersonNamed(name) && !string.Equals(name, person, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
