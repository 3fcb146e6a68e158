using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// What stands at a masthead's place but names no outlet: a list or a title with its subtitle ("Front|Suisse|", "Site:
/// Series, Films, Documentaries"), a feed's or front page's label ("Flash Info", "La une du …", "Top stories …"), a
/// programme's or a video's label ("Vidéo …", "Live …"), and the wrapped end of the line above ("… des commentaires"
/// under a feed's links). An outlet's name is a name alone: no list marks, and its first word is its own.
/// </summary>
internal static partial class OutletNames
{
    // A list's items or a title's subtitle stand after these, and a greeting or a call holds a sentence's marks ("Welcome!
    // Sign in"): an outlet's name holds none.
    private static readonly char[] s_listMarks = { '|', '·', ':', ',', ';', '!', '?' };

    private static bool IsLabelNotName(ReadOnlySpan<char> name)
    {
        if (name.IndexOfAny(s_listMarks) >= 0)
        {
            return true;
        }

        var reader = new WordReader(name);
        if (reader.Read() && (LexiconTables.HeadlineFormTags.Contains(reader.Word) || LexiconTables.FeedLabels.Contains(reader.Word)))
        {
            return true;
        }

        // A feed's or a headline's label opens it as whole words ("Ao vivo …", "La une …"), not a longer word that starts
        // alike ("Unesco …").
        return LexiconTables.FeedLabels.StartsAnyWhole(name) || LexiconTables.HeadlineFormTags.StartsAnyWhole(name);
    }

    // A logo's name printed twice, its picture's text and its link's ("Radio Nord Radio Nord"), between a name-like line
    // and the headline: the page's own masthead is the logo, and the line above it a network's link to a sister or a
    // parent ("The Group's Concert Hall"). Two names at the top, and none read as the page's own: no source.
    private static bool LogoBelow(IReadOnlyList<SourceLine> lines, string document, int from, int titleIndex)
    {
        for (var i = from; i < titleIndex; i++)
        {
            if (IsNamePrintedTwice(Whitespace.Trim(lines[i].Span(document))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamePrintedTwice(ReadOnlySpan<char> text)
    {
        var half = text.Length / 2;
        return text.Length % 2 == 1 && text[half] == ' ' && char.IsLetter(text[0])
            && text.Slice(0, half).SequenceEqual(text.Slice(half + 1)) && ReadsAsName(text.Slice(0, half), confirmed: false);
    }

    // A line opening in lower case right under a line of text goes on with it: a width broke it there ("#Site » Feed …"
    // / "… of comments"). It is read with the line above, which the masthead's rule has passed over. Under a skip link
    // ("Skip to content") it is a line of its own: a masthead in lower case ("la Crónica de …").
    private static bool ContinuesLineAbove(IReadOnlyList<SourceLine> lines, string document, int index, ReadOnlySpan<char> text)
        => index > 0 && text.Length > 0 && char.IsLower(text[0]) && !lines[index - 1].IsBlank(document)
            && !LexiconTables.NavigationLines.Contains(Whitespace.Trim(LinkMarkers.PastLeading(lines[index - 1].Span(document))));
}
