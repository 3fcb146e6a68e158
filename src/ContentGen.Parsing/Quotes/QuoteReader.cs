using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Reads the quotes of an article's paragraphs with their speakers, joining a quote that runs
/// over several paragraphs (its opening mark repeated at each paragraph's start) into one.
/// </summary>
internal static partial class QuoteReader
{
    // The paragraphs' scans and the parts of the quote being joined live only within Read: one
    // pair of lists per thread serves every article read on it. Lists grown past a long page's
    // size are left to the collector.
    [ThreadStatic]
    private static List<QuoteScanner.Result>? t_scans;
    [ThreadStatic]
    private static List<string>? t_parts;
    private const int MaxKeptItems = 1 << 12;

    /// <summary>Reads the quotes of <paramref name="paragraphs"/>, adding what cannot be paired to <paramref name="problems"/>.</summary>
    /// <param name="paragraphs">The body's paragraphs.</param>
    /// <param name="problems">Where quotes that cannot be paired are reported.</param>
    /// <param name="language">The document's language (ISO 639-1), whose words attribution reads; null tries every language's.</param>
    /// <param name="headline">The article's title, whose subject a quote of the standfirst may belong to.</param>
    public static List<Quote> Read(IReadOnlyList<TextBlock> paragraphs, List<Problem> problems, string? language = null, string? headline = null)
        => Read(paragraphs, problems, language, headline, out _);

    /// <summary>Reads the quotes of <paramref name="paragraphs"/> as the overload above does, and gives what it learnt of names.</summary>
    /// <param name="paragraphs">The body's paragraphs.</param>
    /// <param name="problems">Where quotes that cannot be paired are reported.</param>
    /// <param name="language">The document's language (ISO 639-1), whose words attribution reads; null tries every language's.</param>
    /// <param name="headline">The article's title, whose subject a quote of the standfirst may belong to.</param>
    /// <param name="names">What the article tells of names, as read for its quotes' speakers; null when the body quotes nothing.</param>
    /// <param name="buffers">Where the names' facts are kept, lent with the page's buffers; null makes their own.</param>
    /// <param name="headings">The body's section headings, in order: a question set apart as one is an interviewer's (QuoteReader.QuestionHeadings.cs); null when unknown.</param>
    public static List<Quote> Read(IReadOnlyList<TextBlock> paragraphs, List<Problem> problems, string? language, string? headline, out NamePlausibility? names, NameBuffers? buffers = null, IReadOnlyList<OutsideQuotes.Heading>? headings = null)
    {
        names = null;
        var scans = t_scans ?? new List<QuoteScanner.Result>(paragraphs.Count);
        t_scans = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            scans.Add(QuoteScanner.Scan(paragraph.Text));
        }

        RescanCarriedSingles(paragraphs, scans);

        // Speakers are read up to the last paragraph that quotes: what follows it attributes nothing.
        var lastQuoting = scans.FindLastIndex(scan => scan.Quotes.Count > 0);
        SpeakerFinder? speakers = null;

        // Every quote's words, trimmed and without an attribution comma, in order: the model's one
        // copy, which the quoted-title check reads too.
        var nameBuffers = lastQuoting >= 0 ? buffers?.Take() ?? new NameBuffers() : null;
        var words = nameBuffers is null ? null : QuotedWords(paragraphs, scans, nameBuffers.QuoteTexts, nameBuffers.TitleLike);

        // A quote is one span or more: the list starts at the most it will hold.
        var quotes = new List<Quote>(words?.Count ?? 0);
        var next = 0;
        if (lastQuoting >= 0)
        {
            var tables = SpeechTables.For(language);
            var longest = 0;
            for (var p = 0; p <= lastQuoting; p++)
            {
                longest = System.Math.Max(longest, paragraphs[p].Text.Length);
            }

            names = Plausibility(paragraphs, nameBuffers!.TitleLike, tables, nameBuffers);
            speakers = SpeakerFinder.Rent(names, Cues.For(tables), headline, longest);
            speakers.ReadAhead(paragraphs, paragraphs.Count - 1);
        }

        var parts = t_parts ?? new List<string>();
        t_parts = null;
        Quote? running = null;
        var runningAt = (Paragraph: 0, Quote: 0);
        var runningOpensSentence = false;
        List<(int Index, int Paragraph, int Quote)>? awaiting = null;

        // The inner quotes of the quote being read, listed after it once it closes (QuoteReader.Inner.cs).
        List<(int Paragraph, int OuterOpen, InnerSpan Span)>? innerQuotes = null;
        var innerWords = SpeechTables.For(language);
        var nextHeading = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var scan = scans[p];
            if (p <= lastQuoting && QuestionHeadingBefore(headings, p, ref nextHeading))
            {
                speakers!.QuestionSetApart();
            }

            IReadOnlyList<string?> attributed = p <= lastQuoting ? speakers!.Attribute(text, scan.Quotes, lastQuoting: p == lastQuoting) : System.Array.Empty<string?>();
            UnpairedMarks.ReportStrayClosers(paragraphs[p], scan, problems);
            var nextInner = 0;

            for (var q = 0; q < scan.Quotes.Count; q++)
            {
                var span = scan.Quotes[q];
                var inner = words![next++];

                // "… sera voté», a lancé le ministre": words whose opening mark was lost are a
                // quote only when the cue after them names a speaker, and not inside a quote still open.
                if (span.IsHeadless && (attributed[q] is null || running is not null))
                {
                    continue;
                }
                if (running is not null && q == 0 && span.Open == 0)
                {
                    // Parts are joined once the quote closes: appending here would be quadratic.
                    parts.Add(inner);
                    if (running.Speaker is null && attributed[q] is { } continued)
                    {
                        running = running with { Speaker = continued, SpeakerKind = speakers!.KindOf(continued) };
                    }
                }
                else
                {
                    ReportUnclosed(Joined(running, parts), problems);
                    innerQuotes?.Clear();
                    parts.Clear();
                    parts.Add(inner);
                    runningAt = (p, q);
                    runningOpensSentence = OpensQuotedSentence(text, span.Open);
                    running = new Quote(inner, attributed[q], p, paragraphs[p].PositionAt(span.Start))
                    {
                        SpeakerKind = attributed[q] is { } speaker ? speakers!.KindOf(speaker) : null,
                    };
                }

                NoteInner(scan, p, q, ref nextInner, ref innerQuotes);
                if (span.IsAbandoned || !span.IsOpen)
                {
                    var quote = Joined(running, parts)!;
                    if (AwaitsRoleHolder(quote, speakers))
                    {
                        (awaiting ??= new List<(int, int, int)>()).Add((quotes.Count, runningAt.Paragraph, runningAt.Quote));
                    }

                    quotes.Add(quote);
                    AddInner(quotes, paragraphs, innerQuotes, innerWords, language);
                    if (span.IsAbandoned)
                    {
                        ReportUnclosed(quote, problems, ProblemKind.AbandonedQuote);
                    }

                    parts.Clear();
                    running = null;
                }
            }

            // A quoted sentence left open at its paragraph's last stop, which the next paragraph does
            // not carry on, lost its closing mark there (QuoteReader.ToParagraphEnd.cs).
            if (running is not null && runningOpensSentence && scan.Quotes.Count > 0 && scan.Quotes[scan.Quotes.Count - 1].IsOpen
                && EndsOnStop(text) && !CarriedOn(paragraphs, scans, p + 1))
            {
                var quote = Joined(running, parts)!;
                if (AwaitsRoleHolder(quote, speakers))
                {
                    (awaiting ??= new List<(int, int, int)>()).Add((quotes.Count, runningAt.Paragraph, runningAt.Quote));
                }

                quotes.Add(quote);
                AddInner(quotes, paragraphs, innerQuotes, innerWords, language);
                ReportUnclosed(quote, problems, ProblemKind.QuoteEndsWithParagraph);
                parts.Clear();
                running = null;
            }
        }

        ReportUnclosed(Joined(running, parts), problems);
        if (awaiting is not null)
        {
            // The paragraphs after the last that quotes may name the role's holder.
            for (var p = lastQuoting + 1; p < paragraphs.Count; p++)
            {
                speakers!.ReadRoleHolders(paragraphs[p].Text);
            }

            foreach (var (index, paragraph, quote) in awaiting)
            {
                if (speakers!.HolderNamedLater(paragraph, quote) is { } holder)
                {
                    quotes[index] = quotes[index] with { Speaker = holder, SpeakerKind = speakers.KindOf(holder) };
                }
            }
        }

        speakers?.Return();
        Keep(scans, ref t_scans);
        Keep(parts, ref t_parts);
        return quotes;
    }

    // "Pour le maire, c'est « … »" read before the article named the mayor: asked once the article is
    // read (SpeakerFinder.RoleNamedLater.cs); so is a role given as its own noun beside someone else's
    // (SpeakerFinder.RankBesideOtherRole.cs).
    private static bool AwaitsRoleHolder(Quote quote, SpeakerFinder? speakers)
        => (quote.Speaker is null || quote.SpeakerKind == SpeakerKind.Description) && speakers is { AwaitsRoleHolders: true };

    // Hands a list back to the thread, empty, unless a huge page grew it.
    private static void Keep<T>(List<T> list, ref List<T>? slot)
    {
        list.Clear();
        if (list.Capacity <= MaxKeptItems)
        {
            slot = list;
        }
    }

    // What the whole article writes in lower case, and what it quotes, tells a name from a common word or a title.
    internal static NamePlausibility Plausibility(IReadOnlyList<TextBlock> paragraphs, List<string> quoted, SpeechTables words, NameBuffers? buffers = null)
    {
        buffers ??= new NameBuffers();
        var texts = buffers.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            texts.Add(paragraphs[p].Text);
        }

        return new NamePlausibility(texts, quoted, words, buffers);
    }

    // `titleLike`: the words of the quotes that had no attribution comma. A quote equal to a name is
    // a title's ("Harbour Nights"), and a name never ends with a comma, so no other can be one.
    private static List<string> QuotedWords(IReadOnlyList<TextBlock> paragraphs, List<QuoteScanner.Result> scans, List<string> quoted, List<string> titleLike)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var spans = scans[p].Quotes;
            for (var q = 0; q < spans.Count; q++)
            {
                var span = spans[q];
                if (span.Continuations is not null)
                {
                    var joined = span.TrimmedInner(text);
                    var words = WithoutAttributionComma(joined);
                    quoted.Add(words);
                    if (ReferenceEquals(words, joined))
                    {
                        titleLike.Add(words);
                    }

                    continue;
                }

                // Trimmed in place, so that the one string made is the model's.
                var trimmed = span.TrimmedInnerSpan(text);
                var inner = WithoutAttributionComma(trimmed);
                var model = inner.ToString();
                quoted.Add(model);
                if (inner.Length == trimmed.Length)
                {
                    titleLike.Add(model);
                }
            }
        }

        return quoted;
    }

    // "We remain far apart," said Roe: the comma belongs to the sentence around the quote, not to
    // the words said. A full stop, question or exclamation mark that ends them stays.
    private static ReadOnlySpan<char> WithoutAttributionComma(ReadOnlySpan<char> inner)
    {
        var end = inner.Length;
        while (end > 0 && inner[end - 1] == ',')
        {
            end--;
        }

        return end == inner.Length ? inner : Whitespace.Trim(inner.Slice(0, end));
    }

    internal static string WithoutAttributionComma(string inner)
    {
        var words = WithoutAttributionComma(inner.AsSpan());
        return words.Length == inner.Length ? inner : words.ToString();
    }

    private static Quote? Joined(Quote? running, List<string> parts)
        => running is null || parts.Count < 2 ? running : running with { Text = string.Join(" ", parts) };

    // A quote still open when another starts, or at the end, is reported, not guessed at:
    // its words stay in the paragraph, so nothing is lost.
    // An abandoned quote, cut short by the next opening mark, is listed up to that mark; a quote
    // still open at the end of its paragraphs is not listed at all. Both lack their closing mark.
    private static void ReportUnclosed(Quote? running, List<Problem> problems, ProblemKind kind = ProblemKind.UnclosedQuote)
    {
        if (running is null)
        {
            return;
        }

        problems.Add(UnpairedMarks.Unclosed(running.Text, running.Position, kind));
    }
}
