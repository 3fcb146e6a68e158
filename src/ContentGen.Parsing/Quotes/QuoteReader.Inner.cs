using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Quotes inside quotes (QuoteScanner.Inner.cs) listed as quotes of their own, right after the quote
/// they sit in, whose words keep them: the writers of the evaluation, and readers of the article,
/// take «Mi padre siempre decía: “No te rindas”» as two quotes, the inner one the father's.
/// </summary>
internal static partial class QuoteReader
{
    // Notes the inner quotes of the block's top-level quote `q` for the quote being read, which may
    // run on over paragraphs. The scan lists them by their quote's index, so a cursor walks them once.
    private static void NoteInner(QuoteScanner.Result scan, int paragraph, int q, ref int next, ref List<(int Paragraph, int OuterOpen, InnerSpan Span)>? noted)
    {
        var inner = scan.Inner;
        while (next < inner.Count && inner[next].Outer < q)
        {
            next++;
        }

        while (next < inner.Count && inner[next].Outer == q)
        {
            (noted ??= new List<(int, int, InnerSpan)>()).Add((paragraph, scan.Quotes[q].Open, inner[next++]));
        }
    }

    // Lists the noted inner quotes after the quote just added, the last of `quotes`, and forgets them.
    // An inner quote without words (two marks side by side) quotes nothing. Its speaker is the outer
    // quote's when the outer speaker's words cue it in the first person (InnerQuoteSpeaker.cs), or the
    // person the outer quote names as the subject of a verb of saying right before it (InnerQuoteSpeaker.Reporter.cs).
    private static void AddInner(List<Quote> quotes, IReadOnlyList<TextBlock> paragraphs, List<(int Paragraph, int OuterOpen, InnerSpan Span)>? noted, SpeechTables words, string? language)
    {
        if (noted is null || noted.Count == 0)
        {
            return;
        }

        var within = quotes.Count - 1;
        var outer = quotes[within];
        foreach (var (paragraph, outerOpen, span) in noted)
        {
            var text = paragraphs[paragraph].Text;
            var inner = WithoutAttributionComma(span.TrimmedInnerSpan(text));
            if (inner.Length > 0)
            {
                // "comme disait mon père :", "como dizia o meu avô:": a relative inverted after the verb
                // says the words, though a first person opened the sentence (InnerQuoteSpeaker.Inverted.cs).
                var relative = InnerQuoteSpeaker.InvertedRelativeCue(text, outerOpen, span.Open, words, language, paragraphs, outer.Speaker, out var inverted);
                // "Un voisin nous a dit :": someone new as the subject says the words, though a first person
                // stands in the cue as their object (InnerQuoteSpeaker.Newcomer.cs).
                var byNewcomer = false;
                var cued = relative ? null : InnerQuoteSpeaker.ReporterCue(text, outerOpen, span.Open, words, language, paragraphs, outer.Speaker, out byNewcomer);
                // "Toen ik belde, zei een buurvrouw: “…”": someone after a fronted clause says the words, not the
                // first person of that clause (InnerQuoteSpeaker.AfterFrontedClause.cs). No cue gave a speaker, so
                // none gave a newcomer either (ReporterCue sets byNewcomer only with the noun it returns).
                if (!relative && cued is null && InnerQuoteSpeaker.SomeoneAfterFrontedClause(text, outerOpen, span.Open, words, out var fronted))
                {
                    cued = fronted;
                    byNewcomer = true;
                }

                // "Yesterday an elderly man asked me, '…'", "Um visitante perguntou-me:": someone new with an adverb
                // before, an adjective beside the noun or a pronoun joined to the verb (InnerQuoteSpeaker.Visitor.cs).
                if (!relative && cued is null && !byNewcomer && InnerQuoteSpeaker.SomeoneNewAroundTheNoun(text, outerOpen, span.Open, words) is { } visitor)
                {
                    cued = visitor;
                    byNewcomer = true;
                }

                // "One stranger came in, and he said, '…'", "Toen zei hij:": a third person's pronoun points back to the
                // one person the teller mentions, or to no one the reader can say; never the teller (InnerQuoteSpeaker.ThirdPerson.cs).
                string? pointed = null;
                var thirdPerson = !relative && cued is null && !byNewcomer
                    && InnerQuoteSpeaker.ThirdPersonCue(text, outerOpen, span.Open, words, paragraphs, quotes, outer.Speaker, out pointed);
                // "Un pompier nous a dit :" with a noun the lexicons lack: still someone new's words, though
                // no one is given (InnerQuoteSpeaker.Stranger.cs).
                var ownWords = !relative && !byNewcomer && !thirdPerson && outer.Speaker is not null && InnerQuoteSpeaker.FirstPersonCue(text, outerOpen, span.Open, words, language)
                    && !InnerQuoteSpeaker.SomeoneNewBeforeFirstPerson(text, outerOpen, span.Open, words);
                var reporter = relative ? inverted : ownWords ? null : thirdPerson ? pointed : cued;
                quotes.Add(new Quote(inner.ToString(), ownWords ? outer.Speaker : reporter, paragraph, paragraphs[paragraph].PositionAt(span.Open))
                {
                    SpeakerKind = ownWords ? outer.SpeakerKind : reporter is null ? null : SpeakerKind.Person,
                    Within = within,
                });
            }
        }

        noted.Clear();
    }

    /// <summary>
    /// Points each inner quote of <paramref name="quotes"/> at the quote it sits in again, after quotes
    /// outside the body were put among them: an inner quote follows its own quote, and its siblings
    /// alone stand between them, so its quote is the last top-level one before it.
    /// </summary>
    public static void RenumberInner(List<Quote> quotes)
    {
        var outer = -1;
        for (var i = 0; i < quotes.Count; i++)
        {
            var within = quotes[i].Within;
            if (within is null)
            {
                outer = i;
            }
            else if (within != outer && outer >= 0)
            {
                quotes[i] = quotes[i] with { Within = outer };
            }
        }
    }
}
