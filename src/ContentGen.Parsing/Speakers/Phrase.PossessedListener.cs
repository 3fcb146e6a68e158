using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "said the chairman to his deputy, Ana Brill", "a dit la maire à son adjoint, Paul Vidal", "sagte die
// Vorsitzende zu ihrem Stellvertreter, Ole Brandt", "ha detto il sindaco al suo vice, Marco Neri": a
// listener's preposition (or one fused with an article, "al", "ao") and a possessive of the third person
// open the one the words were said to, someone of the speaker's own. A name set off after that noun is
// the listener's, as an apposition describes the noun next to it; it never names the holder of the role
// before the preposition, which speaks. An office's brief ("l'assessore al turismo", "the ambassador to
// Spain") has no possessive and is read as before.
internal sealed partial class Phrase
{
    private bool OpensPossessedListener(IReadOnlyList<Token> sentence, int at)
    {
        var word = sentence[at];
        return at + 1 < sentence.Count && word.IsLower
            && (_words.ListenerPrepositions.Contains(word.Span) || _words.BriefLinks.Contains(word.Span))
            && sentence[at + 1].IsLower && (Is(sentence[at + 1], WordClass.Possessive) || _words.ListenerPossessives.Contains(sentence[at + 1].Span));
    }
}
