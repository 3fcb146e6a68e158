using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A programme's or a podcast's credits printed on one row, each part a short label, a colon and a name, parted by middle
/// dots or by bars ("Presentation: Jane Roe · Editing: Tom Fox · Music: Studio Wren", "Présentation : Jeanne Roux ·
/// Réalisation : Paul Fort", "Moderation: Jana Kolb | Redaktion: Tim Vogt"). It says who made the episode, not what the
/// article is: no headline, and its last part is no outlet's name. A headline with one colon ("Brexit: May wins the
/// vote") is one part; a label before words in lower case ("Update: talks resume") reads a clause, not a name.
/// </summary>
internal static class CreditRows
{
    // A credits row names two makers at least; one "Label: Name" alone is a headline's shape as much as a credit's.
    private const int MinParts = 2;

    // "Music", "Director of photography", "Directeur de la photographie": a role's label is short.
    private const int MaxLabelWords = 4;

    // "Studio Wren", "Jean de la Roche": a maker's name, or a studio's, is a few words.
    private const int MaxNameWords = 5;

    /// <summary>Whether <paramref name="block"/> is one line, and that line a row of credits.</summary>
    public static bool IsCreditRow(TextBlock block) => block.LineCount == 1 && IsCreditRow(block.Text.AsSpan());

    /// <summary>
    /// Whether <paramref name="line"/>, trimmed, is a row of credits: two parts or more between middle dots or bars,
    /// each a label opening in a capital and a colon, then a name in capitals (name particles aside) with no sentence's stop.
    /// </summary>
    public static bool IsCreditRow(ReadOnlySpan<char> line)
    {
        var count = 0;
        var parts = new SeparatedParts(Whitespace.Trim(line), '·', '|');
        while (parts.Read())
        {
            if (!IsCredit(Whitespace.Trim(parts.Part)))
            {
                return false;
            }

            count++;
        }

        return count >= MinParts;
    }

    // "Montage: Ilse Verbeek": one label, one colon, one name.
    private static bool IsCredit(ReadOnlySpan<char> part)
    {
        var colon = part.IndexOf(':');
        if (colon <= 0 || part.Slice(colon + 1).IndexOf(':') >= 0)
        {
            return false;
        }

        var label = Whitespace.Trim(part.Slice(0, colon));
        var name = Whitespace.Trim(part.Slice(colon + 1));
        return label.Length > 0 && char.IsUpper(label[0]) && !Words.MoreThan(label, MaxLabelWords)
            && IsName(name);
    }

    // "Bart Koolhaas", "Studio Waalwind", "Jean de la Roche": capitalised words, a name's particles between them, no stop.
    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || Punctuation.EndsSentence(name) || Words.MoreThan(name, MaxNameWords))
        {
            return false;
        }

        var reader = new WordReader(name);
        while (reader.Read())
        {
            if (!char.IsUpper(reader.Word[0]) && !Metadata.NameParticles.Joiners.Contains(reader.Word))
            {
                return false;
            }
        }

        return true;
    }
}
