using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Guesses a block's language from its stopwords, as jusText does: function words are frequent,
/// short and distinct between languages, so a handful of them tells the language of a sentence.
/// </summary>
internal static class LanguageGuesser
{
    private const int MinimumHits = 3;

    private static readonly (string Language, HashSet<string> Stopwords)[] s_languages =
    {
        ("en", Set("the of and to in is that for it was on with as he she his her they be at by this are from have has had not but an which were been their said would will who what there")),
        ("fr", Set("le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils nous vous mais avec par plus son sa ses ont été sont l d n qu s c j ne se")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie wird bei nach sie er wir")),
        ("es", Set("el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o este está")),
        ("it", Set("il lo la gli le di del della e è che un una per non con si da al nel sono come anche più ma questo")),
        ("pt", Set("o a os as de do da dos das e em que um uma para com não se por mais como mas ao foi é está são")),
        ("nl", Set("de het een en van in is dat op te zijn voor met die niet aan er maar om ook als bij door naar wordt")),
    };

    /// <summary>
    /// The most likely language code of <paramref name="text"/>, or <see langword="null"/> when it
    /// has too few stopwords to tell.
    /// </summary>
    public static string? Guess(string text)
    {
        var hits = new int[s_languages.Length];
        foreach (var word in Words.Split(text))
        {
            foreach (var part in word.ToLowerInvariant().Split('\'', '’'))
            {
                for (var i = 0; i < s_languages.Length; i++)
                {
                    if (s_languages[i].Stopwords.Contains(part))
                    {
                        hits[i]++;
                    }
                }
            }
        }

        var best = -1;
        var runnerUp = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (best < 0 || hits[i] > hits[best])
            {
                runnerUp = best < 0 ? 0 : hits[best];
                best = i;
            }
            else if (hits[i] > runnerUp)
            {
                runnerUp = hits[i];
            }
        }

        // A clear winner only: shared words such as "de" or "en" must not decide on their own.
        return hits[best] >= MinimumHits && hits[best] >= runnerUp * 2 ? s_languages[best].Language : null;
    }

    private static HashSet<string> Set(string words)
        => new(words.Split(' '), StringComparer.Ordinal);
}
