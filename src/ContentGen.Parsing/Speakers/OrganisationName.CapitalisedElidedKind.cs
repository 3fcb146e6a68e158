using System;

namespace ContentGen.Parsing.Speakers;

// "l'Asl Valli Orientali": an organisation's noun joined to its elided article and written with a
// capital, in a language that writes nouns in lower case, opens the body's name as part of it
// (Cast.KindWrittenWithName.cs). The lower-case noun ("l'associazione") is ElidedNoun's.
internal sealed partial class OrganisationName
{
    /// <summary>
    /// The organisation noun an elided article is joined to in <paramref name="token"/> when the noun is
    /// capitalised ("l'Asl"), or an empty span.
    /// </summary>
    public ReadOnlySpan<char> CapitalisedElidedNoun(Token token)
    {
        var word = token.Span;
        if (word.Length < 4 || word[1] is not ('\'' or '’'))
        {
            return default;
        }

        var skip = ElidedArticle(word);
        var noun = word.Slice(skip);
        return skip > 0 && char.IsUpper(noun[0]) && _words.OrganisationNouns.Contains(noun) ? noun : default;
    }
}
