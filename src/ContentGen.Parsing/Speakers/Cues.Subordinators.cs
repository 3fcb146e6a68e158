using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// Conjunctions that open a subordinate clause: one word (<c>while</c>, <c>während</c>, <c>tandis</c>)
/// or a word that does so only with the complementiser after it (<c>alors que</c>, <c>bien que</c>),
/// since alone it is an adverb (<c>alors</c>: "then").
/// </summary>
internal sealed partial class Cues
{
    /// <summary>Whether the word at <paramref name="i"/> opens a subordinate clause.</summary>
    public bool IsSubordinator(IReadOnlyList<Token> sentence, int i)
    {
        var token = sentence[i];
        if (!token.IsWord)
        {
            return false;
        }

        if (Words.Subordinators.Contains(token.Span))
        {
            return true;
        }

        return Words.SubordinatorsBeforeComplementiser.Contains(token.Span)
            && i + 1 < sentence.Count && sentence[i + 1].IsLower && Is(sentence[i + 1], WordClass.Complementiser);
    }
}
