using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A masthead that prints its own legal form ("TSV 1908 Kernhausen e.V.", "Bürgerenergie Weißachtal eG", "Cooperativa
/// Valdesina S.r.l."). The form's stop ends no sentence, so the name is no cookie notice's or browser title's sentence; and
/// the source is the name without its form when the page prints it so elsewhere (the headline's "Bürgerenergie Weißachtal
/// baut …"), else the name as the masthead prints it, its only form (Labels/README.md: "unless only that form exists").
/// </summary>
internal static partial class OutletNames
{
    // "e. V.", "S. L.", "soc. coop": a legal form may run to two words.
    private const int MaxLegalFormWords = 2;

    // The name without the legal form it ends on ("TSV 1908 Kernhausen e.V." → "TSV 1908 Kernhausen"), or the name as it
    // is when it ends on none.
    private static ReadOnlySpan<char> WithoutLegalForm(ReadOnlySpan<char> name)
    {
        name = Whitespace.Trim(name);
        var end = name.Length;
        for (var words = 1; words <= MaxLegalFormWords; words++)
        {
            var space = name.Slice(0, end).LastIndexOf(' ');
            if (space <= 0)
            {
                break;
            }

            if (IsLegalForm(name.Slice(space + 1)))
            {
                return Whitespace.Trim(name.Slice(0, space)).TrimEnd(',');
            }

            end = space;
        }

        return name;
    }

    // The source a masthead with its legal form gives: `stem`, the name without the form, when the page prints it so
    // somewhere else as a whole name (not right before the form again); else the masthead as printed.
    private static string NameWithoutFormWherePrinted(ReadOnlySpan<char> stem, ReadOnlySpan<char> masthead, string document)
    {
        var text = document.AsSpan();
        for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + stem.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && !OpensOnLegalForm(text.Slice(end)))
            {
                return stem.ToString();
            }

            var next = text.Slice(end).IndexOf(stem, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return masthead.ToString();
    }

    // Whether the text after a name opens on a legal form, in one word or two, on the name's line, after a comma or not:
    // " eG", " e. V.", ", Lda.", " S.r.l., Via …".
    private static bool OpensOnLegalForm(ReadOnlySpan<char> rest)
    {
        rest = rest.Length > 0 && rest[0] == ',' ? rest.Slice(1) : rest;
        if (rest.Length == 0 || rest[0] != ' ')
        {
            return false;
        }

        rest = rest.Slice(1);
        var lineEnd = rest.IndexOfAny('\n', '\r');
        rest = lineEnd < 0 ? rest : rest.Slice(0, lineEnd);
        var end = 0;
        for (var words = 1; words <= MaxLegalFormWords && end < rest.Length; words++)
        {
            var space = rest.Slice(end).IndexOf(' ');
            end = space < 0 ? rest.Length : end + space;
            if (IsLegalForm(rest.Slice(0, end).TrimEnd(',')))
            {
                return true;
            }

            end++;
        }

        return false;
    }
}
