using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A partner's article republished: a notice opening its line names the outlet that first published it ("This article
/// first appeared in the Harbour Herald", "Este artigo foi publicado originalmente no jornal A Voz do Montado, …",
/// "Republished with permission from …"). As an aggregator's source credit does (<see cref="OutletNames"/>), the notice
/// ties the article to the original, and the original is its source, not the site whose masthead tops the copy. The name
/// runs from the notice's lead, past a publication's noun in lower case ("the", "jornal", "de krant"), to a comma, a
/// bracket or the sentence's end, and must read as a publication's; a notice inside a sentence of the article names nothing.
/// </summary>
internal static partial class OutletNames
{
    // "the", "le journal", "o jornal": a noun or an article in lower case before the name's first capital.
    private const int MaxLowerWordsBeforeName = 3;

    // "Il Giornale della Valle di Sopra": a publication's name is a few words.
    private const int MaxNameWords = 8;

    // The line's opening words only: one lookup a line, so the page is read once.
    private static string? FirstPublishedIn(IReadOnlyList<SourceLine> lines, string document)
    {
        string? found = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            var lead = LexiconTables.FirstPublishedLeads.LongestStart(text);
            if (lead == 0 || NameAfterLead(text.Slice(lead)) is not { } name)
            {
                continue;
            }

            // Two notices naming two outlets leave the original in doubt.
            if (found is not null && !string.Equals(found, name, StringComparison.Ordinal))
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    // "Harbour Herald and is republished …": the name's words, capitalised or a particle between two capitalised words
    // ("A Voz do Montado"); the name ends before a word in lower case that no capitalised word follows.
    private static ReadOnlySpan<char> NameWords(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var space = text.Slice(at).IndexOf(' ');
            var next = space < 0 ? text.Length : at + space + 1;
            if (char.IsLower(text[at]) && (next >= text.Length || !char.IsUpper(text[next])))
            {
                return text.Slice(0, at);
            }

            at = next;
        }

        return text;
    }

    private static string? NameAfterLead(ReadOnlySpan<char> rest)
    {
        rest = Whitespace.Trim(rest);
        for (var skipped = 0; skipped < MaxLowerWordsBeforeName && rest.Length > 0 && char.IsLower(rest[0]); skipped++)
        {
            var space = rest.IndexOf(' ');
            if (space < 0)
            {
                return null;
            }

            // An article or a noun ("the", "semanário") stands before the name, never another function word nor the paper's
            // own "our": "on page four of Saturday's edition", "auf unserer Seite zum Landkreis" name a place in the paper.
            var word = rest.Slice(0, space);
            if ((Stopwords.IsStopword(word) && !LexiconTables.NounArticles.Contains(word)) || LexiconTables.ReaderWords.Contains(word))
            {
                return null;
            }

            rest = Whitespace.Trim(rest.Slice(space + 1));
        }

        var end = rest.IndexOfAny(',', ';', '(');
        var name = end >= 0 ? rest.Slice(0, end) : rest;
        var stop = name.IndexOf(". ".AsSpan(), StringComparison.Ordinal);
        name = stop >= 0 ? name.Slice(0, stop) : name;
        name = Whitespace.Trim(NameWords(Whitespace.Trim(name))).TrimEnd('.');
        // The lead tells that a publication's name follows, so the name need not read as one alone ("A Voz do Montado": "do"
        // is no particle of titles); it must still be a name, short, with no link.
        return name.Length > 0 && char.IsUpper(name[0]) && Words.Count(name, MaxNameWords + 1) <= MaxNameWords
            && name.IndexOf("://".AsSpan(), StringComparison.Ordinal) < 0
            ? name.ToString()
            : null;
    }
}
