using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A broadcaster's page introduces its video inside the article: a short line that names a report and
/// ends on a colon ("Le reportage de Radio Vallée :", "Watch the report from Valley TV:"), then the
/// video's description, a line or a few with no final full stop. Both are the video's, not the article's;
/// a sentence under such a line is the article's.
/// </summary>
internal static class ReportIntros
{
    // "Le reportage de Radio Vallée :": a few words, not a sentence that opens a list.
    private const int MaxIntroWords = 8;

    // A video's description runs over a few wrapped lines at most.
    private const int MaxDescriptionLines = 3;
    private const int MaxDescriptionWords = 40;

    /// <summary>Whether <paramref name="block"/> introduces a video: one short line naming a report, ending on a colon.</summary>
    public static bool IsIntro(TextBlock block)
    {
        var text = block.Text.AsSpan().TrimEnd();
        if (block.LineCount != 1 || text.Length == 0 || text[text.Length - 1] != ':' || Words.MoreThan(text, MaxIntroWords))
        {
            return false;
        }

        return LexiconTables.ReportWords.HoldsAnyWordOf(text);
    }

    /// <summary>Whether <paramref name="block"/>, under an introduction, is the video's description: no sentence, a few lines.</summary>
    public static bool IsDescription(TextBlock block)
    {
        var text = block.Text;
        return block.LineCount <= MaxDescriptionLines && text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
            && !BlockQuality.EndsLikeSentence(text) && !Words.MoreThan(text.AsSpan(), MaxDescriptionWords);
    }
}
