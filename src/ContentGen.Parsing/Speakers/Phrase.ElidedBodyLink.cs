using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;

namespace ContentGen.Parsing.Speakers;

// "The Conseil Superieur de l'Audiovisuel said", "le Conseil d'État a jugé": French elides a link's
// article ("de l'") or the link itself ("d'") into the capitalised word after it, so that word
// starts in lower case and the run of capitalised words stopped before it; the words before the
// link then read as a person's name ("Conseil Superieur", given a quote on BBC news). A body's name
// goes on over such a word, in an article of any language (a foreign body keeps its own name), only
// when a body's noun opens the run ("Conseil", "Office", "Union", any language's). What stops it:
// a run that no body's noun opens is a person's name ("Paul Roux de l'Association Valmont"), and
// the link after it says where the person works, as before; a lower-case word after the apostrophe
// ("de l'artisanat") is no name's.
internal sealed partial class Phrase
{
    // Whether a name may end at `last`: a capitalised word, or a body's word elided into its link
    // ("The Conseil Superieur de l'Audiovisuel (CSA) said").
    private bool EndsName(IReadOnlyList<Token> sentence, int last) => sentence[last].IsCapitalized || IsElidedBodyLink(sentence, last);

    private bool IsElidedBodyLink(IReadOnlyList<Token> sentence, int i)
    {
        if (i < 1 || i >= sentence.Count || !sentence[i].IsWord || !sentence[i].IsLower
            || !Elision.IntoCapital(sentence[i].Span, out var head))
        {
            return false;
        }

        // The link: "de" written apart before an elided article, or "d'" elided itself.
        var last = i - 1;
        if (SpeechTables.All.Definites.Contains(head))
        {
            if (last < 1 || !sentence[last].IsLower || !SpeechTables.All.OrganisationLinks.Contains(sentence[last].Span))
            {
                return false;
            }

            last--;
        }
        else if (!SpeechTables.All.ElidedLinks.Contains(head))
        {
            return false;
        }

        var first = last;
        while (first > 0 && sentence[first - 1].IsCapitalized)
        {
            first--;
        }

        // "Le Conseil …" opening the sentence: its article is capitalised too.
        if (first < last && SpeechTables.All.Definites.Contains(sentence[first].Span))
        {
            first++;
        }

        return sentence[last].IsCapitalized && (SpeechTables.All.OrganisationNouns.Contains(sentence[first].Span) || SpeechTables.All.BodyNouns.Contains(sentence[first].Span));
    }
}
