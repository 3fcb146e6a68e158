using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Before any block is made, the page's lines are grouped into blocks, and lines that are chrome
// on their own (a menu's, a share bar's, a run-on's end) are set aside where they stand.
internal sealed partial class BodyReader
{
    // A sentence of the page: more words than a caption's credit or a button's call ("Read more.").
    private const int MinSeenSentenceWords = 6;

    // Whether the next line that is not blank after line `index`, past blank lines (a dump may double them), is a sentence:
    // the standfirst under a page's headline, where another item's title in the page's header stands over the headline. A
    // dump may wrap the headline and the sentence: the sentence's lines glued under its first, a few at most, up to the one
    // that ends it.
    private const int MaxWrappedSentenceLines = 4;

    private static bool SentenceUnder(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        // "… desfilan bajo el" / "sol": the line's own end, wrapped under it, goes on in lower case.
        var i = index + 1;
        while (i < lines.Count && !lines[i].IsBlank(document) && lines[i].Span(document).TrimStart() is { Length: > 0 } wrapped && char.IsLower(wrapped[0]))
        {
            i++;
        }

        while (i < lines.Count && lines[i].IsBlank(document))
        {
            i++;
        }

        var words = 0;
        for (var end = i + MaxWrappedSentenceLines; i < lines.Count && i < end && !lines[i].IsBlank(document); i++)
        {
            var span = lines[i].Span(document);
            words += Words.Count(span, MinSeenSentenceWords + 1);
            if (Punctuation.EndsSentence(span))
            {
                return words > MinSeenSentenceWords;
            }
        }

        return false;
    }

    // An end signal's label over a list: a few words, the list's headlines glued under it (two at least), and the article's
    // prose going on under the list, past one short line (a subheading) at most.
    private const int MaxListLabelWords = 5;
    private const int MinListedLinks = 2;
    private const int MaxListedLinks = 8;
    private const int MinGoOnProseWords = 12;

    private static bool IsListLabelInArticle(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        var label = lines[index].Span(document).Trim();
        if (Words.MoreThan(label, MaxListLabelWords) || Punctuation.EndsSentence(label) || !Terminators.IsTerminator(label))
        {
            return false;
        }

        var links = 0;
        var i = index + 1;
        for (; i < lines.Count && !lines[i].IsBlank(document); i++)
        {
            if (++links > MaxListedLinks || !ReadAlsoLinks.IsLinkedHeadline(lines[i].Span(document).Trim()))
            {
                return false;
            }
        }

        if (links < MinListedLinks)
        {
            return false;
        }

        // Under the list: the article's next paragraph, or a subheading alone over it.
        for (var group = 0; group < 2; group++)
        {
            while (i < lines.Count && lines[i].IsBlank(document))
            {
                i++;
            }

            if (i >= lines.Count)
            {
                return false;
            }

            var span = lines[i].Span(document).Trim();
            if (Punctuation.EndsSentence(span) || Words.MoreThan(span, MinGoOnProseWords) || (i + 1 < lines.Count && !lines[i + 1].IsBlank(document)))
            {
                // A paragraph a dump wrapped is read whole, not its first line, whose words the width cut short.
                span = WrappedParagraphs.Opening(lines, document, i).AsSpan();
                // The prose under the list goes on with the article's subject, as a section under an insert does
                // (ProseRuns.SharesAWord): a footer's "about us" blurb under a most-read list speaks of something else.
                return Words.MoreThan(span, MinGoOnProseWords) && !Terminators.IsTerminator(span)
                    && SharesWordsAbove(document, lines[index].Offset, span);
            }

            i++;
        }

        return false;
    }

    // Two of the line's words in lower case, of five letters or more and no function word, come back in the page's text
    // above `before`; at most MaxSharedWordsRead words are looked for, on the rare line under such a list.
    private const int MinSharedWordLetters = 5;
    private const int MinSharedWords = 2;
    private const int MaxSharedWordsRead = 30;

    private static bool SharesWordsAbove(string document, int before, ReadOnlySpan<char> line)
    {
        var above = document.AsSpan(0, before);
        var read = 0;
        var shared = 0;
        var reader = new WordReader(line);
        while (reader.Read() && read < MaxSharedWordsRead)
        {
            var word = reader.Word;
            if (word.Length < MinSharedWordLetters || !char.IsLower(word[0]) || Stopwords.IsStopword(word))
            {
                continue;
            }

            read++;
            if (above.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 && ++shared == MinSharedWords)
            {
                return true;
            }
        }

        return false;
    }

    // Groups the non-blank lines between blank lines, taking out chrome and repeated lines.
    // A chrome line also ends its group, so that it never glues two paragraphs together.
    private (LineSegment[] Segments, List<(int Start, int Count)> Groups) GroupLines(IReadOnlyList<SourceLine> lines, string document, PageBuffers buffers)
    {
        var groups = new LineGroups(buffers);
        var seen = t_seen ?? new SpanSet(LinesPerPage);
        t_seen = null;
        var boxes = LineBoxes.Collect(lines, document, static (lines, start, end, document) =>
            SignUpBoxes.IsBox(lines, start, end, document) || PaywallBoxes.IsBox(lines, start, end, document));

        // A "read also" label alone on its line ("À lire aussi"): the other story's headline is printed right under it.
        var linkLabelAbove = false;

        // A media label ("FOTOGALLERY", "Video") over the page's first sentence labels the page itself: the line under it is
        // the page's headline, no linked item's title. Whether a sentence of the page was kept yet, and whether the label
        // above is such a media label.
        var sentenceSeen = false;
        var mediaLabelAbove = false;

        // The lines glued under such a label ("Leia também" over headlines and their blurbs) are its links' box:
        // how many it has taken, and whether the last was a headline, under which a short blurb may stand.
        var linkBoxLines = 0;
        var underLinkedHeadline = false;

        // Whether a headline of the box stood right under another: its links carry no blurbs.
        var bareHeadlines = false;

        // How many words the box's first headline has: a subheading glued under the box is much shorter. And the marks every
        // headline of the box carries ("▶", a kicker's colon): a subheading glued under the box lacks them.
        var linkWords = 0;
        var boxMarks = LinkMarks.None;

        // The chrome line just set aside in this group, whose last words a short line may carry on.
        Boilerplate? chromeAbove = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank(document))
            {
                SetAsideRunOn(groups, ref chromeAbove);
                groups.EndGroup();
                linkLabelAbove = false;
                linkBoxLines = 0;
                continue;
            }

            var segment = new LineSegment(line, document);

            // A line going on from the one above, mid-sentence, is judged with its paragraph, not alone.
            var goesOn = groups.CurrentCount > 0 && RunningLines.GoesOn(groups.Current(groups.CurrentCount - 1).Span, segment.Span);
            var kind = JudgeAlone(groups, segment.Span, inBox: boxes?.Contains(line.Number) == true, goesOn);

            // "MOST READ IN NEWS" over other stories' headlines glued under it, with the article going on below the list: the
            // list is an insert, its label no end of the article (a dump glues headlines of one length into one block that
            // reads as a paragraph).
            var listLabel = kind is null && groups.CurrentCount == 0 && IsListLabelInArticle(lines, document, i);
            if (listLabel)
            {
                kind = BoilerplateKind.Navigation;
            }

            // "Durata: 124 minuti" glued between two labelled lines ("Regia: …" / "Con: …"): a film's running time in its
            // box of details, not a video's duration alone.
            if (kind == BoilerplateKind.Navigation && groups.CurrentCount > 0 && FactBoxes.IsLabelledLine(segment.Span)
                && FactBoxes.IsLabelledLine(groups.Current(groups.CurrentCount - 1).Span) && i + 1 < lines.Count && !lines[i + 1].IsBlank(document)
                && FactBoxes.IsLabelledLine(lines[i + 1].Span(document)))
            {
                kind = null;
            }

            if (kind is null && linkLabelAbove && (sentenceSeen || !mediaLabelAbove || !SentenceUnder(lines, document, i)) && ReadAlsoLinks.IsLinkedHeadline(segment.Span))
            {
                kind = BoilerplateKind.Navigation;
                linkBoxLines = 1;
                linkWords = Words.Count(segment.Span, int.MaxValue);
                boxMarks = ReadAlsoLinks.MarksOf(segment.Span);
                underLinkedHeadline = true;
                bareHeadlines = false;
            }
            else if (kind is null && linkBoxLines > 0 && ReadAlsoLinks.GoesOnInBox(segment.Span, linkBoxLines, underLinkedHeadline, bareHeadlines)
                && !(i + 1 < lines.Count && !lines[i + 1].IsBlank(document) && ReadAlsoLinks.IsSubheadingOverProse(segment.Span, lines[i + 1].Span(document).Trim(), linkWords, boxMarks)))
            {
                // A page with no blank lines glues the article's next paragraph to the box: the box ends at it.
                kind = BoilerplateKind.Navigation;
                linkBoxLines++;
                var headline = ReadAlsoLinks.IsLinkedHeadline(segment.Span);
                bareHeadlines |= headline && underLinkedHeadline;
                if (headline)
                {
                    boxMarks &= ReadAlsoLinks.MarksOf(segment.Span);
                }

                underLinkedHeadline = headline;
            }
            else
            {
                linkBoxLines = 0;
            }

            linkLabelAbove = ReadAlsoLinks.IsLabel(segment.Span) || listLabel;
            mediaLabelAbove = linkLabelAbove && ReadAlsoLinks.IsMediaLabel(segment.Span);
            sentenceSeen |= kind is null && Punctuation.EndsSentence(segment.Span) && Words.MoreThan(segment.Span, MinSeenSentenceWords);
            // The masthead's name under a browser's title wrapped at its separator ends that title line (WrappedBrowserTitles).
            if (kind is null && segment.Length >= MinRepeatedLength
                && !seen.Add(document, segment.Start.Offset, segment.Length, out var copied)
                && !WrappedCopies.GoOnOtherwise(lines, document, i, seen.StartOf(copied))
                && !(groups.CurrentCount > 0 && WrappedBrowserTitles.EndsTitleLine(groups.Current(groups.CurrentCount - 1).Span, segment.Span)))
            {
                var first = seen.StartOf(copied);
                kind = BoilerplateKind.Repeated;
                _repeats.Add((segment, first));
                _firstCopies.Add(first);
            }

            if (kind is { } found)
            {
                // A chrome line under the call's end closes the call's group as a blank line does
                // ("… ab 1 Euro im" / "Monat lesen Sie alle Artikel …" / "Jetzt abonnieren").
                SetAsideRunOn(groups, ref chromeAbove);

                // A photo's copyright glued under a one-line sentence ("La navette fera une boucle toutes
                // les vingt minutes." / "©Archives Bertrand Lapègue") credits that line: it is the caption.
                if (groups.CurrentCount == 1 && found == BoilerplateKind.Copyright && segment.Span[0] == '©' && groups.Current(0) is var caption
                    && Punctuation.EndsSentence(caption.Span))
                {
                    _boilerplate.Add(new Boilerplate(caption.ToString(), BoilerplateKind.Caption, caption.Start));
                    groups.ClearCurrent();
                }

                var item = new Boilerplate(segment.ToString(), found, segment.Start);
                _boilerplate.Add(item);
                groups.EndGroup();
                chromeAbove = found == BoilerplateKind.Repeated ? null : item;
            }
            else
            {
                chromeAbove = groups.CurrentCount == 0 ? chromeAbove : null;
                if (!goesOn && BoilerplateLines.StartsLinkLine(segment.Span))
                {
                    groups.EndGroup();
                }

                groups.Add(segment);
            }
        }

        SetAsideRunOn(groups, ref chromeAbove);
        groups.EndGroup();
        var kept = seen.Count <= MaxKeptLines;
        seen.Clear();
        if (kept)
        {
            t_seen = seen;
        }

        return groups.Finish();
    }

    // A dump wraps a chrome line as it wraps a paragraph: one short line closing the group (at a blank
    // line or over another chrome line) that goes on mid-sentence from a call to the reader set aside
    // above it ("… abonnez-vous dès 1 €" / "le premier mois.") is the call's end; a call speaks to the
    // reader or uses a sign-up or appeal phrase ("Apoie o jornalismo independente. Faça uma assinatura
    // do Correio do" / "Douro e tenha acesso a todos os conteúdos."). Under other chrome it stays: that
    // chrome may be a paragraph's first line read alone.
    private void SetAsideRunOn(LineGroups groups, ref Boilerplate? chromeAbove)
    {
        if (chromeAbove is { } above && groups.CurrentCount == 1 && groups.Current(0) is var line && !Words.MoreThan(line.Span, MaxRunOnWords)
            && Punctuation.EndsSentence(line.Span) && RunningLines.GoesOn(above.Text, line.Span)
            && (SignUpSentences.SpeaksToTheReader(above.Text.AsSpan()) || LexiconTables.AppealPhrases.FoundIn(above.Text.AsSpan())
                || LexiconTables.SignUpPhrases.FoundIn(above.Text.AsSpan())))
        {
            _boilerplate.Add(new Boilerplate(line.ToString(), above.Kind, line.Start));
            groups.ClearCurrent();
        }

        chromeAbove = null;
    }
}
