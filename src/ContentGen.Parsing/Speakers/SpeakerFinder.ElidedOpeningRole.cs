using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "L'avocate juge la décision « … »": a role whose article is elided into it, opening the sentence
// (Phrase.ElidedOpeningRole.cs), is read only as the one person the article gave that role. The
// opener was read as no one before; a role no one was given, or given to two people, would now go
// to whoever is in focus, a guess the quote never had. No one then.
internal sealed partial class SpeakerFinder
{
    // Whether `subject` is the capitalised elided role opening `sentence` and `speaker` is not the
    // one person the article gave that role.
    private bool IsElidedOpenerOfNoOneHolder(IReadOnlyList<Token> sentence, Subject subject, string speaker)
    {
        if (subject.Kind != SubjectKind.Role || sentence.Count == 0 || !sentence[0].IsCapitalized
            || !string.Equals(subject.Text, sentence[0].Text, StringComparison.OrdinalIgnoreCase)
            || !Elision.TrySplit(sentence[0].Span, out _, out _))
        {
            return false;
        }

        var holder = _roles.Holder(subject.Text, subject.Complement, null, _complete, out var decided);
        return !decided || holder is null || !string.Equals(FirstNameOfSalient(holder), speaker, StringComparison.Ordinal);
    }
}
