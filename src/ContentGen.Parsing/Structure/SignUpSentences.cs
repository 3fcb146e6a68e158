using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Tells an article's sentence that holds a sign-up word ("Residents can sign up for a library card",
/// "Die Nachbarn unterstützen sie seit Jahren") from the site's own call ("Sign up for our newsletter",
/// "Wir verwenden Cookies", "Faites un don"): the call speaks to the reader or opens with what the
/// reader is to do; the article's sentence tells about others, in the function words of prose.
/// </summary>
internal static class SignUpSentences
{
    // A call of a few words ("Accept cookies", "Newsletter abonnieren") is chrome whatever its words.
    private const int MinWords = 8;

    // A sentence of the article is full of function words; a call's line of labels is not.
    private const double MinDensity = 0.2;

    /// <summary>Whether <paramref name="line"/>, holding a sign-up word, reads as an article's sentence about others.</summary>
    public static bool IsArticleSentence(ReadOnlySpan<char> line)
    {
        var span = line;
        var words = 0;
        var stopwords = 0;
        var reader = new WordReader(span);
        while (reader.Read())
        {
            words++;
            stopwords += Stopwords.IsStopwordOrElision(reader.Word) ? 1 : 0;
        }

        if (words < MinWords || stopwords < MinDensity * words || OpensWithCall(span))
        {
            return false;
        }

        return !SpeaksToTheReader(span);
    }

    // "Sign up today …", "Jetzt anmelden …", "Unterstützen Sie …": a phrase of two words or more opening the line is the call.
    private static bool OpensWithCall(ReadOnlySpan<char> line)
    {
        // "📲 Participe do canal …": a pictograph may be drawn before the call.
        line = BoilerplateLines.SkipPictographs(line);
        // The phrase ends on a word's end: "Abbonati al bus, …" holds no call "abbonati a".
        var length = LexiconTables.SignUpPhrases.LongestStart(line);
        return length > 0 && line.Slice(0, length).IndexOf(' ') >= 0 && (length == line.Length || !char.IsLetter(line[length]));
    }

    /// <summary>
    /// Whether a word of <paramref name="block"/> speaks to the reader in the block's own language: the language whose
    /// function words the block holds most. "nos" speaks to the reader in French ("nos lecteurs") and means "in the" in
    /// Portuguese ("nos últimos cinco anos"). A polite form counts as <see cref="SpeaksToTheReader"/> reads it.
    /// </summary>
    public static bool SpeaksToTheReaderInItsLanguage(BlockFacts block)
    {
        // A deck with no function word of any language may speak to the reader in any.
        var own = block.LanguageHits.Leading is var leading and not 0 ? leading : ~0;

        return SpeaksToTheReaderIn(block.Text.AsSpan(), own);
    }

    /// <summary>
    /// Whether any word of <paramref name="line"/>, hyphenated parts apart ("Abonnez-vous"), speaks to the
    /// reader; a polite form ("Ihrem") only capitalised past the line's first word, where it cannot open a sentence.
    /// </summary>
    public static bool SpeaksToTheReader(ReadOnlySpan<char> line) => SpeaksToTheReaderIn(line, languages: ~0);

    // The one walk of both questions: a word of the reader's in one of `languages` (flags of ReaderWords), or a polite form
    // past the first word. With every language, a flag found is the word in the table.
    private static bool SpeaksToTheReaderIn(ReadOnlySpan<char> line, int languages)
    {
        var i = 0;
        var first = true;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetter(line[i]))
            {
                i++;
            }

            var word = line.Slice(start, i - start);
            if ((LexiconTables.ReaderWords.Flags(word) & languages) != 0 || (!first && LexiconTables.PoliteReaderWords.Contains(word)))
            {
                return true;
            }

            first = false;
        }

        return false;
    }
}
