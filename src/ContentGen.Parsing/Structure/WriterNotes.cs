using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Opinion pages say who the writer is beside the dateline, with no byline's word: a note that opens with the name
/// and a copula ("Gerrit Wolters is voorzitter van …", <c>NoteCopulas</c>), or the name alone over one line on the
/// writer ("Thérèse Aubry" / "Agricultrice à Livarot, …", "Manuel Serrano" / "Engenheiro florestal"). Both name the
/// author, and the note is the byline's, not the article's first paragraph. Only beside a dateline: elsewhere the
/// same shapes are a portrait's lede or a caption.
/// </summary>
internal static class WriterNotes
{
    // A note on the writer is one sentence of a few words; a lede that opens with a name is as short at times, so the
    // dateline beside it decides, which the callers check.
    private const int MaxNoteWords = 30;

    // The line under the name alone: a job or a clause on the writer.
    private const int MaxLineUnderNameWords = 20;
    private const int MaxJobWords = 5;

    /// <summary>
    /// The writer's name a one-sentence note opens with, before a copula ("Gerrit Wolters is voorzitter van dorpshuis
    /// De Linde."): a name of two words or more, then the copula, then more words; else <see langword="null"/>.
    /// </summary>
    public static string? NameOpeningNote(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        if (text.Length == 0 || !Punctuation.EndsSentence(text) || Words.MoreThan(text, MaxNoteWords) || Punctuation.HasStopInside(text, lettersBefore: 2))
        {
            return null;
        }

        var reader = new WordReader(text);
        var nameEnd = -1;
        while (reader.Read())
        {
            var word = reader.Word;
            var gap = text.Slice(nameEnd < 0 ? 0 : nameEnd, reader.Start - (nameEnd < 0 ? 0 : nameEnd));
            if (nameEnd >= 0 && !Whitespace.Trim(gap).IsEmpty && !NameParticles.Joiners.Contains(Whitespace.Trim(gap)))
            {
                return null;
            }

            if (char.IsUpper(word[0]))
            {
                nameEnd = reader.Start + reader.Length;
                continue;
            }

            if (nameEnd >= 0 && NameParticles.Joiners.Contains(word))
            {
                continue;
            }

            // The copula right after the name, then within a few words a writer's role ("voorzitter", "columnist",
            // "présidente"): a deck on a place, a storm or a thing ("Storm Dennis is expected …") names no role.
            var after = reader.Start + reader.Length;
            return nameEnd > 0 && LexiconTables.NoteCopulas.Contains(word) && after < text.Length - 1 && NamesARole(text.Slice(after))
                ? AuthorReader.ReadBareName(text.Slice(0, nameEnd))
                : null;
        }

        return null;
    }

    // The role stands a few words after the copula: "is chair of", "ist seit 2019 Vorsitzender", "est la présidente"; the
    // speech lexicons' roles and titles and the bylines' jobs name it.
    private static readonly Lexicons.Speech.SpeechTables s_speech = Lexicons.Speech.SpeechTables.All;
    private const int RoleReach = 4;

    private static bool NamesARole(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        for (var words = 0; words < RoleReach && reader.Read(); words++)
        {
            var word = reader.Word;
            if (LexiconTables.BylineRoles.Contains(word) || s_speech.RoleNouns.Contains(word) || s_speech.Titles.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name <paramref name="nameLine"/> is when the line under it, <paramref name="under"/>, is one line on the writer
    /// (a job, a clause): a few words, one in lower case that is no stopword ("Engenheiro florestal"), or three words
    /// with a function word ("Förster im Ruhestand": German capitalises its nouns), no date, no link's words ("Follow the
    /// money", "Volg ons op Facebook"). A town or a region in capitalised words ("Villaverde, Navarra") is no note.
    /// Else <see langword="null"/>.
    /// </summary>
    public static string? NameOverNote(ReadOnlySpan<char> nameLine, ReadOnlySpan<char> under)
    {
        // A job of a few words ("Engenheiro florestal") or a sentence on the writer with its stop; a headline under a
        // kicker ("Port Talbot" / "Harbour wall to be rebuilt after winter storms") is longer and has no stop.
        under = Whitespace.Trim(under);
        if (under.Length == 0 || !char.IsUpper(under[0]) || Words.MoreThan(under, MaxLineUnderNameWords) || !HasLowerCaseWord(under)
            || (Words.MoreThan(under, MaxJobWords) && !Punctuation.EndsSentence(under))
            || LexiconTables.AuthorLinks.FoundIn(under) || PageLines.IsBylineOrDate(under.ToString()) || DateReader.Read(under) is not null)
        {
            return null;
        }

        return AuthorReader.ReadBareName(Whitespace.Trim(nameLine));
    }

    // A word in lower case that is no function word: a job ("florestal"), a verb ("tient"); or, in three words or more, a
    // function word between capitalised nouns ("Förster im Ruhestand").
    private const int MinWordsWithFunctionWord = 3;

    private static bool HasLowerCaseWord(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        var words = 0;
        var function = false;
        while (reader.Read())
        {
            words++;
            if (char.IsLower(reader.Word[0]))
            {
                if (!Stopwords.IsStopwordOrElision(reader.Word))
                {
                    return true;
                }

                function = true;
            }
        }

        return function && words >= MinWordsWithFunctionWord;
    }

}
