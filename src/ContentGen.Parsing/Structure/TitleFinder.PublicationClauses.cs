using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Farol do Cabo Sardão vai abrir ao público aos fins de semana": a headline may hold a word that names publications
// ("Farol", "Gazette", "Post"), and reads as a clause, not as a paper's name: it runs past a name's length with words in
// lower case that are no name's particles ("da", "de la", "della").
internal static partial class TitleFinder
{
    // A paper's name is a few words: "La Gaceta del Campo de Calatrava", "El Heraldo de la Sierra Norte".
    private const int MaxSiteNameWords = 6;

    /// <summary>Whether <paramref name="text"/> runs on as a clause: more words than a paper's name, one of them in lower case and no particle.</summary>
    private static bool RunsOnAsClause(string text)
    {
        if (!Words.MoreThan(text, MaxSiteNameWords))
        {
            return false;
        }

        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            if (char.IsLower(word[0]) && !Metadata.NameParticles.InTitles.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
