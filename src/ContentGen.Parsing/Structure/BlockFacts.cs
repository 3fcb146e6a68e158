using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// What the structure rules know about one block, each fact read once: its words, stopword
/// hits (all languages and per language) in one pass over its text, and the answers of the
/// rules that title, chrome and body decisions ask again and again. The rules themselves stay in
/// <see cref="BlockQuality"/>, <see cref="PageLines"/>, <see cref="Terminators"/> and <see cref="TitleFinder"/>.
/// </summary>
internal sealed class BlockFacts
{
    // The rules' answers, each read at its first question: a bit of `_known` says a fact was read,
    // the same bit of `_holds` gives its answer. Blocks are many (a page's every menu line is one),
    // so the cache is kept to two bytes.
    private Fact _known;
    private Fact _holds;
    private int _phrases;

    public BlockFacts(TextBlock block)
    {
        Block = block;
        Span<int> hits = stackalloc int[LanguageGuesser.Languages];
        var reader = new WordReader(block.Text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            Words++;
            if (!reader.HasApostrophe)
            {
                // One lookup answers both questions for a word without an apostrophe.
                var flags = LexiconTables.Stopwords.Flags(word);
                if (flags != 0)
                {
                    StopwordHits++;
                    LanguageGuesser.AddFlags(flags, hits);
                }

                continue;
            }

            StopwordHits += Stopwords.IsStopwordOrElision(word) ? 1 : 0;
            LanguageGuesser.AddWordHits(word, hits);
        }

        LanguageHits = new LanguageCounts(hits);
    }

    public TextBlock Block { get; }

    public string Text => Block.Text;

    /// <summary>How many words the block has.</summary>
    public int Words { get; }

    /// <summary>How many of them are stopwords of some language, elided ones ("l'État") included.</summary>
    public int StopwordHits { get; }

    /// <summary>The share of words that are stopwords.</summary>
    public double Density => Words == 0 ? 0 : (double)StopwordHits / Words;

    /// <summary>Stopword hits per lexicon, as <see cref="LanguageGuesser.AddWordHits"/> counts them.</summary>
    public LanguageCounts LanguageHits { get; }

    /// <summary>Which chrome phrase lists the block holds a phrase of (<see cref="BoilerplateLines.PhrasesIn"/>), read once.</summary>
    public int Phrases
    {
        get
        {
            if ((_known & Fact.Phrases) == 0)
            {
                _phrases = BoilerplateLines.PhrasesIn(Text);
                _known |= Fact.Phrases;
            }

            return _phrases;
        }
    }

    public bool IsCaption => Known(Fact.Caption, out var answer) ? answer : Remember(Fact.Caption, PageLines.IsCaption(Text, Words));

    public bool IsGood => Known(Fact.Good, out var answer) ? answer : Remember(Fact.Good, BlockQuality.IsGood(this));

    public bool IsBylineOrDate => Known(Fact.BylineOrDate, out var answer) ? answer : Remember(Fact.BylineOrDate, PageLines.IsBylineOrDate(Text));

    public bool IsAuthorLine => Known(Fact.AuthorLine, out var answer) ? answer : Remember(Fact.AuthorLine, PageLines.IsAuthorLine(Text));

    public bool IsTerminator => Known(Fact.Terminator, out var answer) ? answer : Remember(Fact.Terminator, Terminators.IsTerminator(Text, Words));

    /// <summary>Whether the block could be a headline (<see cref="TitleFinder.IsHeadline"/>), strictly or not.</summary>
    public bool IsHeadline(bool strict)
    {
        var fact = strict ? Fact.StrictHeadline : Fact.Headline;
        return Known(fact, out var answer) ? answer : Remember(fact, TitleFinder.IsHeadline(Block, strict));
    }

    private bool Known(Fact fact, out bool answer)
    {
        answer = (_holds & fact) != 0;
        return (_known & fact) != 0;
    }

    private bool Remember(Fact fact, bool answer)
    {
        _known |= fact;
        if (answer)
        {
            _holds |= fact;
        }

        return answer;
    }

    [Flags]
    private enum Fact : ushort
    {
        Caption = 1 << 0,
        Good = 1 << 1,
        BylineOrDate = 1 << 2,
        AuthorLine = 1 << 3,
        Terminator = 1 << 4,
        Headline = 1 << 5,
        StrictHeadline = 1 << 6,
        Phrases = 1 << 7,
    }
}
