using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// The lower-case words a person's or a publication's name may hold between its capitalised
/// ones, from every lexicon: particles ("Sanne de Vries", "Gazzetta di Valmora") and, in a
/// publication's name, articles ("Le Courrier de l'Estuaire").
/// </summary>
internal static class NameParticles
{
    /// <summary>Particles inside a person's name: the lexicons' own name joiners, not the speaker lists' additions.</summary>
    public static readonly WordTable Joiners = Table(includeArticles: false);

    /// <summary>Particles and articles inside a publication's name.</summary>
    public static readonly WordTable InTitles = Table(includeArticles: true);

    private static WordTable Table(bool includeArticles)
    {
        var words = new List<string>();
        foreach (var lexicon in Lexicon.All)
        {
            words.AddRange(lexicon.NameJoiners);
            if (includeArticles)
            {
                words.AddRange(lexicon.Definites);
            }
        }

        return WordTable.Of(words);
    }
}
