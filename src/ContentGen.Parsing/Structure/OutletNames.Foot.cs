using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The outlet named at the page's foot, below the article:
/// <list type="number">
/// <item>a footer line that opens on the masthead's name before the publisher's matter ("Eastmoor Evening Post, 4 Quay
/// Street", "El Faro de Barbate | Aviso legal", "Il Cittadino di Valtorta - Registrazione Tribunale …"): the page prints
/// the name twice, at its top and as the holder of its imprint, as a rights notice does. What follows the name opens on a
/// capital or a figure, as an address, a registration or a link's label does; a sentence about a programme or a feed
/// goes on in lower case ("Country Matters - every Sunday at nine …");</item>
/// <item>with no masthead at the top (a page cut below its header), a rights notice alone, opening on its "©" or
/// "Copyright", whose holder has a publication's word ("© Jornal do Lima 2024", "© Dagblad van het Noorden"). A holder
/// with a company's legal form is a publisher, not the paper ("© Fenside News Group Ltd"); a photo's or an agency's
/// credit has no publication's word ("© Agence Photolittoral", "© dpa"), and an agency's word names a wire ("© Agencia
/// Ibérica de Noticias"). Two notices naming two holders leave the outlet in doubt.</item>
/// </list>
/// Both read the lines past the body's last block once, and make one string for the name they return.
/// </summary>
internal static partial class OutletNames
{
    // A footer line opening on the header's `name` (or on it and a legal form: "Lennetal-Kurier GmbH & Co. KG, …") before
    // a separator and the publisher's matter, opening on a capital or a figure. The name as the line prints it.
    private static string? FooterLineNames(ReadOnlySpan<char> line, ReadOnlySpan<char> name)
    {
        var capitals = LetterCase.HasNoLowerCase(name);
        var (end, next) = NextSeparator(line);
        if (next >= line.Length || line.Slice(end).StartsWith("©".AsSpan(), StringComparison.Ordinal))
        {
            return null;
        }

        var part = Whitespace.Trim(line.Slice(0, end));
        var rest = Whitespace.Trim(line.Slice(next));
        if (!Names(part, name, capitals) || rest.Length == 0 || !(char.IsUpper(rest[0]) || char.IsDigit(rest[0])))
        {
            return null;
        }

        return capitals && !LetterCase.HasNoLowerCase(part) ? part.Slice(0, name.Length).ToString() : name.ToString();
    }

    // The first header line (from `first` to `top`) that the footer line opens on: a name, not a menu's item, a section's
    // label or a navigation line ("Home | Privacy | Contact" opens on a menu's word, not on the masthead).
    // A footer line is most often no imprint: it is read against the header only when it opens on a letter and holds a
    // separator, and a header line only when it opens on the same letter or parts its initials from its name.
    private static string? HeaderLineOpeningFooter(ReadOnlySpan<char> footer, IReadOnlyList<SourceLine> lines, string document, int first, int top)
    {
        if (footer.Length == 0 || !char.IsLetter(footer[0]) || NextSeparator(footer).Next >= footer.Length)
        {
            return null;
        }

        var initial = char.ToUpperInvariant(footer[0]);
        for (var i = first; i < top; i++)
        {
            var line = LinkMarkers.PastLeading(lines[i].Span(document));
            if (line.Length == 0 || (char.ToUpperInvariant(line[0]) != initial && !LetterCase.IsAcronym(FirstWord(line))))
            {
                continue;
            }

            var name = NameIn(line, confirmed: true);
            if (name.Length > 0 && !IsChrome(name) && FooterLineNames(footer, name) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? line : line.Slice(0, space);
    }

    private static bool IsChrome(ReadOnlySpan<char> name)
        => LexiconTables.NavigationLines.Contains(name) || IsMenuLike(name) || LexiconTables.SectionNames.Contains(name);

    // "© Jornal do Lima 2024" alone past the article, and no masthead above: its holder, when it reads as a paper's name.
    // Two notices naming two holders ("© Agencia … " over a wire story, "© Ediciones … S.L." at the foot) leave the page's
    // own outlet in doubt: no source.
    private static string? NoticeAlone(IReadOnlyList<SourceLine> lines, string document, int from)
    {
        var paper = ReadOnlySpan<char>.Empty;
        for (var i = from; i < lines.Count; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            if (text.Length == 0 || !(text[0] == '©' || LexiconTables.CopyrightPrefixes.StartsAny(text)))
            {
                continue;
            }

            var notice = text[0] == '©' ? Whitespace.Trim(text.Slice(1)) : text;
            var (end, _) = NextSeparator(notice);
            var holder = Holder(notice.Slice(0, end));
            if (holder.Length == 0 || holder.Equals(paper, StringComparison.Ordinal) || !char.IsUpper(holder[0]) || LexiconTables.RightsPhrases.FoundIn(holder))
            {
                continue;
            }

            if (paper.Length > 0 || !ReadsAsPaper(holder))
            {
                return null;
            }

            paper = holder;
        }

        return paper.Length > 0 ? paper.ToString() : null;
    }

    // A paper's name: a publication's word in it, a name's form (a letter first, no list's marks, no slash of a credit
    // "Name / Photographer"), and no company's legal form nor an agency's name as a whole word: "© Lusa" names the wire,
    // "© Lusalândia Jornal" a paper whose name only opens on its letters.
    private static bool ReadsAsPaper(ReadOnlySpan<char> holder)
    {
        if (holder.Length == 0 || !char.IsLetter(holder[0]) || holder.IndexOf('/') >= 0 || IsLabelNotName(holder)
            || LexiconTables.Agencies.StartsAnyWhole(holder) || !TitleSplitter.ReadsAsPublication(holder))
        {
            return false;
        }

        // "Agencia Ibérica de Noticias": an agency's or an office's word names a wire or a press office, not a paper.
        var reader = new WordReader(holder);
        while (reader.Read())
        {
            if (IsLegalForm(reader.Word) || LexiconTables.DeskWords.Contains(reader.Word))
            {
                return false;
            }
        }

        return TitleSplitter.HasPublicationWord(holder) || TitleSplitter.IsCompoundPublication(holder);
    }

    // The first line past the body's last block: the page's foot.
    private static int FootStart(IReadOnlyList<SourceLine> lines, IReadOnlyList<TextBlock> body, int titleIndex)
    {
        if (body.Count == 0)
        {
            return titleIndex + 1;
        }

        var last = body[body.Count - 1];
        var index = SourceLine.IndexAt(lines, last.Start.Offset);
        return index < 0 ? lines.Count : index + last.LineCount;
    }
}
