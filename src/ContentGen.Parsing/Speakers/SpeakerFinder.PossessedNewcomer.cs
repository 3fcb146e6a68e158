using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Someone a paragraph names only as a possessor ("It was Okafor's third title."), after the
// person the reader holds salient was last named in an earlier paragraph: a role or an age said
// next ("…," the 24-year-old told reporters) may mean that possessor, whom the article may never
// name otherwise, as well as the salient person. No one is given rather than a guess. A possessor
// who is the salient person ("It was Vale's third title"), an organisation, or a paragraph that
// names the salient person again, leaves the salient person meant.
internal sealed partial class SpeakerFinder
{
    // The words the current paragraph names as possessors, bare of their ending, in sentences
    // before the one being read. Few: most paragraphs hold none.
    private const int MaxParagraphPossessors = 4;

    private readonly List<string> _paragraphPossessors = new(MaxParagraphPossessors);

    // After a sentence: the capitalised possessors inside it ("Okafor's", "Jones'"), not a word
    // of a longer capitalised run ("Harbour Rail's"), which names a body or a full name.
    private void NoteParagraphPossessors(IReadOnlyList<Token> sentence)
    {
        for (var i = 1; i < sentence.Count && i < Cues.MaxReach && _paragraphPossessors.Count < MaxParagraphPossessors; i++)
        {
            // Every token of a sentence tracked passes here: its case, read with it, comes before its ending.
            var token = sentence[i];
            if (!token.IsCapitalized || sentence[i - 1].IsCapitalized)
            {
                continue;
            }

            var ending = NamePlausibility.PossessiveEnding(token.Span);
            if (ending == 0 || token.Span.Length - ending < 2)
            {
                continue;
            }

            _paragraphPossessors.Add(Text.StringCache.Get(token.Span.Slice(0, token.Span.Length - ending)));
        }
    }

    // Whether the paragraph named, as a possessor, someone other than `salient`, who was last
    // named before this paragraph: a role or an age may mean either of them.
    private bool PossessorNamedSince(string salient)
    {
        if (_paragraphPossessors.Count == 0 || _state.MentionedIn(salient) >= _state.Paragraph)
        {
            return false;
        }

        foreach (var possessor in _paragraphPossessors)
        {
            if (EndsWithWord(salient, possessor)
                || _cast.IsOrganisation(_names.Complete(possessor) ?? possessor))
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
