using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Speakers;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Reads the quotes that stand outside the body, in the title and in section headings
/// ("Jane Roe : « Nous tiendrons »", "« We will hold », says Jane Roe"), and puts them among the
/// body's quotes in document order. Each line is attributed on its own, by a finder that knows
/// the whole article's names but no discourse: a headline's cue names its speaker or nobody.
/// A line's marks that pair with nothing are reported at the mark, as the body's are.
/// </summary>
internal static class OutsideQuotes
{
    /// <summary>A heading and the index of the first paragraph of the section it opens.</summary>
    public readonly struct Heading
    {
        public Heading(TextBlock block, int firstParagraph)
        {
            Block = block;
            FirstParagraph = firstParagraph;
        }

        public TextBlock Block { get; }

        public int FirstParagraph { get; }
    }

    /// <summary>The body's quotes with the title's first and each heading's before its section's.</summary>
    /// <param name="body">The body's quotes, in order.</param>
    /// <param name="title">The title's block.</param>
    /// <param name="headline">The headline: the title without its site name, as it stands in <paramref name="title"/>.</param>
    /// <param name="headings">The section headings, in order.</param>
    /// <param name="paragraphs">The body's paragraphs, whose words tell names from common words.</param>
    /// <param name="language">The document's language, or null for every language's words.</param>
    /// <param name="problems">Where the lines' marks that pair with nothing are reported.</param>
    /// <param name="names">What the body's reading learnt of names, if it read any: read again, it costs a pass over the article.</param>
    public static List<Quote> Merge(List<Quote> body, TextBlock title, string headline, IReadOnlyList<Heading> headings, IReadOnlyList<TextBlock> paragraphs, string? language, List<Problem> problems, NamePlausibility? names = null)
    {
        var titleScan = QuoteScanner.Scan(title.Text);
        UnpairedMarks.ReportLine(title, titleScan, problems);
        var anyHeading = false;
        var headingScans = new QuoteScanner.Result[headings.Count];
        for (var h = 0; h < headings.Count; h++)
        {
            headingScans[h] = QuoteScanner.Scan(headings[h].Block.Text);
            UnpairedMarks.ReportLine(headings[h].Block, headingScans[h], problems);
            anyHeading |= headingScans[h].Quotes.Count > 0;
        }

        if (titleScan.Quotes.Count == 0 && !anyHeading)
        {
            return body;
        }

        var context = new Context(body, paragraphs, language, headline, names);
        var merged = new List<Quote>(body.Count + 4);

        // The headline's own words: a site name kept on the line quotes nothing of the article.
        var from = title.Text.IndexOf(headline, System.StringComparison.Ordinal);
        var to = from < 0 ? title.Text.Length : from + headline.Length;
        Add(title, titleScan, System.Math.Max(from, 0), to, QuotePlace.Title, -1, context, merged);

        var next = 0;
        for (var h = 0; h < headings.Count; h++)
        {
            var first = headings[h].FirstParagraph;
            while (next < body.Count && body[next].Paragraph < first)
            {
                merged.Add(body[next++]);
            }

            var block = headings[h].Block;
            Add(block, headingScans[h], 0, block.Text.Length, QuotePlace.Heading, first, context, merged);
        }

        while (next < body.Count)
        {
            merged.Add(body[next++]);
        }

        QuoteReader.RenumberInner(merged);
        return merged;
    }

    /// <summary>
    /// The quotes of lines outside the body, each read on its own as <see cref="Merge"/> reads
    /// them, in the order given: for a reader that places them itself (the Markdown reader).
    /// </summary>
    /// <param name="lines">Each line, its place, and the paragraph index that place documents.</param>
    /// <param name="body">The body's quotes.</param>
    /// <param name="paragraphs">The body's paragraphs.</param>
    /// <param name="headline">The headline, whose person a title quote may belong to.</param>
    /// <param name="problems">Where the lines' marks that pair with nothing are reported.</param>
    public static List<Quote> Read(IReadOnlyList<(TextBlock Line, QuotePlace Place, int Paragraph)> lines, List<Quote> body, IReadOnlyList<TextBlock> paragraphs, string headline, List<Problem> problems)
    {
        var quotes = new List<Quote>();
        Context? context = null;
        foreach (var (line, place, paragraph) in lines)
        {
            var scan = QuoteScanner.Scan(line.Text);
            UnpairedMarks.ReportLine(line, scan, problems);
            if (scan.Quotes.Count > 0)
            {
                context ??= new Context(body, paragraphs, null, headline);
                Add(line, scan, 0, line.Text.Length, place, paragraph, context, quotes);
            }
        }

        return quotes;
    }

    private static void Add(TextBlock block, QuoteScanner.Result scan, int from, int to, QuotePlace place, int paragraph, Context context, List<Quote> into)
    {
        if (scan.Quotes.Count == 0)
        {
            return;
        }

        var text = block.Text;
        var finder = context.RentFinder();
        var speakers = finder.Attribute(text, scan.Quotes);
        var cued = finder.CuedNextTo(text, scan.Quotes, out var terms);

        // A headline's name stands for the one person the whole article gives with it.
        context.Names.ReadingParagraph = int.MaxValue;
        for (var q = 0; q < scan.Quotes.Count; q++)
        {
            var span = scan.Quotes[q];
            if (span.IsHeadless || span.IsOpen || span.IsAbandoned || span.Open < from || span.Close >= to)
            {
                continue;
            }

            var inner = span.TrimmedInner(text);
            if (inner.Length == 0)
            {
                continue;
            }

            // A headline's word or two in marks ("Roe rejects 'reckless' label") is a label or
            // someone else's word, whoever the line names.
            var words = QuoteReader.WithoutAttributionComma(inner);
            var speaker = HeadlineSpeaker.IsSaying(words) && cued[q] ? speakers[q] : null;
            SpeakerKind? kind = speaker is null ? null : finder.KindOf(speaker);
            if (speaker is null && HeadlineSpeaker.BeforeColon(text, span.Open, context.Names) is { } named)
            {
                speaker = named;
                kind = SpeakerKind.Person;
            }

            if (speaker is null && HeadlineSpeaker.AfterColon(text, span.Open, span.Close, context.Names) is { } after)
            {
                // "« … » : Hélène Vasseur, présidente …": see HeadlineSpeaker.AfterColon.cs.
                speaker = after;
                kind = SpeakerKind.Person;
            }

            // "Jean Dupont veut « expulser plus vite »": a headline's quote of a few words after
            // the one person it makes its subject gives that person's words; "Roe rejects
            // 'racist' label" quotes someone else's word.
            if (speaker is null && place == QuotePlace.Title && HeadlineSpeaker.IsSaying(words) && finder.HeadlinePersonBefore(q) is { } subject)
            {
                speaker = subject;
                kind = SpeakerKind.Person;
            }

            // A term the line names after an article is no echo of the body's words. A line packs
            // a person's words under what the article is about ("Harbour Trust against the quay:
            // 'We will lose the beach'", "Village bids farewell to its baker: '…'"): the one person
            // the body quotes with those words, by a full name, said them, whoever the line's own
            // reading gives. A single word the body reads as a person ("Tory delegates … declaring
            // '…'") is too weak to overrule the line.
            if (!terms[q] && HeadlineSpeaker.Echoed(words, context.Body, out var echoedKind) is { } echoed
                && (speaker is null || (echoedKind == SpeakerKind.Person && echoed.IndexOf(' ') > 0)))
            {
                speaker = echoed;
                kind = echoedKind;
            }

            // A line alone tells too little of who is an organisation ("Tories urge '…'"): the
            // body's reading of the same speaker says it.
            kind = KindInBody(speaker, context.Body) ?? kind;
            into.Add(new Quote(words, speaker, paragraph, block.PositionAt(span.Start))
            {
                SpeakerKind = kind,
                Place = place,
            });
        }

        finder.Return();
    }

    private static SpeakerKind? KindInBody(string? speaker, List<Quote> body)
    {
        if (speaker is null)
        {
            return null;
        }

        foreach (var quote in body)
        {
            if (string.Equals(quote.Speaker, speaker, System.StringComparison.Ordinal))
            {
                return quote.SpeakerKind;
            }
        }

        return null;
    }

    // What every line's finder shares: the article's words, read once and only when a line quotes.
    private sealed class Context
    {
        private readonly List<Quote> _body;
        private readonly IReadOnlyList<TextBlock> _paragraphs;
        private readonly string _headline;
        private readonly SpeechTables _tables;
        private NamePlausibility? _plausibility;

        public Context(List<Quote> body, IReadOnlyList<TextBlock> paragraphs, string? language, string headline, NamePlausibility? names = null)
        {
            _plausibility = names;
            _body = body;
            _paragraphs = paragraphs;
            _headline = headline;
            _tables = SpeechTables.For(language);
        }

        /// <summary>The body's quotes.</summary>
        public List<Quote> Body => _body;

        /// <summary>What the article tells of names.</summary>
        public NamePlausibility Names => Plausibility();

        /// <summary>A finder for one line, to be handed back when the line is read.</summary>
        public SpeakerFinder RentFinder() => SpeakerFinder.Rent(Plausibility(), Cues.For(_tables), _headline);

        private NamePlausibility Plausibility()
        {
            if (_plausibility is null)
            {
                var quoted = new List<string>(_body.Count);
                for (var q = 0; q < _body.Count; q++)
                {
                    quoted.Add(_body[q].Text);
                }

                _plausibility = QuoteReader.Plausibility(_paragraphs, quoted, _tables);
            }

            return _plausibility;
        }
    }
}
