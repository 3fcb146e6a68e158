using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Ook wethouder Martin de Groot kwam kijken. … De Groot schudt zijn hoofd. ‘…’": a Dutch surname
// whose particle is an article ("de", "der") opens the sentence with that particle capitalised,
// and the phrase reader takes it for an article before a name ("basisschool De Linde", "zei De
// Vries"), keeping "Groot" alone as a name only someone given in full may bear. As the sentence's
// subject it then named no one: "Groot" ends no full name the article's capitalised runs give,
// since the lower-case particle breaks "Martin de Groot". The article and the name are the
// surname with its particle when the register completes them so (NameRegistry.ParticleSurname.cs:
// the one full name the article gave with that particle in lower case), and that person is the
// sentence's subject. Only a sentence's first two words, so a school or a club ("De Linde sluit")
// names no one as before, and a surname two people share names no one. Only a German or Dutch
// particle (the lexicons' SurnameParticles), so an article in another language reads as before.
internal sealed partial class SpeakerFinder
{
    private Subject ParticleSurnameOpening(IReadOnlyList<Token> sentence, Subject opening)
    {
        if (opening.Kind != SubjectKind.Name || !opening.IsEpithet || opening.End != 2 || sentence.Count < 3
            || !sentence[0].IsCapitalized || !_cues.Is(sentence[0], WordClass.Definite)
            || !_cues.Words.SurnameParticles.Contains(sentence[0].Text) || !sentence[1].IsCapitalized
            || !string.Equals(sentence[1].Text, opening.Text, StringComparison.Ordinal))
        {
            return Subject.None;
        }

        var name = Text.StringCache.Get(sentence[0].Through(sentence[1]));
        return _names.Complete(name) is { } full && NameRegistry.IsParticleTail(full, name) && IsPersonNamed(full)
            ? new Subject(SubjectKind.Name, full, opening.End)
            : Subject.None;
    }
}
