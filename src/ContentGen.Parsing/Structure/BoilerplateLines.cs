using System;
using System.Globalization;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises site chrome (navigation, sharing, advertising, sign-up and rights notices) from
/// the lexicons' lists. Text is judged alone, so the rules only fire on short text, never on a
/// sentence of body text that happens to use the same words.
/// </summary>
internal static partial class BoilerplateLines
{
    private const int MaxWordsForPhraseMatch = 16;
    private const int MaxWordsForLinkLine = 40;
    private const int MaxWordsForAppeal = 70;
    private const int MaxWordsForReadingTime = 6;

    // What a navigation line may trail: "Read more…", "Accueil >", "Share |".
    private static readonly char[] s_trailing = { ' ', '.', ':', '…', '>', '»', '›', '|', '!' };

    // The rights, sign-up, reading-time and appeal phrases in one table, so that a line or a block
    // is searched once for all of them: the phrase searches were a seventh of the time on the
    // French pages. A line is judged by the first three, a block by all four.
    private const int Rights = 1;
    private const int SignUp = 2;
    private const int ReadingTime = 4;
    private const int Appeal = 8;
    private static readonly WordTable s_phrases = WordTable.Combine(
        (LexiconTables.RightsPhrases, Rights), (LexiconTables.SignUpPhrases, SignUp), (LexiconTables.ReadingTimePhrases, ReadingTime),
        (LexiconTables.AppealPhrases, Appeal));

    /// <summary>Which phrase lists a block's text holds a phrase of, as flags for <see cref="Classify"/> and <see cref="HasSignUpPhrase"/>.</summary>
    public static int PhrasesIn(string text) => s_phrases.FlagsFoundIn(text.AsSpan());

    /// <summary>Whether <paramref name="phrases"/>, a block's <see cref="BlockFacts.Phrases"/>, include a sign-up phrase.</summary>
    public static bool HasSignUpPhrase(int phrases) => (phrases & SignUp) != 0;

    /// <summary>
    /// The kind of boilerplate a block is, or <see langword="null"/> for body text.
    /// </summary>
    /// <remarks>A block's words are counted once, in its <see cref="BlockFacts"/>: every rule here has a word limit.</remarks>
    public static BoilerplateKind? Classify(BlockFacts block)
    {
        var text = block.Text;
        var words = block.Words;

        // A player's button that goes on past its label, a block of its own (a line inside a paragraph is never one).
        if (block.Block.LineCount == 1 && words <= MaxWordsForPhraseMatch && OpensWithButtonPhrase(text.AsSpan()))
        {
            return BoilerplateKind.Navigation;
        }

        // "Más información: Oficina de Turismo, tel. 976 123 456": a link's label before an office's details is the article's
        // practical line (PracticalLines.IsInfoLine), where the walk keeps it under the last sentence.
        if (words <= MaxWordsForLinkLine && StartsLinkLine(text.AsSpan()) && !PracticalLines.IsInfoLine(text.AsSpan()))
        {
            return BoilerplateKind.Navigation;
        }

        // A paragraph-long appeal: its phrases are never an article's own, unless someone is reported saying them
        // ("…, rappelle la région") or the block opens on a quotation ("« Aidez-nous à retrouver le chien », a lancé …").
        if (words <= MaxWordsForAppeal && (block.Phrases & Appeal) != 0 && !AttributedSpeech.IsAttributed(text.AsSpan())
            && !(text.Length > 0 && Quotes.QuoteMarks.OpensQuotation(text[0])))
        {
            return BoilerplateKind.Navigation;
        }

        if (PrintNotices.IsPrintNotice(text.AsSpan(), words))
        {
            return BoilerplateKind.Notice;
        }

        // "This transcript was generated automatically and may contain errors": the page's note about its transcript.
        if (TranscriptNotices.IsTranscriptNotice(text.AsSpan(), words))
        {
            return BoilerplateKind.Notice;
        }

        // "Mehr in Kürze.", "+++ Dieser Artikel wird laufend aktualisiert +++": a developing story's notice (DevelopingNotices).
        if (block.Block.LineCount == 1 && DevelopingNotices.IsNotice(text.AsSpan(), words))
        {
            return BoilerplateKind.Notice;
        }

        // "Ende des Artikels", "— Fin de l'article —": the page's mark that the article ends (ArticleEndMarks).
        if (block.Block.LineCount == 1 && ArticleEndMarks.IsMark(text.AsSpan()))
        {
            return BoilerplateKind.Notice;
        }

        // "This article first appeared in …": the page's note on where its copy came from (FirstPublishedNotices).
        if (FirstPublishedNotices.IsNotice(text.AsSpan(), words))
        {
            return BoilerplateKind.Notice;
        }

        return block.LineIsNoChrome ? null : ClassifyLine(text.AsSpan(), words, block, out _);
    }

    /// <summary>
    /// The kind of boilerplate a single line is, judged without the lines that may continue it,
    /// or <see langword="null"/> for body text.
    /// </summary>
    public static BoilerplateKind? ClassifyLine(ReadOnlySpan<char> line) => ClassifyLine(line, Words.Count(line, MaxWordsForPhraseMatch), null, out _);

    // `words`: how many words the line has, or any count past MaxWordsForPhraseMatch when it has more.
    // `block`: the line's block, whose phrases are read once, or null for a line alone.
    // `linePhrases`: the phrases found in the whole line, when it was searched whole and no rights phrase stopped the search; else -1.
    private static BoilerplateKind? ClassifyLine(ReadOnlySpan<char> line, int words, BlockFacts? block, out int linePhrases)
    {
        linePhrases = -1;
        if (IsImageName(line) || IsImagePlaceholder(line))
        {
            return BoilerplateKind.Navigation;
        }

        var text = line.TrimEnd(s_trailing);
        if (text.Length == 0)
        {
            return null;
        }

        // A label alone ("Vidéo", "Podcast") announces another item, whose title follows: see ReadAlsoLinks. It may carry
        // a count in brackets ("Galeria de imagens (6)", "Comments (214)").
        var label = WithoutCount(text);
        // A player's state ("Lecture en cours...") is chrome as a whole line only: "Lecture en cours dans les écoles" heads a section.
        // A player's switch with its state ("Lecture automatique : activée") is one of its buttons (PlayerControls).
        // A link to read on alone on its line ("Continua a leggere", "Seguir leyendo", "Continue reading ›"), where a paginated
        // article breaks off before its next page or a teaser's blurb ends: it goes on elsewhere and is never the article's
        // line; the languages that list it as a navigation line already ("lire la suite", "weiterlesen") read it there too.
        // A file's link with its size ("Herunterladen (MP3, 4,5 MB)") is a button that names nothing (FileLinks).
        // A market ticker's row of quotes ("FTSE MIB 34.812 +0,64% · Brent 78,20 -0,9%"), however long, names nothing (TickerRows).
        if (LexiconTables.ButtonLabels.Contains(text) || LexiconTables.ReadOnLinks.Contains(text) || LexiconTables.PlayerLines.Contains(text) || PlayerControls.IsSwitchWithState(text)
            || RevealControls.IsControl(text)
            || (words <= MaxWordsForReadingTime && PageJumps.IsPageCount(text))
            || (label.Length < text.Length && LexiconTables.ButtonLabels.Contains(label))
            || LexiconTables.PaywallLabels.Contains(text.TrimEnd('.'))
            || LexiconTables.ReleaseStamps.Contains(text) || LexiconTables.ReleaseLabels.Contains(text)
            || (words <= MaxWordsForPhraseMatch && (IsBarredNavigation(text) || IsGappedButtonRow(text) || IsViewerControlRow(text) || IsDottedRow(text) || ReadingSettingsBars.IsSettingsBar(text) || PageJumps.IsPageJump(text) || IsVoiceAssistantPrompt(text, line)
                || IsEmbeddedPostLine(text) || PostCounts.IsPostCountLine(text, line) || PollLines.IsPollLine(text, line) || IssueLines.IsIssueLine(text)
                || FileLinks.IsFileLink(text)))
            || TickerRows.IsTickerRow(text))
        {
            return BoilerplateKind.Navigation;
        }

        if (words > MaxWordsForPhraseMatch || Terminators.IsTerminator(line, words))
        {
            return null;
        }


        if (text[0] == '©' || LexiconTables.CopyrightPrefixes.StartsAny(text))
        {
            return BoilerplateKind.Copyright;
        }

        // The block's phrases were found in its whole text: they are the line's when nothing was trimmed.
        var phrases = block is { } facts && text.Length == line.Length ? facts.Phrases : s_phrases.FlagsFoundIn(text, stopOn: Rights);
        if ((phrases & Rights) != 0)
        {
            return BoilerplateKind.Copyright;
        }

        linePhrases = text.Length == line.Length ? phrases : -1;

        // A sign-up word in an article's sentence about others ("Residents can sign up for a card") is the article's.
        // So is a call someone is reported making ("Volg ons op de voet, zei de aannemer").
        return ((phrases & SignUp) != 0 && !SignUpSentences.IsArticleSentence(line) && !AttributedSpeech.IsAttributed(line))
            || IsMenuWordsOnly(line) || IsShareButton(line) || MenuLines.IsShareBar(line) || IsReadingTime(line, words, phrases)
            || AdvertResumeLines.IsAdvertResumeLine(text, line)
            ? BoilerplateKind.Navigation
            : null;
    }

    // "Galeria de imagens (6)" without its count: the text before a number in brackets closing it; else the text itself.
    private static ReadOnlySpan<char> WithoutCount(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || text[text.Length - 1] != ')')
        {
            return text;
        }

        var open = text.LastIndexOf('(');
        if (open < 1 || open + 2 > text.Length - 1)
        {
            return text;
        }

        foreach (var c in text.Slice(open + 1, text.Length - open - 2))
        {
            if (!char.IsDigit(c))
            {
                return text;
            }
        }

        return text.Slice(0, open).TrimEnd();
    }

    // "Listen to this article and hundreds more in the app", "Ascolta l'articolo con la nostra app": a button's phrase
    // (a navigation line's) of three words or more opens a short line that ends on no full stop. Shorter ones ("Share",
    // "Latest news", "Dernière minute", "Últimas noticias") open headlines and sentences too.
    private const int MinButtonPhraseWords = 3;

    private static bool OpensWithButtonPhrase(ReadOnlySpan<char> text)
    {
        var length = LexiconTables.NavigationLines.LongestStart(text);
        if (length == 0 || Punctuation.IsTerminal(text[text.Length - 1]))
        {
            return false;
        }

        // Words as the phrase is written: "ascolta l'articolo" is three, "dernière minute" and "últimas noticias" two.
        var words = 1;
        foreach (var c in text.Slice(0, length))
        {
            words += c is ' ' or '\'' or '’' ? 1 : 0;
        }

        return words >= MinButtonPhraseWords;
    }

    /// <summary>Whether <paramref name="line"/> opens a link to another article: "Lire aussi : …", "Read more: …", ">> …".</summary>
    /// <remarks>
    /// A label followed by a comma that runs on to a full stop ("Sur le même sujet, le maire n'a pas souhaité
    /// s'exprimer.") is a sentence; a link's headline ends on no full stop ("A lire aussi, Jane Doe : …").
    /// So is a label's words going on in lower case to a full stop ("Également sur la table, la question des
    /// bus."), unless it speaks to the reader ("Lire aussi notre enquête sur les bus.").
    /// </remarks>
    public static bool StartsLinkLine(ReadOnlySpan<char> line)
    {
        var length = LexiconTables.LinkPrefixes.LongestStart(line);
        if (length == 0)
        {
            // "➡️ Leia também: …", "▶ Lesen Sie auch: …": a pictograph or an arrow drawn before the label.
            var label = SkipPictographs(line);
            if (label.Length == line.Length)
            {
                return false;
            }

            line = label;
            length = LexiconTables.LinkPrefixes.LongestStart(line);
        }
        if (length == 0 || length >= line.Length || !line.TrimEnd().EndsWith(".".AsSpan(), StringComparison.Ordinal))
        {
            return length > 0;
        }

        var rest = line.Slice(length).TrimStart();
        return !(line[length] == ',' || (rest.Length > 0 && char.IsLower(rest[0]) && !SignUpSentences.SpeaksToTheReader(rest)));
    }

    // A pictograph drawn before a line's words: an emoji (a surrogate pair, maybe with its variation selector or
    // joiner), an arrow or another symbol, and the spaces after it. A few characters at most.
    private const int MaxPictographChars = 6;

    /// <summary><paramref name="line"/> past a pictograph drawn before its words ("➡️ Leia também", "📲 Participe"), if any.</summary>
    internal static ReadOnlySpan<char> SkipPictographs(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && i < MaxPictographChars
            && (char.IsSurrogate(line[i]) || char.IsWhiteSpace(line[i])
                || char.GetUnicodeCategory(line[i]) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol
                    or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
        {
            i++;
        }

        return line.Slice(i);
    }

    // "Lesezeit: 3 Minuten", "5 min read": a short line that gives the reading time, by a phrase or by its parts.
    // `phrases`: the line's phrase flags, whose reading-time phrase a phrase match needs.
    private static bool IsReadingTime(ReadOnlySpan<char> line, int words, int phrases)
        => (words <= MaxWordsForReadingTime && (phrases & ReadingTime) != 0) || ReadingTimes.IsReadingTime(line);

    // lynx's name for an image it could not show, one word in brackets with a file's marks in it
    // ("[banniere_soutien2.svg?x12345]", "[logo-courrier.png]"): nobody's text. A name has letters: an
    // editor's cut "[...]" is the article's. A lone "." stays: a plain article may print one as a
    // paragraph, and a dump may wrap a list's ";" onto a line of its own.
    private static bool IsImageName(ReadOnlySpan<char> line)
    {
        var trimmed = Whitespace.Trim(line);
        return trimmed.Length > 2 && trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']' && trimmed.IndexOf(' ') < 0
            && trimmed.IndexOfAny('.', '_', '?') > 0 && LetterCase.AnyLetter(trimmed);
    }

    // A plain-text e-mail's stand-in for a picture it cannot show: the picture's word and its alt text in brackets
    // ("[Imagem: A ponte no dia da reabertura]", "[Image: The ferry at its slipway]", "[Bild: Die Station im Bau]").
    // Nobody's text. An editor's note in brackets ("[Update: …]", "[Nota: …]") opens on another word and is the article's.
    private static bool IsImagePlaceholder(ReadOnlySpan<char> line)
    {
        var trimmed = Whitespace.Trim(line);
        if (trimmed.Length < 3 || trimmed[0] != '[' || trimmed[trimmed.Length - 1] != ']')
        {
            return false;
        }

        var inside = trimmed.Slice(1, trimmed.Length - 2);
        var colon = inside.IndexOf(':');
        return colon > 0 && inside.IndexOf(']') < 0 && LexiconTables.CreditWords.Contains(Whitespace.Trim(inside.Slice(0, colon)));
    }

    /// <summary>
    /// Whether <paramref name="text"/> is navigation lines a page prints on one line, parted by bars ("Sign in | Subscribe",
    /// "Accedi | Abbonati | Newsletter", "Sign in | Subscribe from £1"). Every part is one the lexicons list alone (or a menu's
    /// words), or such a line with the offer's price after it; a headline with its site after a bar is none.
    /// </summary>
    internal static bool IsBarredNavigation(ReadOnlySpan<char> text)
    {
        // Session 69, pages: an aggregator's bar parts its buttons by middle dots too ("Share · Save · Hide this publisher").
        if (text.IndexOf('|') < 0 && text.IndexOf('·') < 0)
        {
            return false;
        }

        var parts = new SeparatedParts(text, '|', '·');
        while (parts.Read())
        {
            var part = Whitespace.Trim(parts.Part);
            if (part.Length == 0 || !(LexiconTables.ButtonLabels.Contains(part) || IsMenuWordsOnly(part) || IsNavigationOffer(part)))
            {
                return false;
            }
        }

        return true;
    }

    // "Subscribe from £1", "S'abonner dès 1 €", "Abonnieren ab 0,99 €": a navigation line of one or two words, then a short
    // offer with its price. A headline opening on such a word ("Home secretary resigns") holds no figure so close after it.
    private const int MaxNavigationLeadWords = 2;
    private const int MaxOfferWords = 3;

    private static bool IsNavigationOffer(ReadOnlySpan<char> part)
    {
        var reader = new WordReader(part);
        for (var words = 1; words <= MaxNavigationLeadWords && reader.Read(); words++)
        {
            var end = reader.Start + reader.Length;
            if (LexiconTables.NavigationLines.Contains(part.Slice(0, end)))
            {
                var offer = part.Slice(end);
                return Digits.Any(offer) && Words.Count(offer, MaxOfferWords + 1) <= MaxOfferWords;
            }
        }

        return false;
    }

    // lynx numbers each link ("[1]Accueil [2]Vidéos"): the markers are no words of the menu.
    // A share bar may join its buttons with function words ("Compartir en Facebook Compartir en X", "Share on
    // Facebook Share on WhatsApp", and before the network in German: "Auf Facebook teilen Auf X teilen") or a joiner of
    // its own ("Delen via Facebook", MenuJoiners): when three menu words or more outnumber them and the line ends on one.
    private const int MinJoinedMenuWords = 3;

    internal static bool IsMenuWordsOnly(ReadOnlySpan<char> line)
    {
        var menu = 0;
        var joiners = 0;
        var lastIsMenu = false;
        var span = line;
        var reader = new WordReader(span);

        // A joiner before the first menu word ("Auf Facebook teilen Auf X teilen") counts only when the bar says it again
        // between its buttons; "On Instagram, YouTube and WhatsApp" heads a section.
        ReadOnlySpan<char> leading = default;
        var leadingAgain = false;
        while (reader.Read())
        {
            if (IsLinkMarker(span, reader.Start, reader.Length))
            {
                continue;
            }

            lastIsMenu = LexiconTables.MenuWords.Contains(reader.Word);
            if (lastIsMenu)
            {
                menu++;
            }
            else if (Stopwords.IsStopword(reader.Word) || LexiconTables.MenuJoiners.Contains(reader.Word))
            {
                joiners++;
                if (menu == 0)
                {
                    leading = reader.Word;
                }
                else
                {
                    leadingAgain |= leading.Length > 0 && reader.Word.Equals(leading, StringComparison.OrdinalIgnoreCase);
                }
            }
            else
            {
                return false;
            }
        }

        return menu > 0 && (leading.Length == 0 || leadingAgain) && (joiners == 0 || (lastIsMenu && menu >= MinJoinedMenuWords && joiners < menu));
    }

    // "Compartir en WhatsApp", "Share on X", "Auf Facebook teilen": one share button on its line, the verb, a function word
    // and the network, in either order. Bars print them one under another, and the last one over the article's first
    // paragraph is no heading; a bar on one line is read above (IsMenuWordsOnly).
    private const int ShareButtonWords = 3;

    private static bool IsShareButton(ReadOnlySpan<char> line)
    {
        Span<int> starts = stackalloc int[ShareButtonWords];
        Span<int> lengths = stackalloc int[ShareButtonWords];
        var count = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (count == ShareButtonWords)
            {
                return false;
            }

            starts[count] = reader.Start;
            lengths[count++] = reader.Length;
        }

        if (count != ShareButtonWords)
        {
            return false;
        }

        var first = line.Slice(starts[0], lengths[0]);
        var middle = line.Slice(starts[1], lengths[1]);
        var last = line.Slice(starts[2], lengths[2]);
        return (LexiconTables.ShareVerbs.Contains(first) && IsJoiner(middle) && LexiconTables.MenuWords.Contains(last))
            || (IsJoiner(first) && LexiconTables.MenuWords.Contains(middle) && LexiconTables.ShareVerbs.Contains(last));
    }

    private static bool IsJoiner(ReadOnlySpan<char> word) => Stopwords.IsStopword(word) || LexiconTables.MenuJoiners.Contains(word);

    // "[12]": a number in square brackets.
    private static bool IsLinkMarker(ReadOnlySpan<char> line, int start, int length)
    {
        if (start == 0 || line[start - 1] != '[' || start + length >= line.Length || line[start + length] != ']')
        {
            return false;
        }

        foreach (var c in line.Slice(start, length))
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
