using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A figure's or a table's credit inside the article names where its figures came from, not an outlet the article was
/// copied from: a body or the writers' own work, opening in lower case on a common noun or an adjective ("Bron: gemeente
/// Dijkhuizen", "Quelle: eigene Berechnung", "Fuente: elaboración propia", "Fonte: elaborazione su dati Istat"). A paper's
/// name opens on its capital or on a short article ("de Stentor", "il Tirreno"), a site's on its address ("nu.nl"), and a
/// brand in lower case is one word ("tagesschau"): those credits still name another outlet.
/// </summary>
internal static partial class OutletNames
{
    // Articles a paper's name may open on in lower case are this long at most: "de", "het", "il", "la", "los", "der".
    private const int MaxArticleLength = 3;

    // Whether the credited text opens on a lower-case word longer than an article, letters only, with more words after it.
    private static bool CreditsFiguresNotAnOutlet(ReadOnlySpan<char> credited)
    {
        var space = credited.IndexOf(' ');
        if (space <= MaxArticleLength || !char.IsLower(credited[0]) || space + 1 >= credited.Length)
        {
            return false;
        }

        foreach (var c in credited.Slice(0, space))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
