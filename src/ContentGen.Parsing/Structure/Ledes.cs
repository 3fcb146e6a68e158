using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// What stands between a plain article's headline and its first long paragraph: the lede. News style
/// writes it with few function words ("Harbour, Valmont and Eastport fish markets posted record
/// prices."), so the density test that tells prose from a dumped page's chrome would lose it; and an
/// export may cut it off before its full stop. On a plain article (its headline on top, no chrome
/// above) there is no menu to mistake it for.
/// </summary>
internal static partial class Ledes
{
    // "Tom Vale will walk again." A match report's fact lines ("Ewood Park", "Tuesday, 1 March") are shorter.
    private const int MinSentenceWords = 4;

    // Shorter, a sentence must read as one (IsShortSentence).
    private const int MinShortSentenceWords = 2;

    // A lede an export cut off before its full stop is still a long clause.
    private const int MinCutWords = 10;

    private const int MaxLines = 3;

    // On a dumped page a lede is a whole sentence, longer than a chrome line's "Lecture 3 min.".
    private const int MinDumpedWords = 5;

    /// <summary>Whether <paramref name="block"/>, above a plain article's first long paragraph, is its lede.</summary>
    public static bool IsPlainLede(TextBlock block)
    {
        var facts = block.Facts;
        if (block.LineCount > MaxLines || facts.Words < MinShortSentenceWords || !StartsLikeSentence(block.Text) || facts.IsCaption || facts.IsBylineOrDate)
        {
            return false;
        }

        return facts.Words >= MinCutWords || (Punctuation.EndsSentence(block.Text) && (facts.Words >= MinSentenceWords || IsShortSentence(block)));
    }

    // "Shops are pleased.", "Tickets are free.": a sentence of two or three words, with a word in
    // lower case, is a paragraph of the article. A fact line that ends on a full stop gives a
    // figure or a label ("Att: 23,000.", "Referee: M Dean."), and a name is all capitals. Chrome
    // says so in its first word or its phrases ("Read more.", "Listen to article.", "Advertisement
    // continues below."), on a page whose chrome was not seen above a headline read too high.
    private static bool IsShortSentence(TextBlock block)
    {
        var text = block.Text.AsSpan();
        if (text.IndexOf(':') >= 0 || Digits.Any(text) || block.Facts.Phrases != 0)
        {
            return false;
        }

        var lower = false;
        var reader = new WordReader(text);
        var first = true;
        while (reader.Read())
        {
            if (first && LexiconTables.ButtonLabels.Contains(reader.Word))
            {
                return false;
            }

            first = false;
            lower |= char.IsLower(reader.Word[0]);
        }

        var stem = text.Slice(0, Punctuation.LastBeforeClosers(text) + 1).TrimEnd('.');
        return lower && !LexiconTables.ButtonLabels.Contains(stem);
    }

    // "Die Führung kostet nichts.": three or four words; from five a dumped page's lede reads as one (IsDumpedLede), and
    // two are a button's as often ("Leggi tutto.", "Hier klicken.").
    private const int MinShortStatementWords = 3;
    private const int MaxShortStatementWords = 4;

    /// <summary>
    /// Whether <paramref name="block"/> is a short statement of the article ("Die Führung kostet nichts.", "La plaza es
    /// municipal."): one line of three or four words that starts and ends as a sentence with its full stop and reads as
    /// one (a function word, a word in lower case; no label's colon, no figure, no chrome's first word or phrase, no
    /// menu's, link's or photo credit's word: "Alle Bilder ansehen.", "Karte anzeigen.", "Vedi tutte le foto." are buttons;
    /// no word for a part of the page, PageObjectWords: "Dieser Inhalt ist blockiert."; no word to the reader: "Sie sind
    /// offline."). Where the article's prose has
    /// begun, above its first long paragraph, it is the article's, as under the headline of a plain article.
    /// </summary>
    public static bool IsShortStatement(TextBlock block)
    {
        var facts = block.Facts;
        var text = block.Text;
        if (block.LineCount != 1 || facts.Words < MinShortStatementWords || facts.Words > MaxShortStatementWords || facts.StopwordHits == 0
            || !StartsLikeSentence(text) || text[Punctuation.LastBeforeClosers(text.AsSpan()) is var last and >= 0 ? last : 0] != '.'
            || facts.IsCaption || facts.IsBylineOrDate || facts.IsTerminator || !IsShortSentence(block)
            || SignUpSentences.SpeaksToTheReaderInItsLanguage(facts))
        {
            return false;
        }

        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            if (LexiconTables.MenuWords.Contains(reader.Word) || LexiconTables.LinkLabels.Contains(reader.Word) || LexiconTables.CreditWords.Contains(reader.Word)
                || LexiconTables.PageObjectWords.Contains(reader.Word) || LexiconTables.NavigationLines.Contains(reader.Word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="block"/>, above a dumped page's first long paragraph, is a standfirst
    /// written as a news lede: a whole sentence of five words or more, with few function words
    /// ("Tidewater chief Jamie Holt resigned on Monday."). Chrome there is no sentence.
    /// </summary>
    public static bool IsDumpedLede(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount <= MaxLines && facts.Words >= MinDumpedWords && StartsLikeSentence(block.Text)
            && block.Text[block.Text.Length - 1] == '.' && !facts.IsCaption && !facts.IsBylineOrDate;
    }

    // A deck under the headline: a standfirst sentence printed without its full stop. Shorter lines there are
    // chrome ("Lecture 3 min", a share bar); a deck is a long clause, with a function word or two as prose has.
    private const int MinDeckWords = 8;
    private const int MinDeckStopwords = 2;

    /// <summary>
    /// Whether <paramref name="block"/>, right under a dumped page's headline, is its deck: a standfirst sentence of
    /// eight words or more without a full stop ("The union says the new rota leaves crossings without a relief
    /// skipper"), not a menu's, a credit's, a byline's or a link's line.
    /// </summary>
    public static bool IsDeck(TextBlock block)
    {
        var facts = block.Facts;
        var text = block.Text;
        return block.LineCount <= MaxLines && (facts.Words >= MinDeckWords || facts.Words + ElidedWords.Count(text.AsSpan()) >= MinDeckWords)
            && facts.StopwordHits >= MinDeckStopwords
            && StartsLikeSentence(text) && facts.Phrases == 0 && !facts.IsCaption && !facts.IsBylineOrDate && !facts.IsTerminator
            && text.IndexOf('|') < 0 && !Punctuation.IsTerminal(text[text.Length - 1]) && !BlockQuality.IsLinkLike(text)
            && !PageLines.IsBreadcrumb(text) && !SignUpSentences.SpeaksToTheReaderInItsLanguage(facts);
    }

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] is a deck (<see cref="IsDeck"/>) where a deck
    /// stands: right over the byline or the date. A long line of buttons under the headline ("Add to favourites
    /// Remove from favourites") is followed by more chrome or the standfirst, not by the byline.
    /// </summary>
    public static bool IsDeckOverByline(IReadOnlyList<TextBlock> blocks, int index)
        => IsDeck(blocks[index]) && OverTheByline(blocks, index);

    // A byline or a date right under the block, or under a line of the byline's that is no sentence ("Jane Roe |
    // Harbourton" over the date). Under a headline, its deck stands between. A paper may print its lead photo between the
    // deck and the byline: the byline under the photo's caption stands under the deck all the same (Ledes.PastCaption).
    internal static bool OverTheByline(IReadOnlyList<TextBlock> blocks, int index)
        => OverTheBylineRightUnder(blocks, index) || OverCaptionOverByline(blocks, index);

    private static bool OverTheBylineRightUnder(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (index + 1 >= blocks.Count)
        {
            return false;
        }

        var next = blocks[index + 1];
        if (next.Facts.IsBylineOrDate || next.Facts.IsAuthorLine)
        {
            return true;
        }

        if (!IsBylinePart(next) || index + 2 >= blocks.Count)
        {
            return false;
        }

        // "Jane Roe" / "Political Correspondent" / the date, "ANA GIL Y LUIS MORA" / "Villaverde" / the date: the byline
        // may take two short lines over its date, a writer's name over the job or the town, nothing else.
        var after = blocks[index + 2];
        return after.Facts.IsBylineOrDate || (IsNameOverJobOrTown(next.Text, after.Text) && index + 3 < blocks.Count && blocks[index + 3].Facts.IsBylineOrDate);
    }

    // "Jane Roe" or "[11]Jane Roe" over "Political Correspondent" (a job's word); two writers in capitals ("ANA GILABERT Y
    // LUIS MORA") over their town in one word. One name over one word is as often a kicker over a genre's label.
    private static bool IsNameOverJobOrTown(string name, string under)
    {
        var line = LinkMarkers.PastLeading(name.AsSpan());
        if (Metadata.AuthorReader.IsRoleLine(under.AsSpan()))
        {
            return Metadata.AuthorReader.ReadBareName(line) is not null || Metadata.AuthorReader.ReadCapitalsNames(line) is not null;
        }

        return Metadata.PageMetadata.IsOneWord(under.AsSpan()) && !LexiconTables.NavigationLines.Contains(under)
            && Metadata.AuthorReader.ReadCapitalsNames(line) is { } names && names.IndexOf(';') > 0;
    }

    // "Jane Roe", "Political Correspondent", "Villaverde": a byline's line that is one line, no deck and no sentence.
    private static bool IsBylinePart(TextBlock block)
        => block.LineCount == 1 && !IsDeck(block) && !BlockQuality.EndsLikeSentence(block.Text.AsSpan());

    // A standfirst printed as a summary's points ("• La riapertura slitta a giugno") or a dialogue's line ("– Abbiamo
    // trovato infiltrazioni") starts its sentence after the bullet or the dash.
    internal static bool StartsLikeSentence(string text) => Punctuation.OpensLikeSentence(BlockSplitter.AfterBullet(text.AsSpan()));
}
