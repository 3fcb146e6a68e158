using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class Phrase
{
    /// <summary>
    /// "Contactada pelo jornal, fonte da empresa rejeitou …", "Consultada por este diario, una
    /// fuente de la empresa rechazó …": the body whose unnamed source is the subject after one
    /// opening phrase of lower-case words closed by a comma; <see cref="Subject.None"/> otherwise.
    /// </summary>
    public Subject BodySourcesAfterOpeningPhrase(IReadOnlyList<Token> sentence)
    {
        // The phrase's first word and up to six more: seven words at most before its comma.
        const int MaxOpeningTokens = 6;
        var comma = 1;
        while (comma < sentence.Count && comma <= MaxOpeningTokens && sentence[comma].IsWord && sentence[comma].IsLower)
        {
            comma++;
        }

        if (comma + 2 >= sentence.Count || sentence[comma].Kind != TokenKind.Comma || !sentence[comma + 1].IsLower)
        {
            return Subject.None;
        }

        var start = comma + 1;
        var sources = BodySources(sentence, start, start);
        return sources.IsFound ? sources : BodySources(sentence, start, start + 1);
    }
}
