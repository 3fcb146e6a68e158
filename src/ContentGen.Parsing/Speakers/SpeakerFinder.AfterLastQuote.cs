using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// What the finder reads of a sentence (the cast, the role holders, who is named) serves the quotes
// after it, and what the quote reader asks once a paragraph is read: the kind of each speaker the
// paragraph gave (KindOf), and the holder of a role a quote waits for. In the article's last
// paragraph that quotes, when every quote there was left no one's and none waits for a role's
// holder, nothing asks anything after its last quote: the sentences after it are not read. With a
// speaker there, they are: a later sentence may still show that speaker to be a body ("… said
// Harbour Trust. The Harbour Trust was founded in 1900.").
internal sealed partial class SpeakerFinder
{
    // The index of the last sentence whose reading anyone may ask about: every sentence, or in the
    // article's last paragraph that quotes, the last one holding a quote.
    private static int LastReadSentence(List<TokenRange> sentences, bool lastQuoting)
    {
        var last = sentences.Count - 1;
        if (!lastQuoting)
        {
            return last;
        }

        while (last >= 0 && !HoldsQuote(sentences[last], 0, sentences[last].Count))
        {
            last--;
        }

        return last;
    }

    // Whether the paragraph's sentences past `lastRead` may go unread: the quote reader asks
    // nothing of a paragraph whose quotes have no speaker, unless a quote waits for a role's holder.
    private bool NothingAskedPast(int s, int lastRead, List<string?> speakers)
    {
        if (s <= lastRead || AwaitsRoleHolders)
        {
            return false;
        }

        for (var q = 0; q < speakers.Count; q++)
        {
            if (speakers[q] is not null)
            {
                return false;
            }
        }

        return true;
    }
}
