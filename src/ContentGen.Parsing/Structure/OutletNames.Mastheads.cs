using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The masthead: the outlet that publishes the page, named at its top. A user asks "which outlet is this from?", and the
/// page answers there when no line ties another name to the article. Read in this order:
/// <list type="number">
/// <item>a line above the headline that a rights notice below it names as its holder ("Werra-Anzeiger" … "© Werra-Anzeiger
/// 2025 | Impressum", "Onda Campiña Radio © 2025", "Le Républicain des Pyrénées - Tous droits réservés"): the page says the
/// name twice, once as its own. A notice naming a company ("© Went Valley Media Ltd") or a photographer names no masthead;</item>
/// <item>a masthead in capitals printed again in its own case further down ("THE DAILY CLARION" … "The Daily Clarion is a
/// member of …"): the name in that case;</item>
/// <item>a masthead alone: the page's first line past its skip links, a name in title case of two words or more (or one
/// with a publication's word), with chrome between it and the headline (a menu, an account's buttons), and no menu
/// itself.</item>
/// </list>
/// A masthead's strapline after a dash or a bar is left off ("Radio Val d'Arlène - l'info de chez vous"), and initials
/// before the full name give the full name ("RVN - Radio Val-Nord"). A section's label in capitals, a breadcrumb, a menu
/// and a cookie notice are no masthead. The rule reads the header's lines and then the rights notices below the headline,
/// once each, and makes one string for the name it returns.
/// </summary>
internal static partial class OutletNames
{
    // A masthead's strapline, or the full name after its initials, stands after one of these.
    private static readonly string[] s_straplineSeparators = { " - ", " – ", " — ", " | " };

    // A rights notice parts its holder from the rest with these: "© Name 2025 | Impressum", "© Name – Mentions légales".
    private static readonly string[] s_noticeSeparators = { " | ", " · ", " – ", " — ", " - ", ". ", ", ", "©" };

    // A masthead alone reads as a name in two words at least ("Kreisbote Oberland"); one word alone may be a section's
    // label ("Lokales", "Cultura") unless it holds a publication's word.
    private const int MinMastheadWords = 2;

    // A line of this many words or more that opens on a menu's word is a menu, single-spaced ("Início Notícias Região").
    private const int MinMenuWords = 3;

    // A browser's title holds a headline of this many words at least before its separator; a masthead's name is shorter.
    private const int MinBrowserTitleWords = 5;

    // A name the rights notice vouches for may be long: "Ministerium für Verkehr und ländliche Entwicklung".
    private const int MaxConfirmedNameWords = 8;

    // A menu's items are parted by gaps of two spaces or more; a name is not.
    private const string MenuGap = "  ";

    private static string? Masthead(IReadOnlyList<SourceLine> lines, string document, string title, int titleIndex, IReadOnlyList<TextBlock> body)
    {
        var top = Math.Min(titleIndex, HeaderLines);
        var first = -1;
        for (var i = 0; i < top && first < 0; i++)
        {
            var text = LinkMarkers.PastLeading(lines[i].Span(document));
            first = text.Length == 0 || LexiconTables.NavigationLines.Contains(text) || StartsWithTitle(text, title) || IsMenuLike(text)
                || IsBrowserTitleOrNotice(text) || ContinuesLineAbove(lines, document, i, text) ? -1 : i;
        }

        if (CreditsAnotherOutlet(lines, document, titleIndex))
        {
            return null;
        }

        var foot = FootStart(lines, body, titleIndex);
        if (first < 0 || IsChatExportHeader(LinkMarkers.PastLeading(lines[first].Span(document))))
        {
            return NoticeAlone(lines, document, foot);
        }

        // The rights notices stand below the headline, most often at the page's end, and the imprint's line past the
        // article (OutletNames.Foot.cs): each is read once, against the header's few lines.
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var notice = Whitespace.Trim(lines[i].Span(document));
            if (IsRightsNotice(notice) && HeaderLineNamedBy(notice, lines, document, first, top) is { } named)
            {
                return named;
            }

            if (i >= foot && HeaderLineOpeningFooter(notice, lines, document, first, top) is { } opened)
            {
                return opened;
            }
        }

        if (LogoBelow(lines, document, first + 1, titleIndex))
        {
            return null;
        }

        // A masthead that prints its legal form ("Bürgerenergie Wendtal eG") reads as a name without it
        // (OutletNames.LegalForms.cs).
        var masthead = LinkMarkers.PastLeading(lines[first].Span(document));
        var stem = WithoutLegalForm(masthead);
        var withForm = stem.Length < Whitespace.Trim(masthead).Length;
        var own = NameIn(withForm ? stem : masthead, confirmed: false);

        // A label over the headline, a menu's item or a line that names nothing is no masthead: the page may still name
        // its paper in a rights notice alone.
        if (own.Length == 0 || !ChromeBeforeHeadline(lines, document, first, titleIndex)
            || (InMenuColumn(lines, document, first) && (BetweenMenuItems(lines, document, first) || !NamesMoreThanAMenuItem(own))))
        {
            return NoticeAlone(lines, document, foot);
        }

        if (LetterCase.HasNoLowerCase(own))
        {
            return Words.Count(own, MinMastheadWords) < MinMastheadWords ? null
                : OwnCaseBelow(own, lines, document, titleIndex) ?? (ReadsAsPaperInCapitals(own) ? own.ToString() : null);
        }

        if (withForm)
        {
            return Words.Count(own, MinMastheadWords) >= MinMastheadWords ? NameWithoutFormWherePrinted(own, Whitespace.Trim(masthead), document) : null;
        }

        return Words.Count(own, MinMastheadWords) >= MinMastheadWords || TitleSplitter.HasPublicationWord(own) || TitleSplitter.IsCompoundPublication(own)
            ? own.ToString()
            : null;
    }

    // An aggregator's copy or a forum's quote names the article's outlet in a credit ("Fonte: L'Eco delle Valli", "Bron:
    // https://…"): the masthead over it is the copier's, not the article's outlet. A news agency credited so ("Fonte: ANSA")
    // is no outlet: the page that prints its wire is; nor is a figure's body or the writers' own work ("Bron: gemeente X").
    // The agency is read as a whole word: "Fonte: Ansaldina Gazzetta" credits a paper, not ANSA.
    private static bool CreditsAnotherOutlet(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            var label = LexiconTables.SourceLabels.LongestStart(text);
            var credited = Whitespace.Trim(text.Slice(label));
            if (label > 0 && !LexiconTables.Agencies.StartsAnyWhole(credited) && !CreditsFiguresNotAnOutlet(credited))
            {
                return true;
            }
        }

        return false;
    }

    // The name of the first line of the header (from `first` to `top`) that `notice` names as its holder. The notice
    // vouches for the name, so a long one is read too ("Ministerium für Verkehr und ländliche Entwicklung").
    private static string? HeaderLineNamedBy(ReadOnlySpan<char> notice, IReadOnlyList<SourceLine> lines, string document, int first, int top)
    {
        for (var i = first; i < top; i++)
        {
            var name = NameIn(LinkMarkers.PastLeading(lines[i].Span(document)), confirmed: true);
            if (name.Length > 0 && NamedBy(notice, name) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    // A browser's title in other words than the headline ("Fortnightly bin collections … - Wessex Evening Post": a
    // headline's words before the separator) or a cookie notice's sentence, above the masthead: passed over. A short
    // name may end on a stop ("TSV 1908 Kernhausen e.V."), whose legal form's words count for none.
    private static bool IsBrowserTitleOrNotice(ReadOnlySpan<char> text)
    {
        if (Punctuation.EndsSentence(text))
        {
            return Words.Count(WithoutLegalForm(text), MinBrowserTitleWords) >= MinBrowserTitleWords;
        }

        foreach (var separator in s_straplineSeparators)
        {
            var at = text.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at > 0)
            {
                return Words.Count(text.Slice(0, at), MinBrowserTitleWords) >= MinBrowserTitleWords;
            }
        }

        return false;
    }

    // The browser's title copy of the headline ("Headline | Site") is no masthead: TitleSplitter reads its site.
    private static bool StartsWithTitle(ReadOnlySpan<char> text, string title)
        => title.Length > 0 && text.StartsWith(title.AsSpan(), StringComparison.Ordinal);

    // The name a masthead line prints: the whole line when it reads as a publication's name, else the name before its
    // strapline, or the full name after its initials ("RVN - Radio Val-Nord"). Empty when it reads as none. A name a
    // rights notice `confirmed` needs only read as a name: a letter first, no sentence, no menu's gap.
    private static ReadOnlySpan<char> NameIn(ReadOnlySpan<char> line, bool confirmed)
    {
        foreach (var separator in s_straplineSeparators)
        {
            var at = line.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = Whitespace.Trim(line.Slice(0, at));
            var tail = Whitespace.Trim(line.Slice(at + separator.Length));
            if (LetterCase.IsAcronym(head) && ReadsAsName(tail, confirmed: true))
            {
                return tail;
            }

            return ReadsAsName(head, confirmed) ? head : default;
        }

        return ReadsAsName(line, confirmed) ? line : default;
    }

    private static bool ReadsAsName(ReadOnlySpan<char> name, bool confirmed)
        => name.Length > 0 && char.IsLetter(name[0]) && !Punctuation.EndsSentence(name.TrimEnd('.'))
            && name.IndexOf(MenuGap.AsSpan(), StringComparison.Ordinal) < 0 && !IsLabelNotName(name)
            && (confirmed ? Words.Count(name, MaxConfirmedNameWords + 1) <= MaxConfirmedNameWords : TitleSplitter.ReadsAsPublication(name));

    // Whether the rights notice names `name` as its holder, a part of its own between the notice's separators, a year,
    // a "©" or "Copyright" and a company's legal form aside. The name as the notice prints it: a masthead in capitals is
    // named in its own case there.
    private static string? NamedBy(ReadOnlySpan<char> notice, ReadOnlySpan<char> name)
    {
        var capitals = LetterCase.HasNoLowerCase(name);
        while (notice.Length > 0)
        {
            var (end, next) = NextSeparator(notice);
            var part = Holder(notice.Slice(0, end));
            if (Names(part, name, capitals))
            {
                return capitals && !LetterCase.HasNoLowerCase(part) ? part.Slice(0, name.Length).ToString() : name.ToString();
            }

            notice = notice.Slice(next);
        }

        return null;
    }

    // "© …", "Copyright …", "… Tous droits réservés": a line that claims the page's rights.
    private static bool IsRightsNotice(ReadOnlySpan<char> text)
        => text.IndexOf('©') >= 0 || LexiconTables.CopyrightPrefixes.StartsAny(text) || LexiconTables.RightsPhrases.FoundIn(text);

    private static (int End, int Next) NextSeparator(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        var next = text.Length;
        foreach (var separator in s_noticeSeparators)
        {
            var at = text.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
                next = at + separator.Length;
            }
        }

        return (end, next);
    }

    // A part of the notice without the "Copyright" that opens it and the years around it: "Copyright 2025 Name" → "Name".
    private static ReadOnlySpan<char> Holder(ReadOnlySpan<char> part)
    {
        part = Whitespace.Trim(part);
        var prefix = LexiconTables.CopyrightPrefixes.LongestStart(part);
        part = Whitespace.Trim(part.Slice(prefix));
        while (part.Length >= 4 && Digits.IsYear(part.Slice(0, 4)) && (part.Length == 4 || !char.IsLetterOrDigit(part[4])))
        {
            part = Whitespace.Trim(part.Slice(4));
        }

        while (part.Length >= 4 && Digits.IsYear(part.Slice(part.Length - 4)) && (part.Length == 4 || !char.IsLetterOrDigit(part[part.Length - 5])))
        {
            part = Whitespace.Trim(part.Slice(0, part.Length - 4));
        }

        return part.TrimEnd('.');
    }

    // Whether the notice's part is `name`, or `name` and a company's legal form after it ("Marsden Herald Ltd").
    private static bool Names(ReadOnlySpan<char> part, ReadOnlySpan<char> name, bool capitals)
    {
        var comparison = capitals ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        name = name.TrimEnd('.');
        if (part.Length < name.Length || !part.StartsWith(name, comparison))
        {
            return false;
        }

        var rest = part.Slice(name.Length);
        return rest.Length == 0 || (rest[0] == ' ' && (IsLegalForm(Whitespace.Trim(rest)) || AllLegalForms(rest)));
    }

    // "GmbH & Co", the part of "GmbH & Co. KG" before the stop a notice's separator cuts at: legal forms joined by "&".
    private static bool AllLegalForms(ReadOnlySpan<char> text)
    {
        var forms = 0;
        text = Whitespace.Trim(text);
        while (text.Length > 0)
        {
            var space = text.IndexOf(' ');
            var word = space < 0 ? text : text.Slice(0, space);
            text = space < 0 ? default : Whitespace.Trim(text.Slice(space + 1));
            if (word.SequenceEqual("&".AsSpan()))
            {
                continue;
            }

            if (!IsLegalForm(word))
            {
                return false;
            }

            forms++;
        }

        return forms > 0;
    }

    // "Ltd", "GmbH", "B.V", "S. L", "srl": a company's legal form, its last stop aside.
    private static bool IsLegalForm(ReadOnlySpan<char> text) => LexiconTables.CompanyForms.Contains(text.TrimEnd('.'));

    // A masthead stands over the page's chrome (a menu, a search, an account's buttons), not right over the headline: a
    // line alone above the headline is its kicker or its section's label.
    private static bool ChromeBeforeHeadline(IReadOnlyList<SourceLine> lines, string document, int masthead, int titleIndex)
    {
        for (var i = masthead + 1; i < titleIndex; i++)
        {
            if (!lines[i].IsBlank(document))
            {
                return true;
            }
        }

        return false;
    }

    // A menu printed one item a line ("Home" / "Local News" / "Business"): a line beside the candidate holds a menu's word
    // alone, so the candidate is one of its items.
    private static bool InMenuColumn(IReadOnlyList<SourceLine> lines, string document, int index)
        => (index > 0 && IsMenuWordAlone(Whitespace.Trim(lines[index - 1].Span(document))))
            || (index + 1 < lines.Count && IsMenuWordAlone(Whitespace.Trim(lines[index + 1].Span(document))));

    private static bool IsMenuWordAlone(ReadOnlySpan<char> text)
        => text.Length > 0 && text.IndexOf(' ') < 0 && (LexiconTables.MenuWords.Contains(text) || LexiconTables.SectionNames.Contains(text));

    // A menu ("Home Cronaca Cultura Sport", "Startseite  Lokales"), a breadcrumb ("Home > Cronaca > Bari") or an account's
    // buttons ("Menü Suche Anmelden") at the top: items parted by gaps or marks, words every one a menu's, or three or more
    // opening on a menu's word ("Início Notícias Região Desporto"). A name of two may open on one ("Sport Valdera").
    private static bool IsMenuLike(ReadOnlySpan<char> line)
    {
        if (line.IndexOf(MenuGap.AsSpan(), StringComparison.Ordinal) >= 0 || line.IndexOfAny('>', '›', '»') >= 0)
        {
            return true;
        }

        var words = 0;
        var menuWords = 0;
        var opensOnMenuWord = false;
        var lowerCaseWord = false;
        var endsOnCapital = false;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            var menuWord = LexiconTables.MenuWords.Contains(reader.Word);
            opensOnMenuWord |= words == 0 && (menuWord || LexiconTables.SectionNames.Contains(reader.Word));
            lowerCaseWord |= words > 0 && char.IsLower(reader.Word[0]);
            endsOnCapital = char.IsUpper(reader.Word[0]);
            words++;
            menuWords += menuWord ? 1 : 0;
        }

        // A menu's links each open on a capital; a name that opens on a section's word joins its capitals with a word in lower
        // case and ends on a capital ("Agenda Cultural de Vilarém", "Veranstaltungen im Kreis Wendtal"), as a masthead does.
        // A button's phrase runs on in lower case ("Aceptar y continuar"), and stays.
        return menuWords == words || (opensOnMenuWord && words >= MinMenuWords && !(lowerCaseWord && endsOnCapital));
    }

    // The masthead in capitals printed again in its own case below the headline: "The Daily Clarion is a member of …". A
    // section's label is printed again inside a phrase, in lower case ("À LA UNE" … "toute l'actualité à la une"), not as
    // a name, which opens on its capital.
    private static string? OwnCaseBelow(ReadOnlySpan<char> capitals, IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var text = lines[i].Span(document);
            for (var at = text.IndexOf(capitals, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var copy = text.Slice(at, capitals.Length);
                var end = at + capitals.Length;
                if (!LetterCase.HasNoLowerCase(copy) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                    && (end == text.Length || !char.IsLetterOrDigit(text[end])) && char.IsUpper(copy[0]))
                {
                    return copy.ToString();
                }

                var next = text.Slice(end).IndexOf(capitals, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : end + next;
            }
        }

        return null;
    }
}
