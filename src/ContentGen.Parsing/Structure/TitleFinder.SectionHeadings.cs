using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A subheading set between an article's own sentences, which is no chrome over a headline.
internal static partial class TitleFinder
{
    // "… vor zwölf Jahren." / "Helfer gesucht" / "Der Verein sucht noch Leute …": a short line with a sentence ending right
    // above it and a longer sentence right under it is a section's subheading, whatever the language. A page's chrome over
    // its headline (menus, labels, a site's name, buttons) stands among other chrome, not inside the article's sentences.
    // Counted as chrome, a plain article's one-sentence sections made every other block "no sentence", and a quoted
    // sentence right above its long last paragraph took the title.
    // Only inside an article that starts right under the page's first line (its second block a sentence): a teaser list's
    // headlines ("Harbour Times" / "New park opens" / "Residents can visit …" / "Bus route cut" / …) also stand between
    // sentences, their blurbs, but under a site's name or a menu the list opens on a headline, and it is chrome.
    private static bool IsSubheadingBetweenSentences(IReadOnlyList<TextBlock> blocks, int i)
    {
        if (i < 1 || i + 1 >= blocks.Count || blocks[i].LineCount != 1 || !blocks[i].Facts.IsHeadline(strict: false)
            || !BlockQuality.EndsLikeSentence(blocks[1].Text.AsSpan()))
        {
            return false;
        }

        var above = blocks[i - 1];
        var under = blocks[i + 1];
        return BlockQuality.EndsLikeSentence(above.Text.AsSpan()) && BlockQuality.EndsLikeSentence(under.Text.AsSpan())
            && under.Facts.Words > blocks[i].Facts.Words && !above.Facts.IsCaption && !under.Facts.IsCaption;
    }
}
