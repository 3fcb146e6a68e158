using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A letters page prints readers' letters one under another, each under its subject and signed under its last paragraph
/// by its writer's name and town ("Margaret Hill, Holme", "Antonia Morales Ruiz. Olmeda del Rey", "Kees van Dijk,
/// Ophemert"). The signature is the letter's, not a byline, a menu's line or a heading; and the subject under it heads the
/// next letter as a subheading under a paragraph does. The page says what it is in its headline: "Letters: …", "Cartas al
/// director", "Lezersbrieven: …" (the lexicons' <c>LettersLabels</c>).
/// </summary>
internal static class Letters
{
    /// <summary>A letters page prints several letters: two signatures at least make its signatures letters'.</summary>
    public const int MinSignatures = 2;

    // A signature is a name and a town: a few words.
    private const int MaxSignatureWords = 9;
    private const int MaxPlaceWords = 4;

    // "del", "de", "aan", "sur": a town's lower-case particles are short.
    private const int MaxPlaceParticle = 3;

    /// <summary>Whether the headline <paramref name="title"/> names a letters page: a letters label alone, or before a colon.</summary>
    public static bool IsLettersPage(string title)
    {
        var text = title.AsSpan().Trim();
        var label = LexiconTables.LettersLabels.LongestStart(text);
        if (label == 0)
        {
            return false;
        }

        var rest = text.Slice(label).TrimStart();
        return rest.Length == 0 || rest[0] == ':';
    }

    /// <summary>
    /// Whether <paramref name="block"/> is a letter's signature: one line, a person's name (<see
    /// cref="Metadata.AuthorReader.ReadBareName(ReadOnlySpan{char})"/>), a comma or a full stop, and a town of a few capitalised
    /// words; no digit, no sentence's end. Or a signature that names nobody ("Name and address supplied", "Lettera firmata").
    /// </summary>
    public static bool IsSignature(TextBlock block)
    {
        // "— Tomás Herrera. Villalba": a letters page may set the signature off with a dash.
        var text = BlockSplitter.AfterBullet(block.Text.AsSpan().Trim());
        if (block.LineCount == 1 && LexiconTables.WithheldNames.Contains(text.TrimEnd('.')))
        {
            return true;
        }

        if (block.LineCount != 1 || text.Length == 0 || !char.IsLetter(text[text.Length - 1]) || Digits.Any(text)
            || Words.MoreThan(text, MaxSignatureWords))
        {
            return false;
        }

        var mark = text.IndexOfAny(',', '.');
        return mark > 0 && Metadata.AuthorReader.ReadBareName(text.Slice(0, mark)) is not null && IsPlace(text.Slice(mark + 1).Trim());
    }

    /// <summary>
    /// Adds to <paramref name="signatures"/> each block from <paramref name="from"/> on that signs the letter right above it: a
    /// signature (<see cref="IsSignature"/>) under a block of prose. They carry the page's run of prose on from letter to letter.
    /// </summary>
    public static void FindSignatures(IReadOnlyList<TextBlock> blocks, int from, ISet<TextBlock> signatures)
    {
        for (var i = Math.Max(from, 1); i < blocks.Count; i++)
        {
            var above = blocks[i - 1].Facts;
            if ((above.IsGood || BlockQuality.IsProse(above)) && IsSignature(blocks[i]))
            {
                signatures.Add(blocks[i]);
            }
        }
    }

    // "Holme", "Olmeda del Rey", "Saint-Vaast-la-Hougue": capitalised words, short particles between, no other mark.
    private static bool IsPlace(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.IndexOfAny(',', '.') >= 0)
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxPlaceWords || (!char.IsUpper(word[0]) && word.Length > MaxPlaceParticle))
            {
                return false;
            }
        }

        return true;
    }
}
