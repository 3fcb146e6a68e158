using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Splits a site name off a headline, following the guards of Readability's
/// <c>_getArticleTitle</c>: cut at the last separator, and keep the whole line when what
/// would remain is too short to be a headline on its own; unless the suffix reads as a
/// publication's name (<see cref="ReadsAsPublication(string)"/>), which is cut off even a short headline.
/// </summary>
public static partial class TitleSplitter
{
    // Readability keeps the whole title when the cut leaves four words or fewer.
    private const int MinimumHeadlineWords = 5;

    // Even before a publication's name, a headline has a subject and something said of it.
    private const int MinimumShortHeadlineWords = 2;

    // A publication's name in Title Case is short: "The Riverside Post", "Gazzetta di Valmora".
    private const int MaxPublicationWords = 5;

    // The longest article before a paper's name in lower case: "het", "los", "la", "o".
    private const int MaxArticleLength = 3;

    // The letters a paper's one-word name puts before its publication word: "Hafen" in "Hafenzeitung".
    private const int MinCompoundHead = 3;

    private static readonly string[] s_separators = { " – ", " — ", " | ", " - ", " :: ", " » " };

    private const string MiddleDot = " · ";

    /// <summary>
    /// Whether <paramref name="line"/>, trimmed, ends on a separator's mark after a space ("… na antiga escola –"): a width
    /// broke the line at the separator before the site's name.
    /// </summary>
    internal static bool EndsOnSeparator(ReadOnlySpan<char> line)
    {
        foreach (var separator in s_separators)
        {
            if (line.EndsWith(separator.AsSpan().TrimEnd(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, trimmed, opens on a separator's mark before a space ("– Jornal do Alto Sabor"), or
    /// is the mark alone: a width broke the line at the separator before the site's name.
    /// </summary>
    internal static bool OpensOnSeparator(ReadOnlySpan<char> line)
    {
        foreach (var separator in s_separators)
        {
            var mark = separator.AsSpan().TrimStart();
            if (line.StartsWith(mark, StringComparison.Ordinal) || line.SequenceEqual(mark.TrimEnd()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="line"/> holds a separator that parts a title's pieces: "… trop tard - Opinions".</summary>
    internal static bool HoldsSeparator(ReadOnlySpan<char> line)
    {
        foreach (var separator in s_separators)
        {
            if (line.IndexOf(separator.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits <paramref name="line"/> into a headline and an optional site name.</summary>
    /// <param name="line">The title line, trimmed.</param>
    /// <param name="knownSource">A site name already known to recur across documents, or <see langword="null"/>.</param>
    public static (string Title, string? Source) Split(string line, string? knownSource = null)
    {
        if (knownSource is not null && TrySplitKnown(line, knownSource, out var known))
        {
            return known;
        }

        var (index, separator) = LastSeparator(line);
        if (index < 0)
        {
            return SplitAtMiddleDot(line);
        }

        var head = Whitespace.Trim(line.Substring(0, index));
        var tail = Whitespace.Trim(line.Substring(index + separator.Length));

        // A hyphen before one word is a headline's own attribution ("… - Moss"), not a site.
        var looksLikeAttribution = separator == " - " && Words.Count(tail) < 2 && !IsCompoundPublication(tail.AsSpan());
        if (tail.Length == 0 || looksLikeAttribution)
        {
            return (line, null);
        }

        // "… s'achève - mais les négociations continuent": after a dash, words in lower case go on with
        // the headline's sentence, where a site's name is capitalised after its article ("- de Havenkrant",
        // "- la Gazzetta di Valmora") or a domain ("valleynews.example").
        if (separator is " - " or " – " or " — " && IsClause(tail))
        {
            return (line, null);
        }

        // "… steigt weiter – Altstadt von Hals wird evakuiert": a second clause of the headline, with words in lower case
        // that no publication's name holds between its capitals.
        if (separator is " - " or " – " or " — " && !ReadsAsPublication(tail) && HasLowerCaseWordInside(tail))
        {
            return (line, null);
        }

        var headWords = Words.Count(head.AsSpan(), MinimumHeadlineWords);
        if (headWords >= MinimumHeadlineWords)
        {
            return (head, tail);
        }

        // "Harbour plan approved | Coastal Gazette": a short headline keeps no site name. A hyphen
        // is also how a headline quotes its speaker ("Fares must come down - Jane Moss"),
        // so after one the suffix must say it is a publication in so many words.
        var publication = (separator == " - " ? HasPublicationWord(tail) : ReadsAsPublication(tail)) || IsCompoundPublication(tail.AsSpan());
        return headWords >= MinimumShortHeadlineWords && publication ? (head, tail) : (line, null);
    }

    /// <summary>
    /// Splits a site's one-word name off after a hyphen ("… - Talbote"), which <see cref="Split"/> keeps as a headline's
    /// speaker ("… - Moss"), when the page names itself with that word: alone on its first line above the title (its
    /// masthead; skip links above it aside), or in its rights notice ("© 2025 Talbote.", a © with a year or a rights
    /// phrase). A speaker's surname stands so nowhere (a name alone under the headline labels who speaks, a portrait's
    /// "© Velde privat" credits the person pictured), nor does a section's label under the menu.
    /// Else <see langword="null"/>.
    /// </summary>
    /// <param name="line">The title line, trimmed.</param>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="titleOffset">Where the title line starts.</param>
    internal static (string Title, string Source)? SplitOwnName(string line, IReadOnlyList<SourceLine> lines, string document, int titleOffset)
    {
        var (index, separator) = LastSeparator(line);
        if (separator != " - ")
        {
            return null;
        }

        var head = Whitespace.Trim(line.Substring(0, index));
        var tail = Whitespace.Trim(line.AsSpan(index + separator.Length));
        if (tail.Length == 0 || !char.IsUpper(tail[0]) || Words.Count(tail, 2) != 1
            || Words.Count(head.AsSpan(), MinimumShortHeadlineWords) < MinimumShortHeadlineWords)
        {
            return null;
        }

        return NamesItself(tail, lines, document, titleOffset, holderOnly: false) ? (head, tail.ToString()) : null;
    }

    /// <summary>
    /// Splits a site's name off the front of the title line ("Westmarch Herald | Ferry fares rise", "Diario del Henares -
    /// Las obras …"), as many sites print their browser title, when the text before the first separator reads as a
    /// publication's name and the page names itself with it: alone on its first line (its masthead) or in its rights
    /// notice. A section's label or a place before a bar ("Sport | …", "Lindau | …") is no masthead, so it stays.
    /// Else <see langword="null"/>.
    /// </summary>
    /// <param name="line">The title line, trimmed.</param>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="titleOffset">Where the title line starts.</param>
    internal static (string Title, string Source)? SplitOwnNameFirst(string line, IReadOnlyList<SourceLine> lines, string document, int titleOffset)
    {
        var (index, separator) = FirstSeparator(line);
        if (index <= 0)
        {
            return null;
        }

        var head = Whitespace.Trim(line.AsSpan(0, index));
        var rest = Whitespace.Trim(line.Substring(index + separator.Length));
        if (head.Length == 0 || Words.Count(rest.AsSpan(), MinimumShortHeadlineWords) < MinimumShortHeadlineWords
            || !ReadsAsPublication(head.ToString()))
        {
            return null;
        }

        // A place's name before the bar is also a word of the paper's ("Lugo" in "© El Faro de Lugo"): the notice must
        // name the whole holder.
        return NamesItself(head, lines, document, titleOffset, holderOnly: true) ? (rest, head.ToString()) : null;
    }

    // Whether the page names itself `name`: alone on a line above the title with only chrome lines the lexicons list alone
    // (a skip link) above it (its masthead), or in its rights notice (as its holder, right after the © and a year, when
    // `holderOnly`). The masthead is read in the page's first lines, the rights notice in its last: a fixed reach at each end.
    private static bool NamesItself(ReadOnlySpan<char> name, IReadOnlyList<SourceLine> lines, string document, int titleOffset, bool holderOnly)
    {
        var top = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == MaxCopyLines && lines.Count - MaxCopyLines > i)
            {
                i = lines.Count - MaxCopyLines;
            }

            var text = Whitespace.Trim(document.AsSpan(lines[i].Offset, lines[i].Length));
            var masthead = top && lines[i].Offset < titleOffset && text.Equals(name, StringComparison.Ordinal);
            top &= text.Length == 0 || LexiconTables.NavigationLines.Contains(text);
            if (masthead || (IsRightsNotice(text) && (holderOnly ? IsHolder(text, name) : HasWord(text, name))))
            {
                return true;
            }
        }

        return false;
    }

    // "© 2025 Talbote.", "© Talbote - Alle Rechte vorbehalten": the © with a year or a rights phrase. A portrait's credit
    // ("© Velde privat") names the person pictured, who may be the headline's speaker.
    private static bool IsRightsNotice(ReadOnlySpan<char> text)
        => text.Length > 0 && text[0] == '©' && (HasYear(text) || LexiconTables.RightsPhrases.FoundIn(text));

    // "© 2025 Le Réveil des Combes", "© Oberland Echo 2025": the name right after the © and a year, whole.
    private static bool IsHolder(ReadOnlySpan<char> notice, ReadOnlySpan<char> name)
    {
        var rest = notice.Slice(1).TrimStart();
        var digits = Digits.End(rest, 0);

        rest = rest.Slice(digits).TrimStart();
        return rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || !char.IsLetterOrDigit(rest[name.Length]));
    }

    // A run of exactly four digits from 1900 to 2099.
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]))
                && Digits.IsYear(text.Slice(i, 4)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `word` stands in `text` as a whole word.
    private static bool HasWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = Next(text, word, at))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at)
        {
            var rest = text.Slice(at + 1).IndexOf(word, StringComparison.Ordinal);
            return rest < 0 ? -1 : at + 1 + rest;
        }
    }

    // A page's header holds the title line of its head (the browser's title) within this many lines of the top.
    private const int MaxCopyLines = 40;

    /// <summary>
    /// The site name a copy of the headline printed above it carries ("Headline | Gazzetta di Valmora" in the page's
    /// header, the bare headline over the article), or <see langword="null"/>. Only a line that is the headline itself,
    /// a separator and a suffix counts, split as <see cref="Split"/> splits a title; a masthead above the headline that prints
    /// the suffix in full gives its form (TitleSplitter.MastheadForms.cs).
    /// </summary>
    /// <param name="title">The headline as read, without a site name.</param>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="titleOffset">Where the headline starts: only lines above it are read.</param>
    internal static string? SourceFromCopyAbove(string title, IReadOnlyList<SourceLine> lines, string document, int titleOffset)
    {
        for (var i = 0; i < lines.Count && i < MaxCopyLines && lines[i].Offset < titleOffset; i++)
        {
            var line = Whitespace.Trim(document.AsSpan(lines[i].Offset, lines[i].Length));
            if (line.Length <= title.Length + 1 || !line.StartsWith(title.AsSpan(), StringComparison.Ordinal) || line[title.Length] != ' ')
            {
                continue;
            }

            return Split(line.ToString()) is (var head, { } source) && string.Equals(head, title, StringComparison.Ordinal)
                && ReadsAsPublication(source) && !IsMenuItem(source, lines, document, i, titleOffset)
                && (HasPublicationWord(source) || IsMastheadBeside(source, lines, document, i) || IsArticledName(source))
                ? LongerMastheadForm(source, lines, document, i, titleOffset) ?? source
                : null;
        }

        return null;
    }

    // "Headline | The Wendmoor Echo", "… | Il Risveglio di Valmora", "… | De Stem van Wolderland": a paper's name opens
    // with its article and runs on for two words or more; a section the copy may name instead takes none ("| Sport",
    // "| Local News") or is shorter ("| Le Mag").
    private const int MinArticledNameWords = 3;

    private static bool IsArticledName(string name)
    {
        var reader = new WordReader(name.AsSpan());
        return reader.Read() && char.IsUpper(reader.Word[0]) && LexiconTables.NounArticles.Contains(reader.Word)
            && Words.Count(name.AsSpan(), MinArticledNameWords) >= MinArticledNameWords;
    }

    // Whether `name` stands alone on a line above the headline that is not the masthead beside line `index` (the
    // browser's title): a section among the menu's lines ("Home" / "Local News" / "Business").
    private static bool IsMenuItem(string name, IReadOnlyList<SourceLine> lines, string document, int index, int titleOffset)
    {
        for (var i = 0; i < lines.Count && i < MaxCopyLines && lines[i].Offset < titleOffset; i++)
        {
            if (i != index && Whitespace.Trim(document.AsSpan(lines[i].Offset, lines[i].Length)).Equals(name.AsSpan(), StringComparison.Ordinal)
                && !IsMastheadBeside(name, lines, document, index))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `name` stands alone on the nearest line above or below line `index` (the browser's title): the masthead
    // printed beside it. A section's name ("Title | Sport") stands further down, among the menu's lines.
    private static bool IsMastheadBeside(string name, IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var step = -1; step <= 1; step += 2)
        {
            for (var i = index + step; i >= 0 && i < lines.Count; i += step)
            {
                var line = Whitespace.Trim(document.AsSpan(lines[i].Offset, lines[i].Length));
                if (line.Length > 0)
                {
                    if (line.Equals(name.AsSpan(), StringComparison.Ordinal))
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="suffix"/> reads as a publication's name: a word such as Times,
    /// Zeitung or Diario in it, or Title Case in at most five words, with only name particles
    /// in lower case ("Dagblad van de Kust", "Le Courrier de l'Estuaire").
    /// </summary>
    public static bool ReadsAsPublication(string suffix) => ReadsAsPublication(suffix.AsSpan());

    /// <inheritdoc cref="ReadsAsPublication(string)"/>
    internal static bool ReadsAsPublication(ReadOnlySpan<char> suffix)
    {
        if (HasPublicationWord(suffix))
        {
            return true;
        }

        var words = 0;
        var reader = new WordReader(suffix);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxPublicationWords)
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !(words > 1 && (IsParticle(word) || IsElidedCapital(word))))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool HasPublicationWord(string suffix) => HasPublicationWord(suffix.AsSpan());

    /// <summary>Whether a word of <paramref name="name"/> is a publication's: Times, Zeitung, Diario.</summary>
    internal static bool HasPublicationWord(ReadOnlySpan<char> name) => LexiconTables.PublicationWords.HoldsAnyWordOf(name);

    // Words in lower case that are no domain ("valleynews.example": one word with a dot), nor a short article
    // before a publication's name ("de Havenkrant", "el Heraldo del Valle", "la Gazzetta di Valmora").
    private static bool IsClause(string tail)
    {
        var space = tail.IndexOf(' ');
        if (!char.IsLower(tail[0]) || (space < 0 && tail.IndexOf('.') > 0))
        {
            return false;
        }

        return !(space > 0 && space <= MaxArticleLength && ReadsAsPublication(tail.Substring(space + 1)));
    }

    // A clause opening on a capital, with two words in lower case past its first that are no name particles ("von",
    // "de") nor elided articles: "Altstadt von Hals wird evakuiert". A site's name holds one such word at most ("RT in
    // French"), and a domain is one word ("valleynews.example").
    private const int MinClauseLowerCaseWords = 2;

    private static bool HasLowerCaseWordInside(string tail)
    {
        if (!char.IsUpper(tail[0]))
        {
            return false;
        }

        var words = 0;
        var lower = 0;
        var reader = new WordReader(tail.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > 1 && char.IsLower(word[0]) && !IsParticle(word) && !IsElidedCapital(word) && ++lower == MinClauseLowerCaseWords)
            {
                return true;
            }
        }

        return false;
    }

    // "Hafenzeitung", "Havenkrant": one capitalised word that ends on a paper's word after a few letters of its own.
    internal static bool IsCompoundPublication(ReadOnlySpan<char> word)
        => word.Length > MinCompoundHead && char.IsUpper(word[0]) && word.IndexOf(' ') < 0
            && LexiconTables.PublicationEndings.EndsAny(word.Slice(MinCompoundHead));

    private static bool IsParticle(ReadOnlySpan<char> word) => Metadata.NameParticles.InTitles.Contains(word);

    // "l'Estuaire", "d'Ivoire": an elided article before a capital.
    private static bool IsElidedCapital(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe is 1 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1]);
    }

    /// <summary>The text after the last separator, or <see langword="null"/> when there is none.</summary>
    public static string? Suffix(string line)
    {
        var (index, separator) = LastSeparator(line);
        return index < 0 ? null : Whitespace.Trim(line.Substring(index + separator.Length));
    }

    private static bool TrySplitKnown(string line, string source, out (string, string?) split)
    {
        split = default;
        foreach (var separator in s_separators)
        {
            var suffix = separator + source;
            if (line.EndsWith(suffix, StringComparison.Ordinal) && line.Length > suffix.Length)
            {
                split = (Whitespace.Trim(line.Substring(0, line.Length - suffix.Length)), source);
                return true;
            }
        }

        return false;
    }

    // "… from April · Valley Courier": some sites set their name off with a middle dot. The dot also parts a byline's name
    // from its date ("Door onze redactie · 12 mrt 2026") and a section's kicker from its date ("Cultura · 9 mar 2026"), so
    // it is no separator of the trail's (a line holding one of those is split there): only a publication's name after it,
    // capitalised as a name is (a section's "local news" holds a publication's word), under a headline as long as
    // Readability asks, is the site's.
    private static (string Title, string? Source) SplitAtMiddleDot(string line)
    {
        var index = line.LastIndexOf(MiddleDot, StringComparison.Ordinal);
        if (index <= 0)
        {
            return (line, null);
        }

        var head = Whitespace.Trim(line.Substring(0, index));
        var tail = Whitespace.Trim(line.Substring(index + MiddleDot.Length));
        return tail.Length > 0 && char.IsUpper(tail[0]) && ReadsAsPublication(tail) && Words.Count(head.AsSpan(), MinimumHeadlineWords) >= MinimumHeadlineWords
            ? (head, tail)
            : (line, null);
    }

    private static (int Index, string Separator) FirstSeparator(string line)
    {
        var best = (Index: -1, Separator: string.Empty);
        foreach (var separator in s_separators)
        {
            var index = line.IndexOf(separator, StringComparison.Ordinal);
            if (index >= 0 && (best.Index < 0 || index < best.Index))
            {
                best = (index, separator);
            }
        }

        return best;
    }

    private static (int Index, string Separator) LastSeparator(string line)
    {
        var best = (Index: -1, Separator: string.Empty);
        foreach (var separator in s_separators)
        {
            var index = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > best.Index && !(separator == " » " && ClosesAQuote(line, index)))
            {
                best = (index, separator);
            }
        }

        return best;
    }

    // "« Les bus de nuit changent la vie » : entretien …": a guillemet that closes a quotation opened
    // before it is the quotation's end, not a trail's separator.
    private static bool ClosesAQuote(string line, int index)
    {
        var open = 0;
        for (var i = 0; i < index; i++)
        {
            open += line[i] == '«' ? 1 : line[i] == '»' ? -1 : 0;
        }

        return open > 0;
    }
}
