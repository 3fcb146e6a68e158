using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers.Sieves;

/// <summary>
/// S5: the agent of a passive that quotes: <c>branded "reckless" by the Green Party</c>,
/// <c>calificada de «…» por la Asociación</c>, <c>vom Mieterverein als „…“ kritisiert</c>.
/// </summary>
internal sealed class PassiveAgent : ISieve
{
    // The agent stands within a few words of the quote: "described as '…' by".
    private const int AfterReach = 2;
    private const int BeforeReach = 8;
    private readonly Cues _cues;

    public PassiveAgent(Cues cues)
    {
        _cues = cues;
    }

    public Subject Find(IReadOnlyList<Token> sentence, int quote)
    {
        for (var i = quote + 1; i < sentence.Count && i <= quote + AfterReach; i++)
        {
            if (IsAgent(sentence, i))
            {
                return SaidByRelative(sentence, quote) ? Subject.None : Agent(sentence, i + 1);
            }

            if (!sentence[i].IsLower)
            {
                break;
            }
        }

        // German puts the agent before the quote: "vom Mieterverein Brückenfeld als „…“ kritisiert".
        for (var i = quote - 1; i >= 0 && i >= quote - BeforeReach; i--)
        {
            if (!sentence[i].IsWord)
            {
                break;
            }

            if (IsAgent(sentence, i))
            {
                var agent = Agent(sentence, i + 1);
                // The agent ends at the quote, or at one word before it ("als"); a participle follows.
                var closes = agent.End == quote || (agent.End == quote - 1 && sentence[agent.End].IsLower);
                var participle = quote + 1 < sentence.Count && sentence[quote + 1].IsLower;
                return agent.Kind == SubjectKind.Name && closes && participle ? agent : Subject.None;
            }
        }

        return Subject.None;
    }

    // "people who feel 'left behind' by X", "des habitants qui dénoncent « … » par": a
    // reporting verb right before the quote, whose subject is a relative pronoun, gives the words
    // to whom the relative means; the agent after them did, not said.
    private bool SaidByRelative(IReadOnlyList<Token> sentence, int quote)
        => quote >= 2 && _cues.IsReportingVerb(sentence[quote - 1])
        && sentence[quote - 2].IsLower && _cues.Words.RelativePronouns.Contains(sentence[quote - 2].Span);

    private bool IsAgent(IReadOnlyList<Token> sentence, int i)
        => sentence[i].IsLower && _cues.Words.PassiveAgents.Contains(sentence[i].Span) && (i == 0 || !sentence[i - 1].IsCapitalized);

    private Subject Agent(IReadOnlyList<Token> sentence, int start)
    {
        var agent = _cues.Phrase.ReadForward(sentence, start);
        if (!agent.IsFound)
        {
            // "by the Clean Transport Campaign", "dal comitato Mare Pulito"
            agent = _cues.Phrase.ReadDescribedName(sentence, start);
        }

        return agent.Kind == SubjectKind.Name ? agent : Subject.None;
    }
}
