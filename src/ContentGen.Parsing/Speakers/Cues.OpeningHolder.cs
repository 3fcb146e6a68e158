using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Cues
{
    /// <summary>
    /// The subject opening <paramref name="sentence"/> when it can hold words of its own (a name, a
    /// role, a pronoun or a body), or None. "Der Markt zeigte sich „stabil“": German capitalises every
    /// noun, and one after an article is a thing as often as a person, so only a name of two words,
    /// or one with no article, names someone. The stance, judging and own-words readings share it.
    /// </summary>
    private Subject OpeningHolder(IReadOnlyList<Token> sentence)
    {
        var subject = Phrase.ReadForward(sentence, 0);
        var thing = subject.Kind == SubjectKind.Name && !subject.IsOrganisation && subject.Text.IndexOf(' ') < 0 && Is(sentence[0], WordClass.Article);
        return subject.Kind is SubjectKind.Name or SubjectKind.Role or SubjectKind.Pronoun or SubjectKind.Organisation && !thing
            ? subject
            : Subject.None;
    }
}
