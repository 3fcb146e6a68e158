using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Una camarera de Benalto prefiere no dar su nombre.", "A waitress from Harwick asked not to be
// named.": the place of one word after the noun's preposition (SpeakerFinder.UnnamedFromPlace.cs)
// names no one when the sentence, with no relative clause, ends by saying the person keeps their
// name back (SpeakerFinder.UnnamedWithholdsName.cs): the words after the place are the person's own
// predicate, about their name, as a relative clause after it is a description of them. Before, the
// place was read as someone named and the quote after went to the person named before.
internal sealed partial class SpeakerFinder
{
    // Whether the place at `k` is followed by the words of a sentence that ends on the person keeping
    // their name back.
    private bool PlaceBeforeWithheldName(IReadOnlyList<Token> sentence, int k)
        => k + 1 < sentence.Count && sentence[k + 1].IsWord && sentence[k + 1].IsLower && WithholdsName(sentence, k + 1);
}
