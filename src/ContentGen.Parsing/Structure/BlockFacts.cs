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
/// <remarks>
/// A view of the facts that the block keeps in itself (<see cref="Data"/>): a page has a block
/// for every menu line, and an object of facts beside each cost as much as the line's text.
/// </remarks>
internal readonly partial struct BlockFacts
{
    private readonly TextBlock _block;

    /// <summary>The facts of <paramref name="block"/>, read from its text if they were not yet.</summary>
    public BlockFacts(TextBlock block)
    {
        _block = block;
        if ((block.FactData.Known & Fact.Counted) == 0)
        {
            block.FactData = Count(block.Text);
        }
    }

    public TextBlock Block => _block;

    public string Text => _block.Text;

    /// <summary>How many words the block has.</summary>
    public int Words => _block.FactData.Words;

    /// <summary>How many of them are stopwords of some language, elided ones ("l'État") included.</summary>
    public int StopwordHits => _block.FactData.StopwordHits;

    /// <summary>The share of words that are stopwords.</summary>
    public double Density => Words == 0 ? 0 : (double)StopwordHits / Words;

    /// <summary>Stopword hits per lexicon, as <see cref="LanguageGuesser.AddWordHits"/> counts them.</summary>
    public LanguageCounts LanguageHits => _block.FactData.LanguageHits;

    /// <summary>Which chrome phrase lists the block holds a phrase of (<see cref="BoilerplateLines.PhrasesIn"/>), read once.</summary>
    public int Phrases
    {
        get
        {
            ref var data = ref _block.FactData;
            if ((data.Known & Fact.Phrases) == 0)
            {
                data.Phrases = BoilerplateLines.PhrasesIn(Text);
                data.Known |= Fact.Phrases;
            }

            return data.Phrases;
        }
    }

    public bool IsCaption => Known(Fact.Caption, out var answer) ? answer : Remember(Fact.Caption, PageLines.IsCaption(Text, Words));

    public bool IsGood => Known(Fact.Good, out var answer) ? answer : Remember(Fact.Good, BlockQuality.IsGood(this));

    // The author line's answer is the block's fact, asked again by other rules: read once for both.
    public bool IsBylineOrDate => Known(Fact.BylineOrDate, out var answer)
        ? answer
        : Remember(Fact.BylineOrDate, PageLines.IsBylineOrDate(Text, PageLines.IsDateline(Text) || IsAuthorLine));

    public bool IsAuthorLine => Known(Fact.AuthorLine, out var answer) ? answer : Remember(Fact.AuthorLine, PageLines.IsAuthorLine(Text));

    public bool IsTerminator => Known(Fact.Terminator, out var answer) ? answer : Remember(Fact.Terminator, Terminators.IsTerminator(Text, Words));

    /// <summary>Whether the block could be a headline (<see cref="TitleFinder.IsHeadline(TextBlock, bool)"/>), strictly or not.</summary>
    public bool IsHeadline(bool strict)
    {
        var fact = strict ? Fact.StrictHeadline : Fact.Headline;
        if (Known(fact, out var answer))
        {
            return answer;
        }

        // A strict headline is a headline first: the checks both share are read once, for the answer kept unstrict.
        return Remember(fact, strict ? IsHeadline(strict: false) && TitleFinder.IsStrictHeadline(Block) : TitleFinder.IsHeadline(Block, strict: false));
    }

    // The counts, in one pass over the words.
    private static Data Count(string text)
    {
        var data = new Data { Known = Fact.Counted };
        Span<int> hits = stackalloc int[LanguageGuesser.Languages];
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            data.Words++;
            if (!reader.HasApostrophe)
            {
                // One lookup answers both questions for a word without an apostrophe: a stopword's, and a language word's
                // that counts for its language alone.
                var flags = LexiconTables.LanguageWords.Flags(word);
                data.StopwordHits += (flags & LexiconTables.StopwordFlag) != 0 ? 1 : 0;
                LanguageGuesser.AddFlags(flags & LexiconTables.LanguageFlags, hits);

                continue;
            }

            data.StopwordHits += Stopwords.IsStopwordOrElision(word) ? 1 : 0;
            LanguageGuesser.AddWordHits(word, hits);
        }

        data.LanguageHits = new LanguageCounts(hits);
        return data;
    }

    // The rules' answers, each read at its first question: a bit of `Known` says a fact was read,
    // the same bit of `Holds` gives its answer.
    private bool Known(Fact fact, out bool answer)
    {
        ref var data = ref _block.FactData;
        answer = (data.Holds & fact) != 0;
        return (data.Known & fact) != 0;
    }

    private bool Remember(Fact fact, bool answer)
    {
        ref var data = ref _block.FactData;
        data.Known |= fact;
        if (answer)
        {
            data.Holds |= fact;
        }

        return answer;
    }

    /// <summary>The facts as the block keeps them; only <see cref="BlockFacts"/> reads or writes them.</summary>
    internal struct Data
    {
        public int Words;
        public int StopwordHits;
        public LanguageCounts LanguageHits;
        public int Phrases;
        public Fact Known;
        public Fact Holds;
    }

    [Flags]
    internal enum Fact : ushort
    {
        Caption = 1 << 0,
        Good = 1 << 1,
        BylineOrDate = 1 << 2,
        AuthorLine = 1 << 3,
        Terminator = 1 << 4,
        Headline = 1 << 5,
        StrictHeadline = 1 << 6,
        Phrases = 1 << 7,

        // The counts (words, stopwords, per language) were read.
        Counted = 1 << 8,

        // The block's one line was judged alone, as the page's lines were grouped, and is no chrome (BlockFacts.LineReading.cs).
        LineNoChrome = 1 << 9,
    }
}
