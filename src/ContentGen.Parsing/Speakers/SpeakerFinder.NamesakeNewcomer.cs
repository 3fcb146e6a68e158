using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Joaquim Valente morreu … O presidente, Fernando Aguiar, … O neto, Rui Valente, tocou uma
// valsa. «…», contou.": two people of one family share a surname, so the surname alone stands
// for neither (NameFacts.EndsFullName gives no full name for it once the second is named). A
// sentence that brings one of them in with the given name written before the surname names that
// one, and the quote after is theirs; reading the surname alone there gave the speaker as
// "Valente", a part of the name. Where the sentence writes the surname alone it is read as before
// (the bare surname): the pronoun after it often tells the two apart ("Holtkamp schenkt … „…“, zegt
// hij" after Gerrit-Jan and Ineke Holtkamp), but the article's genders are kept by surname, so
// that reading would need each namesake's own gender, which the reader does not keep.
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
}
