using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "J'ai posé la question à Bernard Lestrade, vice-président chargé de l'environnement. Pour lui,
// « … »", "I asked Tom Vale, who runs the depot, about the plan. He said …", "Ik vroeg Els Smit
// naar het plan.": a sentence with no quote whose subject is the writer (a first-person pronoun
// opening it, the lexicons' FirstPersonSubjects) and that names one person in full brings that
// person in as the one the writer talks to. A later "il", "lui", "he" cannot mean the writer, so
// it means them, not whoever was in focus before; two people named leave it in doubt, and no one
// is meant.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence is the writer's and names people; `person` is the one it names, or null for several.
    private bool WritersInterlocutor(IReadOnlyList<Token> sentence, out string? person)
    {
        person = null;
        if (sentence.Count < 3 || !IsFirstPersonSubject(sentence[0]))
        {
            return false;
        }

        return PeopleNamedInFull(sentence, 1, out person) != PeopleNamed.None;
    }

    private enum PeopleNamed
    {
        None,
        One,
        Several,
    }

    // The people `sentence` names in full from word `from` on: None (a quote in it, too), One (`person`), or Several.
    private PeopleNamed PeopleNamedInFull(IReadOnlyList<Token> sentence, int from, out string? person)
    {
        person = null;
        for (var i = from; i < sentence.Count; i++)
        {
            if (sentence[i].Kind == TokenKind.Quote)
            {
                person = null;
                return PeopleNamed.None;
            }

            if (!sentence[i].IsCapitalized || (i > 0 && sentence[i - 1].IsCapitalized) || FullPersonNamedAt(sentence, i) is not { } name)
            {
                continue;
            }

            if (person is not null && !string.Equals(person, name, StringComparison.Ordinal))
            {
                person = null;
                return PeopleNamed.Several;
            }

            person = name;
        }

        return person is null ? PeopleNamed.None : PeopleNamed.One;
    }

    // "Je", "Nous", "I", "Ik", and the elided "J'" of "J'ai".
    private bool IsFirstPersonSubject(Token word)
        => word.IsWord && (_cues.Words.FirstPersonSubjects.Contains(word.Span)
            || (Elision.TrySplit(word.Span, out var head, out _) && _cues.Words.FirstPersonSubjects.Contains(head)));
}
