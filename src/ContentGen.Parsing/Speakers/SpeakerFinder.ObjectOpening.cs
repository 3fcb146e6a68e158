using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Den Hof hat 1898 sein Urgroßvater X gegründet.": German may open a main clause with its object,
// and an article that marks an object ("den", "dem", "einen", "einem") says so. The words after it
// are no opening subject, whom a later "er" or "sie" would mean; the subject stands after the verb.
internal sealed partial class SpeakerFinder
{
    private bool OpensWithObject(IReadOnlyList<Token> sentence) => _cues.OpensWithObjectArticle(sentence);
}
