using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Una vecina del bloque de enfrente lo vio todo. «…», dice él.", "Une voisine était là. « … », raconte-t-il.":
// the indefinite article that brings someone unnamed in (SpeakerFinder.UnnamedBroughtIn.cs) shows their
// gender where the language's articles have one (SpeechWords.FeminineIndefinites, MasculineIndefinites),
// and a pronoun of the other gender means someone else: before, "él" after "una vecina" was given to
// "vecina". The gender only ever excludes, as a linked pronoun's does (SpeakerFinder.PronounGender.cs):
// the quote then goes to no one rather than to the newcomer. English and Dutch articles, and German "ein"
// (also the neuter's), show none, and the noun is read as before.
internal sealed partial class SpeakerFinder
{
    // Notes the gender the article at `article` shows for the person brought in under `noun`.
    private void NoteBroughtInArticleGender(IReadOnlyList<Token> sentence, int article, string noun)
    {
        if (article < 0 || article >= sentence.Count || _describedGenders.ContainsKey(noun))
        {
            return;
        }

        var words = _cues.Words;
        var span = sentence[article].Span;
        var gender = words.FeminineIndefinites.Contains(span) ? Gender.Female
            : words.MasculineIndefinites.Contains(span) ? Gender.Male : Gender.Unknown;
        if (gender != Gender.Unknown)
        {
            _describedGenders[noun] = gender;
        }
    }
}
