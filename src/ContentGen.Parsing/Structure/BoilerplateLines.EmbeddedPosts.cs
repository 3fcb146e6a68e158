using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    private const string TweetPictureHost = "pic.twitter.com/";

    /// <summary>
    /// Session 58, pages: the fixed lines a social network's embed code prints around a post an article quotes, in the
    /// page's language: the link to the network ("Voir sur X", "View this post on Instagram", <see cref="Lexicon.EmbedLabels"/>,
    /// whole lines only), the post's credit with the account's handle in brackets closing it ("Une publication partagée par
    /// US Bréval Rugby (@usbreval_rugby)", <see cref="Lexicon.EmbedCredits"/>) and a tweet's picture link alone on its line
    /// ("pic.twitter.com/…"). They were kept as the article's paragraphs. An article's sentence that names a network ("Sur
    /// Instagram, le club a publié …") is no whole label, and a credit's words with no handle after them are left alone.
    /// </summary>
    /// <remarks><paramref name="text"/>: the line with its trailing marks trimmed. Cheap: one table lookup, one prefix
    /// search and, on a prefix found, a scan of the line's last characters.</remarks>
    private static bool IsEmbeddedPostLine(ReadOnlySpan<char> text)
        => LexiconTables.EmbedLabels.Contains(text) || IsTweetPictureLink(text) || IsEmbedCredit(text);

    /// <summary>
    /// Session 62 (pfresh): whether <paramref name="line"/> is the link to its network that a post's embed code prints
    /// ("View on X", "Bekijk dit bericht op Instagram": <see cref="Lexicon.EmbedLabels"/>, the whole line with its trailing
    /// marks trimmed, as the line classifier reads it), for readers that hold a line not yet trimmed.
    /// </summary>
    /// <remarks>Not asked by <see cref="IsEmbeddedPostLine"/>: its line is trimmed only at its end, and trimming its start
    /// too is not proven neutral there.</remarks>
    public static bool IsEmbedLabel(ReadOnlySpan<char> line) => LexiconTables.EmbedLabels.Contains(line.Trim().TrimEnd(s_trailing));

    private static bool IsTweetPictureLink(ReadOnlySpan<char> text)
        => text.Length > TweetPictureHost.Length && text.StartsWith(TweetPictureHost.AsSpan(), StringComparison.OrdinalIgnoreCase)
           && text.IndexOf(' ') < 0;

    // "A post shared by Harrow Rovers (@harrowrovers)": the credit's opening words, a name, and the handle in brackets last.
    // The account's name opens with a capital or a figure: "Un post condiviso da migliaia di persone … (@…)" is a sentence.
    private static bool IsEmbedCredit(ReadOnlySpan<char> text)
    {
        var opening = text.Length < 4 || text[text.Length - 1] != ')' ? 0 : LexiconTables.EmbedCredits.LongestStart(text);
        if (opening == 0)
        {
            return false;
        }

        var name = text.Slice(opening).TrimStart();
        if (name.Length == 0 || !(char.IsUpper(name[0]) || char.IsDigit(name[0])))
        {
            return false;
        }

        var open = text.LastIndexOf("(@".AsSpan());
        if (open < 0 || open + 3 > text.Length - 1)
        {
            return false;
        }

        // The handle is one word: letters, digits, dots and underscores.
        foreach (var c in text.Slice(open + 2, text.Length - open - 3))
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
