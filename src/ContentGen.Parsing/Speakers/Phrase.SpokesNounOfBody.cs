using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "el portavoz de la empresa aseguró que «…»", "le porte-parole de la société a assuré que": read
// back from the verb, the body's noun and its article are a spokes noun's complement. The body is
// the subject the backward reader gives, as before; the spokes noun rides with it, so that a
// spokesperson the article named for the body speaks instead (SpeakerFinder.SpokespersonOfBodyNoun.cs).
internal sealed partial class Phrase
{
    // The spokes noun before the link that opens the body's noun phrase whose article is at
    // `article` ("portavoz" in "el portavoz de la empresa"), itself after a definite article; or null.
    private string? SpokesNounOfBody(IReadOnlyList<Token> sentence, int article)
    {
        var link = article - 1;
        var noun = link - 1;
        return noun >= 1 && sentence[link].IsWord && sentence[link].IsLower && _words.HeadLinks.Contains(sentence[link].Span)
            && IsSpokesNoun(sentence[noun]) && (sentence[noun].IsLower || _words.CapitalisesNouns)
            && sentence[noun - 1].IsWord && IsDefinite(sentence[noun - 1])
            ? sentence[noun].Text
            : null;
    }
}
