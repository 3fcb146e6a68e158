using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "La sua vicina di casa, Ilda Sartori, ha scosso la testa.", "Su compañera de trabajo Ana Gil
// asintió.", "Sa voisine de palier, Anne Roux, …", "Haar buurvrouw van hiernaast, Ans Mol, …": the
// person noun after the possessive may carry a short complement of its own (a link and one or two
// lower-case words) before the name; the name is still the sentence's subject.
internal sealed partial class SpeakerFinder
{
    // "di casa", "de toda la vida": the link and at most two words after it.
    private const int MaxNounComplementWords = 2;

    // Where the name (or the comma setting it off) stands after the person noun ending before
    // `after`, past a complement "link + one or two lower-case words"; `after` when there is none,
    // or when the complement runs into anything but a comma or a capitalised word.
    private int PastNounComplement(IReadOnlyList<Token> sentence, int after)
    {
        if (after + 1 >= sentence.Count || !sentence[after].IsLower || !_cues.Is(sentence[after], WordClass.EmployerLink))
        {
            return after;
        }

        var k = after + 1;
        while (k < sentence.Count && k - after - 1 < MaxNounComplementWords && sentence[k].IsWord && sentence[k].IsLower)
        {
            k++;
        }

        return k > after + 1 && k < sentence.Count && (sentence[k].Kind == TokenKind.Comma || sentence[k].IsCapitalized) ? k : after;
    }
}
