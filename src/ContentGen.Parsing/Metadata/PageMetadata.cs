using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Finds an article's author and publication date in the lines around its body: the byline and
/// dateline under the headline, or an author line or stamp at the article's end. Body paragraphs
/// are never read for them ("By the end of 12 March 2024…" is prose), nor the lists of teasers far
/// below the article, whose dates and bylines are other articles'.
/// </summary>
internal static partial class PageMetadata
{
    // How far above the headline a dateline may stand ("Publié le …" over the title).
    private const int ReachAbove = 5;

    // How far below the last body line an author box or a closing stamp may stand.
    private const int ReachBelow = 10;

    // Lines longer than this are prose, whatever dates they hold; a dateline prefix allows more.
    private const int MaxDatelineWords = 16;
    private const int MaxStampWords = 24;

    // A signature stands on the next non-blank line or the one after a blank.
    private const int NameReach = 3;

    // "Villaverde, Navarra": a town and its region on a line of its own.
    private const int MaxPlaceLineWords = 2;

    // How many body blocks down a bare date may stand: under the lead, beside the first paragraph.
    private const int DatedBlocks = 2;

    // A name alone may stand over the standfirst or over the paragraph under it (body blocks 0 and 1).
    private const int LeadBlocks = 1;

    // A teaser's headline after its date has this many words at least; a dateline's time and zone fewer.
    private const int MinHeadlineWords = 4;

    /// <summary>The author and ISO 8601 date the page gives, each <see langword="null"/> when it gives none.</summary>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="title">The headline the body reads under.</param>
    /// <param name="body">The body blocks.</param>
    /// <param name="headerCopy">
    /// The headline's copy in the page's header when the title is a lower copy of it: the stamps
    /// between the two copies are the article's own, and a stamp there wins over a bare date below.
    /// </param>
    public static (string? Author, string? Published) Read(IReadOnlyList<SourceLine> lines, string document, TextBlock title, IReadOnlyList<TextBlock> body, TextBlock? headerCopy = null)
    {
        var titleLine = title.Start.Line;
        var site = title.LineCount == 1 ? TitleSplitter.Split(title.Text).Source : null;

        // Line numbers are the compiler's (NEL, LS and PS end a line too), so the title's place in
        // the list of lines is found by its offset, not by its number.
        var titleIndex = IndexOf(lines, title.Start.Offset);
        var lastBodyLine = body.Count > 0 ? body[body.Count - 1].Start.Line + body[body.Count - 1].LineCount - 1 : titleLine;
        string? author = null;
        string? stamped = null;
        string? dated = null;

        // "Mis à jour le …" alone dates the article only when the page prints no other date near its top.
        string? updated = null;
        var block = 0;

        // The line the byline was read on, while it stands above the article's last paragraph; else -1.
        var bylineIndex = -1;

        // The line the author was read on or beside; else -1.
        var authorIndex = -1;

        // Under the headline's last line: a wrapped headline's second line ("Harbour Infos le 3 mars …") signs nothing.
        for (var i = titleIndex + title.LineCount; i < lines.Count && lines[i].Number <= lastBodyLine + ReachBelow && (author is null || stamped is null); i++)
        {
            var number = lines[i].Number;
            while (block < body.Count && body[block].Start.Line + body[block].LineCount - 1 < number)
            {
                block++;
            }

            // "[11]Jane Roe": lynx's marker of the link to the writer's page is no word of the line. "… | 20/03/2025 |
            // Compartir en Facebook": the share buttons on the byline's line are none of its words either.
            var line = ShareSegments.Without(LinkMarkers.PastLeading(lines[i].Span(document)));
            if (line.Length == 0 || (block < body.Count && body[block].Start.Line <= number))
            {
                continue;
            }

            // "1931 – 2025" under the deceased's name: a life's span, no dateline with a writer's name beside it (BareLifeSpans).
            if (BareLifeSpans.IsSpan(line))
            {
                continue;
            }

            // "Notiportal Sur" / "Jueves, 12 de marzo de 2026" under "Headline - Notiportal Sur": the site's date of today
            // under its name, neither writer nor date of the article (SiteDates).
            if (SiteDates.IsUnderSiteName(lines, document, i, line, site))
            {
                continue;
            }

            // "Mitteilungsblatt der Gemeinde X      Nr. 11 · Freitag, 15. März 2024" atop the next printed page: the running
            // header names the publication and dates the issue; it signs nothing, whatever name-like words open it.
            var signer = author;
            var running = RunningHeaders.Repeats(lines, document, i);

            // "Texto: Proposta Final Aprovada" between paragraphs, under a dateline already read: a document's label, not
            // the page's byline, which stands with or above its dateline ("Texto: X" / "Publicado em …") or closes the
            // article ("Texto e fotos: X" under its last paragraph).
            if (author is null && block > 0 && number < lastBodyLine && (stamped ?? dated) is not null && OpensWithColonLabel(line))
            {
                continue;
            }

            // "Lucía Barrantes" over "Alcalá de Henares, 17/03/2025 - 08:20h" (or "… | 22/04/2025"): under a name, the words
            // before the dateline's comma or bar are the town it was filed from, not a writer.
            if (author is null && (OpensWithPlaceBefore(line, ",") || OpensWithPlaceBefore(line, " | ")) && NameNear(lines, document, i, -1) is { } over)
            {
                author = over;
            }

            // "Dana K. Whitfield Staff Writer": a name and its job with no comma between (NamesBeforeJobs).
            author ??= AuthorReader.Read(line) ?? (AuthorReader.IsBylineLead(line) ? NamesNear(lines, document, i) : null) ?? AuthorReader.ReadNameBeforeJob(line);

            // "Henrik Sauerland (dpa)" over the article: a wire's writer and agency. Under it, a name with capitals in brackets
            // is as often a match's referee and his union ("… (WRU)") or a politician and the party.
            if (author is null && number < lastBodyLine)
            {
                author = AuthorReader.ReadWireByline(line);
            }

            // "JEANNE ROUX" alone right over the article's first paragraphs, under a caption or the standfirst: the writer's
            // name as a page's template prints it there, with no dateline beside it. Only in capitals: a line in title case
            // there is as often a label or a place ("Audio Version Available", "North Harbour").
            if (author is null && block <= LeadBlocks && block < body.Count && NextLineNumber(lines, document, i) == body[block].Start.Line
                && CapitalsNames.StartsName(line) && !HasMenuWord(line))
            {
                author = CapitalsNames.ReadBesideDateline(line, document);
            }

            // "Image d'illustration." / "Elena Monti" right over the article's first paragraphs: a name alone glued under the
            // photo's caption is the writer's, as templates print the byline under the picture. Under a paragraph of the
            // article, a short line in title case is a subheading or a place ("What Happens Next", "Vieux Port").
            if (author is null && block <= LeadBlocks && block < body.Count && NextLineNumber(lines, document, i) == body[block].Start.Line
                && i > 0 && IsCaption(Whitespace.Trim(lines[i - 1].Span(document))) && !IsBodyLine(body, lines[i - 1].Number) && !HasMenuWord(line))
            {
                author = AuthorReader.ReadBareName(Whitespace.Trim(line));
            }

            // "María López | Madrid" alone there, with no dateline: the writer and the place the article is filed from.
            if (author is null && block <= LeadBlocks && block < body.Count && NextLineNumber(lines, document, i) == body[block].Start.Line)
            {
                author = AuthorReader.ReadNameBeforePlace(line);
            }

            // "Redactie: Jeroen Vlasbloem" over the article: the newsroom's label before the writer (AuthorReader.RoleLabels).
            if (author is null && block <= LeadBlocks && block < body.Count)
            {
                author = AuthorReader.ReadRoleLabel(Whitespace.Trim(line));
            }

            // Under the headline, a writer's box: "Jane Roe" over "Columnist" or over what she does and "See all articles".
            if (author is null && block <= LeadBlocks && block < body.Count && NameOverBox(lines, document, i, line) is { } boxed)
            {
                author = boxed;
            }

            // Over the dateline, an opinion page's note on its writer: "Gerrit Wolters is voorzitter van …", or the writer's
            // name alone over a line on the writer ("Manuel Serrano" / "Engenheiro florestal").
            if (author is null && block <= LeadBlocks && WriterOverDateline(lines, document, i, line) is { } noted)
            {
                author = noted;
            }

            // Past the article's first paragraph, a signature with the station it writes for: "Paul Morvan Radio Vallée Pays Basque".
            if (author is null && body.Count > 0 && number > body[0].Start.Line)
            {
                author = AuthorReader.ReadSignature(line, document, lines[i].Offset);
            }

            // Under the article, an author box: "Jane Roe" over "Jane Roe covers transport as a reporter …".
            if (author is null && number > lastBodyLine)
            {
                author = AuthorBoxes.Writer(line, NextLine(lines, document, i));
            }

            author = running ? signer : author;
            authorIndex = signer is null && author is not null ? i : authorIndex;

            if (author is not null && bylineIndex < 0 && number < lastBodyLine)
            {
                bylineIndex = i;
            }

            if (stamped is not null || !IsDatelineShaped(line) || DateReader.Read(line) is not { } date)
            {
                continue;
            }

            // An update stamp ("Actualizado: 22/08/2024 - 11:40" under "Málaga, 22 de agosto de 2024 - 07:15", or
            // over "Publié le …") is later than the first publication, which the other date gives.
            if (DateReader.IsUpdateStamp(line))
            {
                updated ??= date;
            }
            else if (IsStamp(line) && (updated is null || number <= NearTop(body, titleLine)))
            {
                stamped = date;
            }
            else if (number <= NearTop(body, titleLine) || IsUnderByline(lines, document, i, bylineIndex, number < lastBodyLine))
            {
                // "Marina Ocaña | Barbate" over "12/03/2025 08:40" under a standfirst in two paragraphs: the date glued
                // under the byline is the byline's, however far down the byline's stack stands.
                dated ??= date;
            }

            // A name beside the dateline signs the article: "Julien Martin" over "Publié le …",
            // "Ümit Kaya | 06.12.2022" on its line.
            // "Weitere Pressemitteilungen" over "26.02.2025 Radwegeprogramm: 27 Kommunen erhalten Zuschüsse" under the article:
            // a list of other articles, each a date and a headline, under the list's heading; no writer stands beside them.
            // "L'Écho de la Sorne, 17 février 2026, par Camille Verdaguet": an outlet's name before the date is no writer's;
            // the byline's word after the date names the writer (OutletNames.BylineLine).
            author ??= (OutletNames.OpensBylineLine(line) ? null : AuthorReader.ReadLeadingName(line)) ?? AuthorReader.ReadBylineInside(line)
                ?? (number > lastBodyLine && IsDatedHeadline(line) ? null : NameNear(lines, document, i, -1) ?? NameNear(lines, document, i, 1));
            author = running ? signer : author;
            authorIndex = signer is null && author is not null ? i : authorIndex;
        }

        // "Moderation: Jana Roe" over "Von Tom Poe": the host presents the item, the writer signs the text (WritersOverHosts).
        if (author is not null && authorIndex >= 0)
        {
            author = WritersOverHosts.WriterOverHost(lines, document, author, authorIndex, body, LeadBlocks) ?? author;
        }

        var header = headerCopy is null ? -1 : IndexOf(lines, headerCopy.Start.Offset);
        if (stamped is null && (dated is null || header >= 0))
        {
            // Above the headline only the date is read: bylines there sign the teasers of other
            // articles. A "Publié le …" stamp wins over a bare date nearer the headline, as below it.
            var reach = header >= 0 ? header : titleIndex - ReachAbove;
            for (var i = titleIndex - 1; i >= 0 && i >= reach && stamped is null; i--)
            {
                var line = Whitespace.Trim(lines[i].Span(document));
                if (line.Length == 0 || !IsDatelineShaped(line) || DateReader.Read(line) is not { } date)
                {
                    continue;
                }

                if (DateReader.IsUpdateStamp(line))
                {
                    updated ??= date;
                }
                else if (IsStamp(line))
                {
                    stamped = date;
                }
                else
                {
                    dated ??= date;
                }
            }
        }

        // A print's running header dates the issue, however far over the headline it stands (RunningHeaderDates).
        if ((stamped ?? dated ?? updated) is null)
        {
            dated = RunningHeaderDate(lines, document, titleIndex);
        }

        // "By Jane Roe" over the headline, when no byline stands under it.
        author ??= BylinesOverHeadlines.Read(lines, document, titleIndex);

        // A page that names its writer nowhere else may sign under the last paragraph: "Jeanne Roux" alone, or a wire's
        // "Jane Roe, dpa". The date right under that signature dates the article when the page gives no other.
        var lastLine = body.Count > 0 ? IndexOf(lines, body[body.Count - 1].Start.Offset) + body[body.Count - 1].LineCount - 1 : -1;
        if (body.Count > 0 && (author is null || (stamped ?? dated ?? updated) is null))
        {
            var signature = SignatureUnder(lines, document, lastLine);

            // "Weitere Pressemitteilungen" glued over "26.02.2025 Radwegeprogramm: …": a list's heading, no signature.
            var listHeading = signature >= 0 && signature + 1 < lines.Count && IsDatedHeadline(Whitespace.Trim(lines[signature + 1].Span(document)));
            author ??= listHeading ? null : NameNear(lines, document, lastLine, 1) ?? (signature >= 0 ? NameBeforeAgency(Whitespace.Trim(lines[signature].Span(document))) : null);
            if ((stamped ?? dated ?? updated) is null && signature >= 0 && signature + 1 < lines.Count)
            {
                var under = Whitespace.Trim(lines[signature + 1].Span(document));
                dated = under.Length > 0 && IsDatelineShaped(under) ? DateReader.Read(under) : null;
            }
        }

        // A page that prints its date only under the article: "12 maart 2024" under the last paragraph, or under the
        // site's appeal glued to it.
        if ((stamped ?? dated ?? updated) is null && lastLine >= 0)
        {
            dated = ClosingDates.Under(lines, document, lastLine) ?? ClosingSignatures.DateUnder(lines, document, lastLine);
        }

        return (author, stamped ?? dated ?? updated);
    }

    // A date, then a headline's words: "26.02.2025 Radwegeprogramm: 27 Kommunen erhalten Zuschüsse".
    private static bool IsDatedHeadline(ReadOnlySpan<char> line)
        => DateReader.OpeningDateEnd(line) is var end && end > 0 && Words.Count(line.Slice(end), MinHeadlineWords) >= MinHeadlineWords;

    // A photo's caption: a sentence with its stop ("La facciata del teatro dopo il restauro."), or a line that opens with a
    // credit's word ("Foto: …", "Image : …"). Never a dateline.
    private static bool IsCaption(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || DateReader.Read(line) is not null)
        {
            return false;
        }

        var reader = new WordReader(line);
        return line[line.Length - 1] == '.' || (reader.Read() && IsCreditWord(reader.Word) && line.Slice(reader.Start + reader.Length).TrimStart().StartsWith(":".AsSpan(), StringComparison.Ordinal));
    }

    // Whether line `number` stands in one of the article's paragraphs.
    internal static bool IsBodyLine(IReadOnlyList<TextBlock> body, int number)
    {
        for (var b = 0; b < body.Count && body[b].Start.Line <= number; b++)
        {
            if (number < body[b].Start.Line + body[b].LineCount)
            {
                return true;
            }
        }

        return false;
    }

    // "Foto", "Photos", "Bild": a credit's word or its plural.
    private static bool IsCreditWord(ReadOnlySpan<char> word)
        => LexiconTables.CreditWords.Contains(word) || (word.Length > 1 && word[word.Length - 1] is 's' or 'S' && LexiconTables.CreditWords.Contains(word.Slice(0, word.Length - 1)));

    // Whether the line opens with words and the separator before its date: the town a template files the article from
    // ("Alcalá de Henares, 17/03/2025", or "Santa Olaya del Campo | 22/04/2025 - 07:10 h" under the writer's name alone).
    private static bool OpensWithPlaceBefore(ReadOnlySpan<char> line, string separator)
    {
        var at = line.IndexOf(separator.AsSpan());
        return at > 0 && !Digits.Any(line.Slice(0, at)) && DateReader.OpensWithDate(Whitespace.Trim(line.Slice(at + separator.Length)));
    }

    // Whether dateline `index`, above the article's last paragraph, is glued under the byline: the line the byline was read
    // on, or a name alone or before its place ("Marina Ocaña | Barbate") right above it.
    private static bool IsUnderByline(IReadOnlyList<SourceLine> lines, string document, int index, int bylineIndex, bool aboveLastParagraph)
        => aboveLastParagraph && index > 0 && (index == bylineIndex + 1 || IsUnderBylinePastCredits(lines, document, index, bylineIndex)
            || (Whitespace.Trim(lines[index - 1].Span(document)).Length > 0 && NameNear(lines, document, index, -1) is not null));

    // The index of the line holding the character at offset: the last line starting at or before it.
    private static int IndexOf(IReadOnlyList<SourceLine> lines, int offset)
    {
        var index = 0;
        while (index + 1 < lines.Count && lines[index + 1].Offset <= offset)
        {
            index++;
        }

        return index;
    }

    // A bare date names the article's day only near its top: lower down, dates belong to other
    // articles' teasers or to the page's own footer.
    private static int NearTop(IReadOnlyList<TextBlock> body, int titleLine)
    {
        var second = Math.Min(body.Count, DatedBlocks) - 1;
        return second < 0 ? titleLine + ReachBelow : body[second].Start.Line + body[second].LineCount - 1;
    }

    // "Publié le …", "Emitido el 21/05/2025 …", or a stamp after a separator: "HBRS avec Claire Morel • Publié le 14 mars 2023".
    private static bool IsStamp(ReadOnlySpan<char> line)
    {
        if (PageLines.OpensAsStamp(line))
        {
            return true;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '•' or '|' && PageLines.OpensAsStamp(Whitespace.Trim(line.Slice(i + 1))))
            {
                return true;
            }
        }

        return false;
    }

    // The names on the nearest non-blank line after a byline's lead ("Article rédigé par" / "Julie
    // Marchetti, Karim Benali"), or a name alone there.
    private static string? NamesNear(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index + 1; i < lines.Count && i != index + NameReach; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return AuthorReader.ReadNameList(line) ?? AuthorReader.ReadBareName(line, capitals: true);
            }
        }

        return null;
    }

    // "Video Live TV", "Radio Direct": a menu's words, the last line of the chrome over the article.
    private static bool HasMenuWord(ReadOnlySpan<char> line) => LexiconTables.MenuWords.HoldsAnyWordOf(line);

    // The number of the nearest non-blank line after line `index`, past one blank line at most; else -1.
    private static int NextLineNumber(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index + 1; i < lines.Count && i != index + NameReach; i++)
        {
            if (Whitespace.Trim(lines[i].Span(document)).Length > 0)
            {
                return lines[i].Number;
            }
        }

        return -1;
    }

    // The writer a note over the dateline names (Structure.WriterNotes): the note on line `index`, or the name alone on it
    // over the note on the next line; the dateline right under the note, past one blank line at most.
    private static string? WriterOverDateline(IReadOnlyList<SourceLine> lines, string document, int index, ReadOnlySpan<char> line)
    {
        if (WriterNotes.NameOpeningNote(line) is { } opening)
        {
            return DatelineFrom(lines, document, index + 1) ? opening : null;
        }

        if (index + 1 >= lines.Count || AuthorReader.ReadBareName(line) is null)
        {
            return null;
        }

        var name = WriterNotes.NameOverNote(line, lines[index + 1].Span(document));
        return name is not null && DatelineFrom(lines, document, index + 2) ? name : null;
    }

    // Whether the first non-blank line from `index` on, one blank line passed at most, is a dateline.
    private static bool DatelineFrom(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index; i < lines.Count && i <= index + 1; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return IsDatelineShaped(line) && DateReader.Read(line) is not null;
            }
        }

        return false;
    }

    // The name alone on `line` (line `index`), printed together with the writer's job or a link to the writer's page on
    // one of the two lines right under it: a writer's box.
    private static string? NameOverBox(IReadOnlyList<SourceLine> lines, string document, int index, ReadOnlySpan<char> line)
    {
        if (AuthorReader.ReadBareName(line) is not { } name)
        {
            return null;
        }

        for (var i = index + 1; i < lines.Count && i <= index + 2; i++)
        {
            var under = Whitespace.Trim(lines[i].Span(document));
            if (under.Length == 0)
            {
                return null;
            }

            if (AuthorBoxes.IsBoxLineUnderName(under))
            {
                return name;
            }
        }

        return null;
    }

    // The nearest non-blank line after line `index`, past one blank line at most; else empty.
    private static ReadOnlySpan<char> NextLine(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index + 1; i < lines.Count && i != index + NameReach; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return line;
            }
        }

        return ReadOnlySpan<char>.Empty;
    }

    // The name alone on the nearest non-blank line before (-1) or after (1) line `index`.
    private static string? NameNear(IReadOnlyList<SourceLine> lines, string document, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Count && i != index + (NameReach * step); i += step)
        {
            // "[11]Jane Roe": lynx's marker of the link to the writer's page is no word of the name.
            var line = LinkMarkers.PastLeading(lines[i].Span(document));
            // "Tom Hargreaves" / "Local Democracy Reporter" (or "@tomhargreaves") / the dateline: the job or the
            // writer's handle stands between name and date; so does an update stamp that gives no date
            // ("Luca Neri" / "Aggiornato alle 18:22" / "5 febbraio 2025").
            if (line.Length > 0 && !AuthorReader.IsRoleLine(line) && !IsHandle(line) && !(DateReader.IsUpdateStamp(line) && DateReader.Read(line) is null))
            {
                // "Walter Ashdown" glued over "1931 – 2025": the obituary's subject, no writer (PageMetadata.LifeSpanNames).
                if (IsOverLifeSpan(lines, document, i))
                {
                    return null;
                }

                if (step < 0 && IsPlaceLine(line))
                {
                    return NameOverPlace(lines, document, i);
                }

                // "ANA GIL Y LUIS MORA" / "Villaverde" / the date: a town in one capitalised word, under names in capitals.
                if (step < 0 && IsOneWord(line) && CapitalsNamesOver(lines, document, i) is { } writers)
                {
                    return writers;
                }

                // "12/03/2024 - 18:05" over "Scritto da Marco Rossi": the byline's words are no part of the name.
                if (step > 0 && LexiconTables.BylinePrefixes.LongestStart(line) > 0 && AuthorReader.Read(line) is { } byline)
                {
                    return byline;
                }

                // "Jeanne Roux et Paul Mercier" over "Le 12 mars 2024 à 18h05": the writers, without a byline's word.
                return CapitalsNames.ReadBesideDateline(line, document)
                    ?? (AuthorReader.IsNameList(line) ? AuthorReader.ReadNameList(line) : null)
                    ?? NameBeforePlace(line, document);
            }
        }

        return null;
    }

    // The line of the signature under the article's last line (`index`): the next line that is not blank, a name
    // alone ("Jeanne Roux"), with its agency ("Jane Roe, dpa") or after a byline's word ("Door Sanne de Vries": a page
    // that signs its articles at the end); else -1. A label's colon ("Source: Valley Water Board", "Sources :") credits the
    // data, not the writer: the date under it is the data's.
    private static int SignatureUnder(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index + 1; i < lines.Count && i < index + NameReach; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return AuthorReader.ReadBareName(line) is not null || NameBeforeAgency(line) is not null
                    || (LexiconTables.BylinePrefixes.LongestStart(line) is var prefix and > 0 && Whitespace.IsSpace(line[prefix - 1])
                        && AuthorReader.Read(line) is not null) ? i : -1;
            }
        }

        return -1;
    }

    // "Jane Roe, dpa", "Marta Ruiz, EFE": a wire writer's name, a comma, then the agency alone; else null.
    private static string? NameBeforeAgency(ReadOnlySpan<char> line)
    {
        var comma = line.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var agency = Whitespace.Trim(line.Slice(comma + 1));
        // An agency the lexicons list may write its name in lower case ("dpa").
        return agency.Length > 0 && agency.IndexOf(' ') < 0 && (AuthorReader.IsAgency(agency) || AuthorReader.IsListedAgency(agency)) ? AuthorReader.ReadBareName(Whitespace.Trim(line.Slice(0, comma))) : null;
    }

    // "Nerea Olano | San Sebastián" beside the dateline: the writer, then after a bar the place a few capitalised words
    // name, no number. A section's path ("News | Local", "Harbour News | Sport") names nobody: no name stands before its bar.
    private static string? NameBeforePlace(ReadOnlySpan<char> line, string document)
    {
        var bar = line.IndexOf('|');
        if (bar <= 0)
        {
            return null;
        }

        if (!AuthorReader.IsFilingPlace(Whitespace.Trim(line.Slice(bar + 1))))
        {
            return null;
        }

        return CapitalsNames.ReadBesideDateline(Whitespace.Trim(line.Slice(0, bar)), document);
    }

    // "Villaverde, Navarra", "HARBOURTON": the town a story comes from, alone on its line between the writer's name and
    // the dateline, shown a town by its region after a comma or by its capitals. A capitalised word alone is not enough:
    // "Pays Basque" / "Bayonne", "Club Deportivo" / "Soria" or a name over a section's label ("Nachrufe") would read as
    // a writer over a town.
    private static bool IsPlaceLine(ReadOnlySpan<char> line)
    {
        if (Digits.Any(line) || Punctuation.IsTerminal(line[line.Length - 1]) || HasMenuWord(line))
        {
            return false;
        }

        var comma = line.IndexOf(',');
        var words = Words.Count(line, MaxPlaceLineWords + 1);
        return char.IsUpper(line[0]) && ((words == 1 && line.Length > 1 && LetterCase.HasNoLowerCase(line))
            || (words == MaxPlaceLineWords && comma > 0 && comma + 2 < line.Length && char.IsUpper(line[comma + 2])));
    }

    /// <summary>"Villaverde", "Saint-Aubin": one capitalised word, letters and hyphens, no menu's word: a town under two writers' names.</summary>
    internal static bool IsOneWord(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || !char.IsUpper(line[0]) || HasMenuWord(line))
        {
            return false;
        }

        foreach (var c in line)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Over a town in one capitalised word, two writers' names in capitals joined as writers are: a name in title case
    // over a word would as well be a headline over a section's label (see IsPlaceLine), and one name in capitals a
    // kicker (a club, a region: "ATLÉTICO ARRIETA" over "Crónica") over a genre's label.
    private static string? CapitalsNamesOver(IReadOnlyList<SourceLine> lines, string document, int place)
    {
        for (var i = place - 1; i >= 0 && i != place - NameReach; i--)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return AuthorReader.NamesADesk(line) || HasMenuWord(line) || AuthorReader.ReadCapitalsNames(line) is not { } names
                    || names.IndexOf(';') < 0 || CapitalsNames.HasLowerCaseProseWord(names, document) ? null : names;
            }
        }

        return null;
    }

    // Over the town, a person's name alone: no desk, no menu, no list of names.
    private static string? NameOverPlace(IReadOnlyList<SourceLine> lines, string document, int place)
    {
        for (var i = place - 1; i >= 0 && i != place - NameReach; i--)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return AuthorReader.NamesADesk(line) || HasMenuWord(line) ? null : AuthorReader.ReadBareName(line);
            }
        }

        return null;
    }

    // "Texto:", "Texte :", "Source:": a byline's opening words that end on a colon, as a document's label does.
    private static bool OpensWithColonLabel(ReadOnlySpan<char> line)
    {
        var prefix = LexiconTables.BylinePrefixes.LongestStart(line);
        var label = line.Slice(0, prefix).TrimEnd();
        return label.Length > 0 && label[label.Length - 1] == ':';
    }

    // "@janeroe": a social network's handle alone on its line.
    private static bool IsHandle(ReadOnlySpan<char> line) => line.Length > 1 && line[0] == '@' && line.IndexOf(' ') < 0;

    // A stamp ("Publié le 12/03/2024 à 18h05 Mis à jour le …") or a short line that is no sentence.
    private static bool IsDatelineShaped(ReadOnlySpan<char> line)
    {
        if (IsStamp(line) || LexiconTables.BylinePrefixes.StartsAny(line))
        {
            return Words.Count(line, MaxStampWords) <= MaxStampWords;
        }

        return Words.Count(line, MaxDatelineWords) <= MaxDatelineWords && (!Punctuation.IsTerminal(line[line.Length - 1]) || DateReader.EndsOnMeridiem(line));
    }
}
