using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Joaquim Valente morreu … O presidente, Fernando Aguiar, … O neto, Rui Valente, tocou uma
// valsa. «…», contou.": two people of one family share a surname, so the surname alone stands
// for neither (NameFacts.EndsFullName gives no full name for it once the second is named). A
// sentence that brings one of them in with the given name written before the surname names that
// one, and the quote after is theirs; reading the surname alone there gave the speaker as
// "Valente", a part of the name. Where the sentence writes the surname alone, either may be meant,
// and the quote goes to no one rather than to the one named first.
internal sealed partial class SpeakerFinder
{
    // The name over first..last, its titles and roles aside ("Dona Lurdes Gaspar" is Lurdes
    // Gaspar), when a given name stands before the surname at `last` and the article shares that
    // surname between several people; else null.
    private string? NamesakeWrittenInFull(IReadOnlyList<Token> sentence, int first, int last)
    {
        while (first < last && _cues.Is(sentence[first], WordClass.TitleOrRole))
        {
            first++;
        }

        if (first == last || !_plausibility.IsAmbiguousSurname(sentence[last].Text))
        {
            return null;
        }

        var name = Text.StringCache.Get(sentence[first].Through(sentence[last]));
        return IsPersonNamed(name) ? name : null;
    }

    // Whether `named` is a surname alone that several people of the article share ("Valente"
    // after Joaquim and Rui Valente): it may mean any of them.
    private bool IsSharedSurnameAlone(string named) => named.IndexOf(' ') < 0 && _plausibility.IsAmbiguousSurname(named);
}
