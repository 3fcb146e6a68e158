using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "said Economic and Fiscal Policy Minister Kenji Morita": capitalised fields joined by a
// conjunction before a title are the title's portfolio, and the name after the title speaks.
// Read alone, the first field ("Economic") would pass for a name.
internal sealed partial class Phrase
{
    private const int MaxPortfolioWords = 6;

    // The holder named after a joined portfolio and its title, starting at `start`; none otherwise.
    private Subject JoinedPortfolioHolder(IReadOnlyList<Token> sentence, int start)
    {
        if (!sentence[start].IsCapitalized || IsTitleOrRole(sentence[start]))
        {
            return Subject.None;
        }

        var joined = false;
        for (var k = start + 1; k < sentence.Count && k <= start + MaxPortfolioWords && sentence[k].IsWord; k++)
        {
            var token = sentence[k];
            if (token.IsLower)
            {
                // Only a conjunction after one capitalised field, before another: "Economic and
                // Fiscal Policy". Two words before it may be a person ("Tom Fenwick and Harbours
                // Minister Ann Lister" are two speakers).
                if (joined || k != start + 1 || !Is(token, WordClass.Coordinator) || k + 1 >= sentence.Count || !sentence[k + 1].IsCapitalized)
                {
                    return Subject.None;
                }

                joined = true;
                continue;
            }

            if (joined && IsTitleOrRole(token))
            {
                var holder = ReadForward(sentence, k);
                return holder.Kind == SubjectKind.Name && !holder.IsOrganisation ? holder : Subject.None;
            }
        }

        return Subject.None;
    }
}
