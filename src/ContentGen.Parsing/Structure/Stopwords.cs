using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Function words by language, as jusText uses them: prose is dense in them, menus, captions
/// and link lists are not, and which list a text draws on tells its language.
/// </summary>
internal static class Stopwords
{
    /// <summary>Each language code with its stopwords.</summary>
    public static readonly (string Language, HashSet<string> Words)[] Languages =
    {
        ("en", Set("the of and to in is that for it was on with as he she his her they be at by this are from have has had not but an which were been their said would will who what there a i we you our its or if can could do does did so than then them these those into about after over more also just only up out all one no")),
        ("fr", Set("le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils nous vous mais avec par plus son sa ses ont été sont l d n qu s c j ne se leur leurs ou où y a être avoir fait comme tout tous aussi très sans entre ces dont lui on")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wie wird bei nach sie er wir")),
        ("es", Set("el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o este está")),
        ("it", Set("il lo la gli le di del della e è che un una per non con si da al nel sono come anche più ma questo")),
        ("pt", Set("o a os as de do da dos das e em que um uma para com não se por mais como mas ao foi é está são")),
        ("nl", Set("de het een en van in is dat op te zijn voor met die niet aan er maar om ook als bij door naar wordt")),
    };

    private static readonly HashSet<string> s_any = Union();

    /// <summary>Whether <paramref name="word"/>, lower-cased, is a stopword in some language.</summary>
    public static bool IsStopword(string word) => s_any.Contains(word);

    /// <summary>
    /// The share of <paramref name="text"/>'s words that are stopwords of any language, elided
    /// forms such as "l'État" counting their article.
    /// </summary>
    public static double Density(string text)
    {
        var words = 0;
        var hits = 0;
        foreach (var word in Words.Split(text))
        {
            words++;
            if (IsStopwordOrElision(word))
            {
                hits++;
            }
        }

        return words == 0 ? 0 : (double)hits / words;
    }

    /// <summary>Whether the word, or its elided article ("l'", "d'", "qu'"), is a stopword.</summary>
    public static bool IsStopwordOrElision(string word)
    {
        var lower = word.ToLowerInvariant();
        if (s_any.Contains(lower))
        {
            return true;
        }

        var apostrophe = lower.IndexOfAny(new[] { '\'', '’' });
        return apostrophe > 0 && apostrophe <= 3 && s_any.Contains(lower.Substring(0, apostrophe));
    }

    private static HashSet<string> Union()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, words) in Languages)
        {
            all.UnionWith(words);
        }

        return all;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
