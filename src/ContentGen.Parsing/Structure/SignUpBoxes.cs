using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds newsletter and sign-up boxes: a page prints one as a group of lines of its own (between
/// blank lines) around an e-mail field: an opener ("Newsletter", "Sign up for The Morning Post"), a
/// blurb in any words ("The stories Riverside is talking about, delivered every weekday"), the field
/// with its button ("Your email address Sign up", "Votre adresse e-mail Je m'inscris") and fine print
/// under it. The field gives the whole group away; a short group is a box, never an article's text.
/// </summary>
internal static partial class SignUpBoxes
{
    // A field is its label and a button: "Ihre E-Mail-Adresse Anmelden", "Enter your email Subscribe".
    private const int MaxFieldWords = 8;

    // A box's opener, blurb, field and fine print fit in a few lines; an article glued to a field does not.
    private const int MaxBoxLines = 8;
    private const int MaxBoxWords = 60;

    // A sign-up notice is a blurb ("… inscrivez-vous à la lettre du port et recevez chaque soir …"); an
    // article's paragraph about a newsletter is longer.
    private const int MaxNoticeWords = 40;

    // A notice says what to do and where it comes ("inscrivez-vous" … "dans votre boîte mail"); one
    // such word ("Harbour Bakery cookies") is a sentence's.
    private const int MinNoticePhrases = 2;

    /// <summary>
    /// Whether <paramref name="block"/>, however wrapped, is a sign-up notice: a short one with
    /// two sign-up phrases ("sign up" … "in your inbox", "jetzt anmelden" … "in Ihrem Postfach"), or a consent wall.
    /// </summary>
    public static bool IsNotice(BlockFacts block)
    {
        var span = block.Text.AsSpan();
        if (block.Words > MaxNoticeWords)
        {
            return false;
        }

        if (!BoilerplateLines.HasSignUpPhrase(block.Phrases))
        {
            return IsConsentNotice(span);
        }

        var phrases = 0;
        var reader = new WordReader(span);
        while (reader.Read())
        {
            if (LexiconTables.SignUpPhrases.StartsAny(span.Slice(reader.Start)) && ++phrases == MinNoticePhrases)
            {
                return true;
            }
        }

        return IsConsentNotice(span);
    }

    // A consent wall's notice: "we and our partners" (ConsentPhrases) with what it asks about beside it
    // ("cookies", "données", "Daten"); "We thank our partners" alone is an article's sentence.
    private static bool IsConsentNotice(ReadOnlySpan<char> span)
    {
        if (!LexiconTables.ConsentPhrases.FoundIn(span))
        {
            return false;
        }

        return LexiconTables.ConsentWords.HoldsAnyWordOf(span);
    }

    /// <summary>The numbers of the lines that belong to a sign-up box, or null when no line does (most pages).</summary>
    public static HashSet<int>? Find(IReadOnlyList<SourceLine> lines, string document) =>
        LineBoxes.Collect(lines, document, static (lines, start, end, document) => IsBox(lines, start, end, document));

    // A group is read for its field only when it is short enough to be a box, and its words are counted only when it
    // has one: a page's paragraphs are long groups with none.
    /// <summary>Whether lines [<paramref name="start"/>, <paramref name="end"/>), a group of their own, are a sign-up box.</summary>
    public static bool IsBox(IReadOnlyList<SourceLine> lines, int start, int end, string document) =>
        end - start <= MaxBoxLines && HasEmailField(lines, start, end, document) && WordsUpTo(lines, start, end, document, MaxBoxWords) <= MaxBoxWords;

    // Whether one of lines [start, end) is an e-mail field.
    private static bool HasEmailField(IReadOnlyList<SourceLine> lines, int start, int end, string document)
    {
        for (var i = start; i < end; i++)
        {
            if (IsEmailField(lines[i].TrimmedSpan(document, out _)))
            {
                return true;
            }
        }

        return false;
    }

    // The words of lines [start, end), counted no further than one past the limit.
    private static int WordsUpTo(IReadOnlyList<SourceLine> lines, int start, int end, string document, int limit)
    {
        var words = 0;
        for (var i = start; i < end && words <= limit; i++)
        {
            words += Words.Count(lines[i].TrimmedSpan(document, out _), limit - words);
        }

        return words;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an e-mail field as a dump prints it: a short label that is no
    /// sentence, naming the e-mail address (<c>EmailFieldWords</c>: "email", "adresse", "E-Mail-Adresse"
    /// as two) twice ("Your email address Sign up"), or once beside a sign-up phrase or the field's
    /// underscores ("O seu e-mail Subscrever", "____ Votre adresse-email"). A share bar's "LinkedIn
    /// email" names it once, beside no sign-up word.
    /// </summary>
    public static bool IsEmailField(string line) => IsEmailField(line.AsSpan());

    /// <inheritdoc cref="IsEmailField(string)"/>
    public static bool IsEmailField(ReadOnlySpan<char> line)
    {
        if (Punctuation.EndsSentence(line))
        {
            return false;
        }

        // One pass counts the words and the field's words: most lines asked are a page's
        // paragraphs, turned away at their ninth word.
        var hits = 0;
        var words = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (++words > MaxFieldWords)
            {
                return false;
            }

            hits += FieldHits(reader.Word);
        }

        return hits >= 2
            || (hits == 1 && (line.IndexOf("___".AsSpan(), StringComparison.Ordinal) >= 0 || LexiconTables.SignUpPhrases.FoundIn(line)));
    }

    // "e-mail" is one word of the list; "E-Mail-Adresse" and "adresse-email" are two.
    private static int FieldHits(ReadOnlySpan<char> word)
    {
        if (LexiconTables.EmailFieldWords.Contains(word))
        {
            return 1;
        }

        if (word.IndexOf('-') < 0)
        {
            return 0;
        }

        var hits = 0;
        while (word.Length > 0)
        {
            var hyphen = word.IndexOf('-');
            var part = hyphen < 0 ? word : word.Slice(0, hyphen);
            hits += LexiconTables.EmailFieldWords.Contains(part) ? 1 : 0;
            word = hyphen < 0 ? ReadOnlySpan<char>.Empty : word.Slice(hyphen + 1);
        }

        return hits;
    }
}
