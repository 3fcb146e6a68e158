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
    private bool? _isCaption;
    private bool? _isGood;
    private bool? _isBylineOrDate;
    private bool? _isAuthorLine;
    private bool? _isTerminator;
    private bool? _isHeadline;
    private bool? _isStrictHeadline;
    private int? _phrases;

    // A block without a stopword (a menu item, a name, a date) shares this count of none, never
    // written: most lines of a page's chrome are such blocks.
    private static readonly int[] s_noHits = LanguageGuesser.NewHits();
    private int[] _languageHits = s_noHits;

    public BlockFacts(TextBlock block)
    {
        Block = block;
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
                    LanguageGuesser.AddFlags(flags, OwnHits());
                }

                continue;
            }

            StopwordHits += Stopwords.IsStopwordOrElision(word) ? 1 : 0;
            LanguageGuesser.AddWordHits(word, OwnHits());
        }
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
    public ReadOnlySpan<int> LanguageHits => _languageHits;

    /// <summary>Which chrome phrase lists the block holds a phrase of (<see cref="BoilerplateLines.PhrasesIn"/>), read once.</summary>
    public int Phrases => _phrases ??= BoilerplateLines.PhrasesIn(Text);

    public bool IsCaption => _isCaption ??= PageLines.IsCaption(Text, Words);

    public bool IsGood => _isGood ??= BlockQuality.IsGood(this);

    public bool IsBylineOrDate => _isBylineOrDate ??= PageLines.IsBylineOrDate(Text);

    public bool IsAuthorLine => _isAuthorLine ??= PageLines.IsAuthorLine(Text);

    public bool IsTerminator => _isTerminator ??= Terminators.IsTerminator(Text, Words);

    /// <summary>Whether the block could be a headline (<see cref="TitleFinder.IsHeadline"/>), strictly or not.</summary>
    public bool IsHeadline(bool strict)
        => strict ? _isStrictHeadline ??= TitleFinder.IsHeadline(Block, strict: true) : _isHeadline ??= TitleFinder.IsHeadline(Block, strict: false);

    private int[] OwnHits() => ReferenceEquals(_languageHits, s_noHits) ? _languageHits = LanguageGuesser.NewHits() : _languageHits;
}
