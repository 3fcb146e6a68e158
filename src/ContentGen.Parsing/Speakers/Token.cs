using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Terminal,
    Quote,
    Other,
}

/// <summary>
/// A word, punctuation mark or whole quote in a paragraph, for attribution: a kind and a range
/// of the paragraph's text. Rules look words up by <see cref="Span"/>; only a name the model
/// returns becomes a string (<see cref="Text"/>).
/// </summary>
internal readonly struct Token
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    // A quote's index within its paragraph, or a word's classes and the case of its first
    // letter: one field, so a token stays 24 bytes.
    private readonly int _data;

    // The case of a word's first letter, kept beside its classes (which use neither bit): every
    // rule asks whether a token is capitalised or lower case, token after token, sentence after
    // sentence, and the answer is read once, with the word.
    private const int UpperBit = 1 << 28;
    private const int LowerBit = 1 << 29;

    public Token(TokenKind kind, string source, int start, int length, int quoteIndex = -1)
        : this(kind, source, start, length, quoteIndex, WordClass.None)
    {
    }

    private Token(TokenKind kind, string source, int start, int length, int quoteIndex, WordClass classes)
    {
        Kind = kind;
        _source = source;
        _start = start;
        _length = length;
        _data = kind == TokenKind.Quote ? quoteIndex : (int)classes;
        if (kind == TokenKind.Word && length > 0)
        {
            var first = source[start];
            _data |= char.IsUpper(first) ? UpperBit : char.IsLower(first) ? LowerBit : 0;
        }
    }

    public TokenKind Kind { get; }

    /// <summary>The token's characters: a word, a mark, or for a quote the last mark inside it (or nothing).</summary>
    public ReadOnlySpan<char> Span => _source.AsSpan(_start, _length);

    /// <summary>The characters from this token's start to the end of <paramref name="last"/>, a later token of the same text.</summary>
    public ReadOnlySpan<char> Through(Token last) => _source.AsSpan(_start, last._start + last._length - _start);

    /// <summary>The token's characters as a string, for what the model returns.</summary>
    public string Text => StringCache.Get(Span);

    /// <summary>The first character, or U+0000 for an empty quote token.</summary>
    public char First => _length > 0 ? _source[_start] : '\0';

    /// <summary>
    /// The word that starts within a few characters after this token (past spaces and an opening
    /// mark), its letters only, or nothing: asked of the word before a quote, the quote's first word.
    /// </summary>
    public ReadOnlySpan<char> NextWord()
    {
        const int MaxGap = 4;
        var start = _start + _length;
        while (start < _source.Length && start <= _start + _length + MaxGap && !char.IsLetter(_source[start]))
        {
            start++;
        }

        var end = start;
        while (end < _source.Length && char.IsLetter(_source[end]))
        {
            end++;
        }

        return _source.AsSpan(start, end - start);
    }

    /// <summary>For a <see cref="TokenKind.Quote"/> token, the index of the quote within its paragraph.</summary>
    public int QuoteIndex => Kind == TokenKind.Quote ? _data : -1;

    /// <summary>
    /// For a word read with speech tables, its classes (<see cref="WordClass.Classified"/> among
    /// them); otherwise <see cref="WordClass.None"/>, and each question is a lookup.
    /// </summary>
    public WordClass Classes => Kind == TokenKind.Word ? (WordClass)(_data & ~(UpperBit | LowerBit)) : WordClass.None;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => IsWord && (_data & UpperBit) != 0;

    public bool IsLower => IsWord && (_data & LowerBit) != 0;

    public bool Is(string word) => IsWord && Span.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is the punctuation mark <paramref name="mark"/> alone: no word, and no quote whose words end with it.</summary>
    public bool IsMark(char mark) => Kind is not (TokenKind.Word or TokenKind.Quote) && _length == 1 && First == mark;

    /// <summary>Whether this is a quote whose words end with a full stop: the sentence ends with it.</summary>
    public bool IsQuoteEndingSentence => Kind == TokenKind.Quote && _length == 1 && First == '.';

    /// <summary>Whether this is a quote whose words end with a question or an exclamation mark: what follows may start another sentence.</summary>
    public bool IsQuoteEndingQuestion => Kind == TokenKind.Quote && _length == 1 && First is '?' or '!';

    /// <summary>
    /// Tokenises <paramref name="text"/>, turning each quote in <paramref name="quotes"/> into one
    /// <see cref="TokenKind.Quote"/> token so that words inside quotes are never read as attribution.
    /// </summary>
    /// <remarks>The tokens go into <paramref name="tokens"/>, emptied first, so that one list serves a whole article.
    /// With <paramref name="words"/>, each word is looked up once for its <see cref="Classes"/>.</remarks>
    public static List<Token> Read(string text, IReadOnlyList<QuoteSpan> quotes, List<Token> tokens, SpeechTables? words = null)
    {
        tokens.Clear();
        var next = 0;

        // Where the next quote starts, asked once a quote rather than at every character.
        var nextStart = quotes.Count > 0 ? quotes[0].Start : -1;
        var i = 0;
        var wordEnd = -1;
        while (i < text.Length)
        {
            if (i == nextStart)
            {
                var quote = quotes[next];
                var mark = LastMarkInside(text, quote);
                tokens.Add(new Token(TokenKind.Quote, text, Math.Max(mark, 0), mark < 0 ? 0 : 1, next));
                i = quote.End(text.Length);
                next++;
                nextStart = next < quotes.Count ? quotes[next].Start : -1;
                continue;
            }

            var c = text[i];
            if (Whitespace.IsSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInWordJoiner(text, i)))
                {
                    i++;
                }

                // "John E. Kelly": a middle initial keeps its full stop, so the name reads as one;
                // "Ladbrokes' Warren Hale": a plural's possessive keeps its apostrophe.
                if (IsMiddleInitial(text, start, i, tokens) || IsPluralPossessive(text, start, i))
                {
                    i++;
                }
                else if (words is not null && MisspeltInversionEnd(text, i, words) is var inverted and > 0)
                {
                    // "», a t-elle regretté": one word, as "a-t-elle" is.
                    i = inverted;
                }

                var classes = words is null ? WordClass.None : WordClasses.Of(words, text.AsSpan(start, i - start));
                tokens.Add(new Token(TokenKind.Word, text, start, i - start, -1, classes));
                wordEnd = i;
                continue;
            }

            // "said Dr. John Vale", "zei mr. Koen Verhoeven", "a déclaré M. Paul Girard": a title's
            // full stop before the name is no token, so the name phrase reads on as it does
            // after "Dr John Vale"; the stop ends no sentence either.
            if (c == '.' && i == wordEnd && IsTitleStop(text, i, tokens))
            {
                i++;
                continue;
            }

            var kind = c switch
            {
                ',' => TokenKind.Comma,
                ':' => TokenKind.Colon,
                _ when Punctuation.IsTerminal(c) => TokenKind.Terminal,
                _ => TokenKind.Other,
            };
            tokens.Add(new Token(kind, text, i, 1));
            i++;
        }

        return tokens;
    }

    // A quote token keeps only the last character of its words, so that sentence splitting can
    // see a quote that ends with a full stop ("… late." Coach X says …) without copying the quote.
    // The offset of that character, or -1 for none.
    private static int LastMarkInside(string text, QuoteSpan quote)
    {
        if (quote.IsOpen || quote.IsAbandoned)
        {
            return -1;
        }

        var i = quote.Close - 1;
        while (i > quote.Open && Whitespace.IsSpace(text[i]))
        {
            i--;
        }

        // "… one must ask, 'What is it hiding?'": a quote inside the quote closes first; the
        // question or full stop before its mark is how the outer quote ends.
        var inner = i;
        while (inner > quote.Open && (IsClosingMark(text[inner]) || Whitespace.IsSpace(text[inner])))
        {
            inner--;
        }

        if (inner < i && inner > quote.Open && text[inner] is '.' or '?' or '!')
        {
            return inner;
        }

        return i > quote.Open ? i : -1;
    }

    private static bool IsClosingMark(char c) => c is '\'' or '’' or '”' or '»' or '›' or '"';

    // One capital letter after a capitalised word, then a full stop, a space and a capitalised word.
    private static bool IsMiddleInitial(string text, int start, int end, List<Token> tokens)
        => end == start + 1 && char.IsUpper(text[start])
        && tokens.Count > 0 && tokens[tokens.Count - 1].IsCapitalized
        && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text[end + 2]);

    // An abbreviation the lexicons list (capitalised exactly so: "Mr", "Dr", "M", "Mme", "mr",
    // "dhr") before a space and a capitalised word, and not after a capitalised word: "Tom Fox Jr.
    // Anna Lee" and "Elm Dr. Anna Lee" end a sentence after a name's suffix or a street. Read with
    // or without the language's tables alike, so the tokens are the same either way.
    private static bool IsTitleStop(string text, int stop, List<Token> tokens)
    {
        var word = tokens[tokens.Count - 1];
        return stop + 2 < text.Length && Whitespace.IsSpace(text[stop + 1]) && char.IsUpper(text[stop + 2])
            && LexiconTables.Abbreviations.Contains(word.Span) && !(tokens.Count > 1 && tokens[tokens.Count - 2].IsCapitalized
                && (tokens[tokens.Count - 2].Classes & (WordClass.TitleOrRole)) == 0
                && !IsTitleAfterNounPhraseHead(tokens));
    }

    // A title ("Dr", "Prof") after a capitalised noun that an article or a verb of saying brings in
    // heads the noun phrase with it: "sagte Klinikchef Dr. Anna Roth", "der Stiftungsrat Prof. Jan
    // Berg". German capitalises every noun, so the word before the title says nothing of a name or
    // a street there; a name's suffix ("Jr") is no title and still ends the sentence.
    private static bool IsTitleAfterNounPhraseHead(List<Token> tokens)
        => tokens.Count > 2 && (tokens[tokens.Count - 1].Classes & WordClass.Title) != 0
            && (tokens[tokens.Count - 3].Classes & (WordClass.Reporting | WordClass.Article)) != 0;

    // A capitalised word ending in "s", an apostrophe, then a space and a capitalised word.
    private static bool IsPluralPossessive(string text, int start, int end)
        => char.IsUpper(text[start]) && text[end - 1] == 's'
        && end + 2 < text.Length && text[end] is '\'' or '’' && text[end + 1] == ' ' && char.IsUpper(text[end + 2]);

    // "a t-elle", "va t-il": where the word ending at `i` is followed by a space, an inversion's
    // joint ("t", SpeechWords.InversionJoints), a hyphen and a subject pronoun that ends the word,
    // the end of that pronoun; otherwise zero. The first hyphen dropped, the words are still one
    // inverted verb.
    private static int MisspeltInversionEnd(string text, int i, SpeechTables words)
    {
        if (words.InversionJoints.Count == 0 || i + 3 >= text.Length || text[i] != ' ' || !char.IsLower(text[i + 1]))
        {
            return 0;
        }

        // Read after every word: the look for the hyphen stops past the longest joint the lexicon lists.
        var dash = i + 1;
        while (dash < text.Length && dash - i - 1 < words.InversionJoints.MaxLength && char.IsLetter(text[dash]))
        {
            dash++;
        }

        if (dash >= text.Length || text[dash] != '-' || !words.InversionJoints.Contains(text.AsSpan(i + 1, dash - i - 1)))
        {
            return 0;
        }

        var end = dash + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > dash + 1 && words.Pronouns.Contains(text.AsSpan(dash + 1, end - dash - 1)) ? end : 0;
    }

    // Apostrophes, hyphens and dots between letters stay in the word: "l'ONU", "dit-elle", "U.S".
    private static bool IsInWordJoiner(string text, int i)
        => (text[i] is '\'' or '’' or '-' or '.')
        && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i + 1])
        && !(text[i] == '.' && char.IsUpper(text[i + 1]) && i + 2 < text.Length && char.IsLower(text[i + 2]));
}
