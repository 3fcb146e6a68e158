using System;

namespace ContentGen.Parsing.Speakers;

// "Der Verein Bus pour Tous hat eine Petition gestartet": German capitalises the noun that
// introduces a body, so the sentence's subject reads as the name "Verein Bus", cut at the foreign
// link, while the noun's own reading (Cast.BodyNameLinks) gave the body whole, "Bus pour Tous". The
// noun and the whole name's first words, cut where a lower-case word goes on in it, are that body:
// the whole name is the one meant, and "der Verein" later means it, never "Verein Bus".
// Stops: only in the sentence that named the body whole, and only when the cut reading is the
// noun the body was introduced by followed by the whole name's opening words. A name read with no
// link ("Der Verein Grüne Wiese") is no cut one and is left as read.
internal sealed partial class Cast
{
    /// <summary>
    /// The whole name of the body this sentence introduced by its noun, when <paramref name="name"/> is that noun
    /// followed by the whole name's opening words cut before a lower-case link; otherwise <paramref name="name"/>.
    /// </summary>
    public string WholeOfNounCutName(string name) => NounCutNameWhole(name, _sentence) ?? name;

    private string? NounCutNameWhole(string name, int sentence)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || _recent.Count == 0 || _recent[0].Sentence != sentence || _recent[0].Document is not null
            || _recent[0].Name is not { } whole)
        {
            return null;
        }

        var rest = name.Length - space - 1;
        if (whole.Length <= rest + 1 || whole[rest] != ' ' || !char.IsLower(whole[rest + 1])
            || string.CompareOrdinal(whole, 0, name, space + 1, rest) != 0)
        {
            return null;
        }

        return _kinds is not null && _kinds.TryGetValue(whole, out var kind)
            && name.AsSpan(0, space).Equals(kind.AsSpan(), StringComparison.OrdinalIgnoreCase) ? whole : null;
    }
}
