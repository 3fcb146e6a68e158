using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An aggregator's copy credits the outlet whose article it carries on a line of its own in the page's header, over the
/// headline ("Provided by The Harlow Vale Courier", "Fourni par L'Écho du Causse", "Bereitgestellt von Kinzigtaler Bote"): the
/// original is the source, not the aggregator whose masthead tops the page, as a source's credit says
/// (<c>OutletNames.QuotedCredits.cs</c>). The whole line is the lead and the name, and the name must hold a publication's
/// word, after an article in lower case at most ("Provided by the Harlow Vale Courier"): a photo's credit to a person
/// ("Provided by Anna Berg"), a council's data or a sentence of the article names no outlet.
/// </summary>
internal static partial class OutletNames
{
    // The header's lines over the headline.
    private static string? ProviderLine(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        for (var i = Math.Max(0, titleIndex - HeaderLines); i < titleIndex; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            var lead = LexiconTables.ProviderLeads.LongestStart(text);
            if (lead == 0 || lead == text.Length || !Whitespace.IsSpace(text[lead]))
            {
                continue;
            }

            var name = AfterLowerArticle(WithoutAddress(Whitespace.Trim(text.Slice(lead))));
            if (name.Length > 0 && char.IsUpper(name[0]) && NamesAPublication(name) && Publication(name) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, trimmed, is a credit's line and nothing else: a provider's lead, then a name in
    /// capitals with no sentence's stop ("Provided by The Harlow Vale Courier", a messaging app's "Reencaminhada de Jornal da
    /// Alcarva" over a forwarded post, "Forwarded from Jane Roe"). Such a line labels the copy, and is never its headline,
    /// whoever it names; "Forwarded from the front: a nurse's letters" runs on in lower case, as a headline does.
    /// </summary>
    internal static bool IsCreditLine(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        var lead = LexiconTables.ProviderLeads.LongestStart(line);
        if (lead == 0 || lead == line.Length || !Whitespace.IsSpace(line[lead]))
        {
            return false;
        }

        var name = Whitespace.Trim(line.Slice(lead));
        return name.Length > 0 && char.IsUpper(name[0]) && !Punctuation.EndsSentence(name) && name.IndexOf(':') < 0
            && TitleSplitter.ReadsAsPublication(name);
    }

    // "The Fenwick Post · fenwickpost.co.uk/news/…": a read-later app prints the address it saved after the outlet's name.
    private static ReadOnlySpan<char> WithoutAddress(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOf(ProviderAddressSeparator.AsSpan());
        return dot > 0 && IsWebAddress(Whitespace.Trim(name.Slice(dot + ProviderAddressSeparator.Length))) ? Whitespace.Trim(name.Slice(0, dot)) : name;
    }

    private const string ProviderAddressSeparator = " · ";

    // "fenwickpost.co.uk/news/…", "www.example.org": one word in lower case with a dot inside, perhaps a path.
    private static bool IsWebAddress(ReadOnlySpan<char> word)
    {
        var dot = word.IndexOf('.');
        return dot > 0 && dot < word.Length - 1 && word.IndexOf(' ') < 0 && char.IsLower(word[0]);
    }

    // "the Harlow Vale Courier": the name after one word in lower case that opens it, the article a provider's line may print.
    private static ReadOnlySpan<char> AfterLowerArticle(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        return name.Length > 0 && char.IsLower(name[0]) && space > 0 ? Whitespace.Trim(name.Slice(space + 1)) : name;
    }
}
