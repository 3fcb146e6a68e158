using System;
using System.Collections.Generic;
using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Speakers;

internal sealed partial class SpeakerFinder
{
    /// <summary>
    /// A sieve that is one of the finder's own readings: it reads the opening subject and the discourse
    /// state the finder keeps for the sentence, so it runs in the sieves' order as a method of the finder.
    /// </summary>
    private sealed class OwnSieve : ISieve
    {
        private readonly Func<IReadOnlyList<Token>, int, Subject> _find;

        public OwnSieve(Func<IReadOnlyList<Token>, int, Subject> find)
        {
            _find = find;
        }

        public Subject Find(IReadOnlyList<Token> sentence, int quote) => _find(sentence, quote);
    }
}
