using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

// "Devant l'école, mardi midi, une mère de trois enfants résume le sentiment général : « … »",
// "Outside the school on Tuesday, a mother said: '…'": past an opening phrase of place or time,
// an indefinite article and a person's noun open the clause the colon ends. Reporters bring in
// someone they do not name so; that person speaks, never a name inside the opening phrase. Only
// a person's noun (a role, a trade, an ordinary person's: "un panneau annonce :" is a sign's
// words), and only a clause of lower-case words up to the colon (no insert, no other subject).
internal sealed partial class ColonCue
{
    private const int MaxDescribingWords = 2;

    private Subject UnnamedAfterOpening(IReadOnlyList<Token> sentence, int start, int quote)
    {
        if (!IsIndefiniteClauseSubject(sentence, start, quote))
        {
            return Subject.None;
        }

        // "une jeune mère", "an elderly resident": describing words before the noun.
        var noun = start + 1;
        while (noun < quote - 1 && noun - start <= MaxDescribingWords && sentence[noun].IsLower && !IsUnnamedPersonsNoun(sentence[noun]))
        {
            noun++;
        }

        if (noun >= quote - 2 || !sentence[noun].IsLower || !IsUnnamedPersonsNoun(sentence[noun]))
        {
            return Subject.None;
        }

        for (var k = noun + 1; k < quote - 1; k++)
        {
            if (!sentence[k].IsWord || !sentence[k].IsLower)
            {
                return Subject.None;
            }
        }

        return new Subject(SubjectKind.Unnamed, sentence[noun].Text, noun + 1);
    }

    // A role, a trade or an ordinary person's noun: "mère", "habitant", "mother", "engineer". Not
    // one who speaks for a body ("a university spokesman said:"), which the body's readings give.
    private bool IsUnnamedPersonsNoun(Token token)
        => (_cues.Is(token, WordClass.RoleNoun) || _cues.Words.PeopleNouns.Contains(token.Span) || _cues.Words.ProfessionEpithets.Contains(token.Span))
        && !_cues.Words.SpokesNouns.Contains(token.Span) && !_cues.Words.OfficialNouns.Contains(token.Span);
}
