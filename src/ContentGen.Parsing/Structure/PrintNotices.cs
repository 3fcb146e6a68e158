using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A notice that the article also ran in print ("Cet article est paru dans l'édition du 12 mars", "Print edition:
/// this interview appeared in …"): the page's own note about the piece, set aside as a
/// <see cref="BoilerplateKind.Notice"/>. Its opening words also open an article's closing prose ("This story appeared
/// in print ten years ago, when …"), so a notice must have a notice's whole shape, not its first words alone.
/// </summary>
internal static class PrintNotices
{
    // A notice is a sentence; its label ("Print edition:", "Édition papier :") a few words.
    private const int MaxWords = 25;
    private const int MaxLabelWords = 3;

    // After its opening words a notice names only where and when the piece ran: function words, the edition's
    // words, a date (numbers, months, weekdays) and a publication's capitalised name. A word or two besides
    // ("section", "page", "eerder"); prose that goes on to tell something ("ten years ago, when the keeper …")
    // has more.
    private const int MaxOtherWords = 2;

    // The words that join a second clause: "and", "und", "et", "y", "e", "en" (Dutch "and"; the Romance "in" before a
    // place or an edition word, "en kiosque", is no verb after it).
    private static readonly WordTable s_joiners = WordTable.Of(new[] { "and", "und", "et", "y", "e", "en" });

    /// <summary>Whether <paramref name="text"/>, a block of <paramref name="words"/> words, is a print-edition notice.</summary>
    public static bool IsPrintNotice(ReadOnlySpan<char> text, int words)
    {
        if (words > MaxWords)
        {
            return false;
        }

        var opening = LexiconTables.PrintNotices.LongestStart(text);
        if (opening == 0)
        {
            // "Print edition: this interview appeared in …": a short label that names the print edition.
            var colon = text.IndexOf(':');
            if (colon <= 0 || Words.MoreThan(text.Slice(0, colon), MaxLabelWords) || !HasEditionWord(text.Slice(0, colon)))
            {
                return false;
            }

            text = Whitespace.Trim(text.Slice(colon + 1));
            opening = LexiconTables.PrintNotices.LongestStart(text);
            if (opening == 0)
            {
                return false;
            }

            return IsOneSentence(text) && NamesOnlyWhereAndWhen(text.Slice(opening), needsEditionWord: false);
        }

        return IsOneSentence(text) && NamesOnlyWhereAndWhen(text.Slice(opening), needsEditionWord: true);
    }

    // The rest of the notice: the edition named (unless its label did), and at most MaxOtherWords words that name
    // neither the edition nor a date nor a publication.
    private static bool NamesOnlyWhereAndWhen(ReadOnlySpan<char> rest, bool needsEditionWord)
    {
        var edition = !needsEditionWord;
        var others = 0;
        var quoted = false;
        var afterJoiner = false;
        var end = 0;
        var reader = new WordReader(rest);
        while (reader.Read())
        {
            var word = reader.Word;
            quoted = InQuotes(rest.Slice(end, reader.Start - end), quoted);
            end = reader.Start + reader.Length;

            // "… sous le titre « Le vieux ponton fermé »": the print headline it quotes is a name, not the notice's words.
            if (quoted)
            {
                continue;
            }

            // "… vom 3. Mai 1989 und löste …", "… in 1990 and cost …": a second clause joined on, which a notice never has.
            if (afterJoiner && char.IsLower(word[0]) && !Stopwords.IsStopwordOrElision(word) && !IsEditionWord(word) && !LexiconTables.Calendar.Contains(word))
            {
                return false;
            }

            afterJoiner = s_joiners.Contains(word);
            if (IsEditionWord(word))
            {
                edition = true;
            }
            else if (!(char.IsDigit(word[0]) || char.IsUpper(word[0]) || Stopwords.IsStopwordOrElision(word)
                || LexiconTables.Calendar.Contains(word)) && ++others > MaxOtherWords)
            {
                return false;
            }
        }

        return edition;
    }

    // Whether the text after `gap`, the marks between two words, stands inside quotation marks.
    private static bool InQuotes(ReadOnlySpan<char> gap, bool quoted)
    {
        foreach (var c in gap)
        {
            if (c is '«' or '“' or '„')
            {
                quoted = true;
            }
            else if (c is '»' or '”')
            {
                quoted = false;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
        }

        return quoted;
    }

    // One sentence: no sentence end inside it before a capital ("… du 4 mai. Depuis, …"). A full stop after a
    // number is a German date's ("vom 10. März"), not a sentence's end.
    private static bool IsOneSentence(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        for (var i = 1; i + 2 < trimmed.Length; i++)
        {
            if (Punctuation.IsTerminal(trimmed[i]) && !char.IsDigit(trimmed[i - 1]) && trimmed[i + 1] == ' ' && char.IsUpper(trimmed[i + 2]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasEditionWord(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (IsEditionWord(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    // "zomernummer", "Samstagsausgabe": Dutch and German join another word before the edition's, which keeps this many letters.
    private const int MinCompoundHead = 3;
    private const int MinCompoundEditionLetters = 5;

    // "l'édition", "dell'edizione": the word after an elided article.
    private static bool IsEditionWord(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (LexiconTables.PrintEditionWords.Contains(apostrophe > 0 && apostrophe <= 4 ? word.Slice(apostrophe + 1) : word))
        {
            return true;
        }

        for (var head = MinCompoundHead; head + MinCompoundEditionLetters <= word.Length; head++)
        {
            if (LexiconTables.PrintEditionWords.Contains(word.Slice(head)))
            {
                return true;
            }
        }

        return false;
    }
}
