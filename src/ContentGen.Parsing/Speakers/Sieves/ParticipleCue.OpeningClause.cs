using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "As she left the town hall, Jane Roe thanked the crowd, saying: "…"", "Tras la votación, Ana
// Ruiz agradeció el apoyo, afirmando: «…»": a clause or a phrase of time opens the sentence, and
// the main clause's subject, who speaks through the participle, stands after its comma. A name
// inside the opening ("As Tom Fox arrived, the doors opened, revealing") never does.
internal sealed partial class ParticipleCue
{
    private bool OpensClause(IReadOnlyList<Token> sentence, int start)
        => start < sentence.Count && sentence[start].IsCapitalized
            && (_cues.IsSubordinator(sentence, start) || _cues.Words.InsertOpeners.Contains(sentence[start].Span));

    // The main clause's subject after the comma of the opening at `start`; none when it has none.
    private Subject SubjectPastOpeningClause(IReadOnlyList<Token> sentence, int start, int participle)
    {
        // The opening's comma comes before the one that sets off the participle.
        for (var comma = start + 1; comma < participle - 1 && comma <= start + MaxReach; comma++)
        {
            if (sentence[comma].Kind is TokenKind.Terminal or TokenKind.Quote or TokenKind.Colon)
            {
                return Subject.None;
            }

            if (sentence[comma].Kind != TokenKind.Comma)
            {
                continue;
            }

            // The subject, then its verb in lower case ("greeted", "ha ringraziato").
            var subject = _cues.Phrase.ReadForward(sentence, comma + 1);
            return subject.Kind is SubjectKind.Name or SubjectKind.Pronoun or SubjectKind.Role
                && subject.End < participle && sentence[subject.End].IsLower
                ? subject
                : Subject.None;
        }

        return Subject.None;
    }
}
