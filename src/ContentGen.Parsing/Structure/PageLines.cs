using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises the short lines a news page prints around its headline: datelines, bylines,
/// photo captions with their credits, and breadcrumbs. They are not the title and not body.
/// </summary>
internal static class PageLines
{
    private const int MaxDatelineWords = 16;

    // A stamp that runs on into its update ("Publié le …, mis à jour le …") stays under this many words.
    private const int MaxStampWords = 24;

    // "Updated yesterday", "Mis à jour hier": a stamp without a digit is a few words.
    private const int MaxUndatedStampWords = 6;

    // "Aktualisiert vor einer Stunde.": with a full stop, fewer; "Bijgewerkt wordt het plan elke week." is a sentence.
    private const int MaxUndatedSentenceStampWords = 4;

    // A stamp's date follows its opening words ("Publié le : 31/12/2022"): within this many words.
    private const int StampDateReach = 8;

    private static readonly char[] s_digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    // A byline that runs on into its stamps ("… • Publié le … à 09h40, mis à jour le … à 11h05").
    private const int MaxStampedLineWords = 32;
    private static readonly char[] s_stampMarks = { '•', '|' };
    private const int MaxBylineWords = 8;

    // "Por Ana Gil e Rui Sá, em Vila Nova": two writers and, after a comma, the town they file from, a preposition
    // and up to three capitalised words.
    private const int MaxFiledFromWords = 4;

    // "à", "em", "in", "aus": the preposition before the town, short where a language's stopwords do not list it.
    private const int MaxPrepositionLength = 3;
    private const int MaxCaptionWords = 60;

    // A gallery's counter: "Foto 1 di 4" (a word, two numbers and what joins them) or "Photo 3/10".
    private const int MinGalleryCounterWords = 3;
    private const int MaxGalleryCounterWords = 4;
    private const int MaxGalleryJoinerLength = 3;

    // A gallery's pictures run to a few hundred at most.
    private const int MaxGalleryNumberDigits = 3;

    // "Photo Le Dauphiné Libéré/ Jean Dupont": an agency or a paper of a few words, a photographer's name.
    private const int MaxAgencyWords = 3;
    private const int MaxCreditNameWords = 4;
    private const int MinCreditNameWords = 2;

    // "Photo Le Dauphiné Libéré/ Jean-Baptiste Dupont" fits in this many characters.
    private const int MaxCreditLength = 80;

    // "New York New York" may be a name; a doubled caption repeats a phrase of a few words at least.
    private const int MinDoubledWords = 3;

    /// <summary>Whether <paramref name="text"/> says when the article was published or who wrote it.</summary>
    public static bool IsBylineOrDate(string text) => IsBylineOrDate(text, IsDateline(text) || IsAuthorLine(text));

    /// <summary>
    /// <see cref="IsBylineOrDate(string)"/>, told whether <paramref name="text"/> is a dateline or an author line
    /// (<paramref name="datelineOrAuthorLine"/>): a block's facts keep the author line's answer (<see cref="BlockFacts.IsAuthorLine"/>),
    /// which the title and body rules ask of the same blocks, so that the line is read for names once.
    /// </summary>
    internal static bool IsBylineOrDate(string text, bool datelineOrAuthorLine)
        => (datelineOrAuthorLine && !LifeSpans.IsLifeSpan(text.AsSpan())) || IsBylineOrDateBesideShare(text);

    // "Ana Gil | Madrid | 20/03/2025 | Compartir en Facebook": the byline's line with the share buttons on it.
    private static bool IsBylineOrDateBesideShare(string text)
        => Metadata.ShareSegments.Without(text.AsSpan()) is var kept && kept.Length < text.Length && IsBylineOrDate(kept.ToString());

    /// <summary>
    /// Whether <paramref name="text"/> names the author: a byline, or one that goes on into its
    /// timestamps ("Par Claire Morel avec AFP - 14 mars 2023 à 09:40 | mis à jour …"), too long
    /// for a list of names but given away by its clock time; or an agency's credit.
    /// </summary>
    public static bool IsAuthorLine(ReadOnlySpan<char> text)
        => text.Length > 0 && text[0] == '[' && LinkMarkers.PastLeading(text) is var past && past.Length < text.Length ? IsAuthorLine(past) : IsOwnAuthorLine(text);

    // "Fonte: ANSA / Adnkronos", "Quelle: Statistisches Landesamt": a source's credit of a few words, no sentence.
    private const int MaxSourceLineWords = 8;

    private static bool IsSourceLine(ReadOnlySpan<char> text)
        => LexiconTables.SourceLabels.StartsAny(text) && !Words.MoreThan(text, MaxSourceLineWords) && !Punctuation.EndsSentence(text);

    // "[11]Jane Roe": lynx's marker of the link to the writer's page is no word of the byline (above).
    private static bool IsOwnAuthorLine(ReadOnlySpan<char> text)
        => IsByline(text) || (LexiconTables.BylinePrefixes.StartsAny(text) && HasClockTime(text))
        || Metadata.AuthorReader.IsCredit(text) || Metadata.AuthorReader.ReadNameWithRole(text) is not null
        || Metadata.AuthorReader.IsAgencyNotice(text) || Metadata.AuthorReader.IsNameList(text) || IsSourceLine(text);

    /// <summary>Whether <paramref name="text"/> is a dateline: "Publié le 03/03/2023 à 10:15", "Céline Garnier • 12 octobre 2022".</summary>
    public static bool IsDateline(string text)
    {
        if (OpensAsStamp(text.AsSpan()) && IsStampShaped(text))
        {
            return true;
        }

        // Every other dateline gives a number: most short lines of a page give none.
        if (!Digits.Any(text.AsSpan()))
        {
            return false;
        }

        if (IsStampAfterName(text))
        {
            return true;
        }

        // "Mar. 12, 2024 at 6:05 p.m.": the clock's full stop ends no sentence.
        var words = Words.Count(text.AsSpan(), MaxDatelineWords);
        if (words == 0 || words > MaxDatelineWords || (Punctuation.EndsSentence(text) && !Metadata.DateReader.EndsOnMeridiem(text.AsSpan())))
        {
            return false;
        }

        // "… rouvrira ses halles en mars 2027": a clause of its own before the month's preposition is a headline's (DatedClauses).
        if (IsRelativeDate(text) || HasNumericDate(text) || (HasYearAndMonth(text) && !DatedClauses.IsClauseWithMonthAndYear(text.AsSpan()))
            || Metadata.DateReader.OpensWithDate(text.AsSpan()))
        {
            return true;
        }

        // A clock time alone: "The 7:10 bus" names a thing by its time (ClockHeadings), "Today at 7:10" is a stamp.
        // "Video 45:10", "Audio 58:03": a clip's length under its label (LinkLabels) on a line of its own, set aside as a stamp
        // is, whatever its minutes; "Endstand 29:27" is a score.
        var clock = HasClockTime(text) || (words <= MaxClipLineWords && HasClockShape(text.AsSpan()) && LexiconTables.LinkLabels.LongestStart(text.AsSpan()) > 0);
        return clock && !EndsWithDuration(text) && !ClockHeadings.NamesAThingByItsTime(text.AsSpan());
    }

    // A clip's label and its length: "Video 45:10", "Vídeo 26:48".
    private const int MaxClipLineWords = 3;

    // "… au micro de notre rédaction (1:45)": a time in brackets closing a line is a video's length, not a time of day.
    private static bool EndsWithDuration(string text)
    {
        var end = text.AsSpan().TrimEnd();
        var open = end.LastIndexOf('(');
        return open >= 0 && end[end.Length - 1] == ')' && HasClockShape(end.Slice(open)) && end.Slice(open).IndexOf(' ') < 0;
    }

    // "HBRS avec Claire Morel • Publié le 14 mars 2023 à 09h40, mis à jour le 15 mars 2023 à
    // 11h05": names, a bullet or a bar, then a stamp with its dates; longer than a bare dateline.
    private static bool IsStampAfterName(string text)
    {
        var mark = text.IndexOfAny(s_stampMarks);
        if (mark <= 0 || Words.MoreThan(text, MaxStampedLineWords) || Punctuation.EndsSentence(text))
        {
            return false;
        }

        var stamp = Whitespace.Trim(text.AsSpan(mark + 1));
        return LexiconTables.DatelinePrefixes.StartsAny(stamp) && HasYearAndMonth(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens as a stamp does: "Publié le …", "Updated …", or a broadcast's "Emitido el
    /// 21/05/2025 …", whose words open prose as often ("Emitido el domingo, el reportaje …") and so only with a number.
    /// </summary>
    public static bool OpensAsStamp(ReadOnlySpan<char> text)
        => LexiconTables.DatelinePrefixes.StartsAny(text) || (LexiconTables.BroadcastPrefixes.StartsAny(text) && Digits.Any(text));

    /// <summary>Whether <paramref name="text"/> is a short "Published 14 March 2023", "Publié le 12/04/2023 à 08:15" stamp.</summary>
    public static bool IsPublicationStamp(ReadOnlySpan<char> text)
    {
        if (!OpensAsStamp(text) || Words.MoreThan(text, MaxDatelineWords))
        {
            return false;
        }

        return Digits.Any(text);
    }

    private static bool IsRelativeDate(string text) => IsRelativeDate(text.AsSpan());

    /// <summary>Whether <paramref name="span"/> tells an age with a number: "Il y a 6 jours", "3 hours ago".</summary>
    internal static bool IsRelativeDate(ReadOnlySpan<char> span)
    {
        if (!LexiconTables.RelativeDatePrefixes.StartsAny(span) && !LexiconTables.RelativeDateSuffixes.EndsAny(span))
        {
            return false;
        }

        var reader = new WordReader(span);
        while (reader.Read())
        {
            if (char.IsDigit(span[reader.Start]))
            {
                return true;
            }
        }

        return false;
    }

    // "Ein Kommentar von Jane Roe": after a piece's lead, a person's name of two words or more and nothing else; "von
    // außen" names nobody, and "Une chronique de Marseille" or "Ein Essay von Kleist" heads a text about a town or a
    // writer. Read only after a lead, which is rare, so the name's string costs nothing on most lines.
    private static bool NamesAPerson(ReadOnlySpan<char> rest)
        => Metadata.AuthorReader.ReadBareName(Whitespace.Trim(rest)) is not null;

    /// <summary>Whether <paramref name="text"/> names the author: "Par Jane Doe", "By John Smith", "Article rédigé par".</summary>
    public static bool IsByline(ReadOnlySpan<char> text)
    {
        var prefix = LexiconTables.BylinePrefixes.LongestStart(text);
        if (prefix == 0 || (LexiconTables.PieceLeads.LongestStart(text) == prefix && !NamesAPerson(text.Slice(prefix))))
        {
            return false;
        }

        // "Door [7]Els de Wit en [8]Joost Verbeek": lynx's markers of the links to the writers' pages are no words of the names.
        if (LinkMarkers.Without(text) is { } unmarked)
        {
            return IsByline(unmarked.AsSpan());
        }

        // "Reporting by Jane Roe and Tom Poe; Editing by Ann Lee": two roles' credits, each as long as a byline.
        var semicolon = text.IndexOf(';');
        var limit = semicolon > 0 && Metadata.AuthorReader.CreditRoleLength(text.Slice(semicolon + 1).TrimStart()) > 0 ? 2 * MaxBylineWords : MaxBylineWords;
        var comma = text.LastIndexOf(',');
        if (comma > 0 && IsFiledFrom(text.Slice(comma + 1)))
        {
            limit = Math.Max(limit, MaxBylineWords + MaxFiledFromWords);
        }

        // "Das Gespräch führte Jana Kolb.", "Propos recueillis par Jeanne Roux.": a credit closing an interview may end on a
        // full stop, when nothing but a person's name stands between its opening words, two words or more and no label's
        // colon, and the stop. A bare "By Jane Doe." stays a sentence's fragment, "Source : Conseil Départemental." a source.
        if (text.Length > prefix + 1 && text[text.Length - 1] == '.' && IsCreditPhrase(text.Slice(0, prefix))
            && NamesAPerson(text.Slice(prefix, text.Length - prefix - 1)))
        {
            return true;
        }

        // "By Jane Roe jane.roe@example.org": the writer's address after the names is no word of the byline's.
        var address = EmailAddressStart(text);
        if (address > 0)
        {
            text = text.Slice(0, address).TrimEnd();
        }

        // "Por Ana Ruiz y Luis Soto, enviados especiales": the job the writers share is no word of the names.
        if (Metadata.SharedJobBylines.WithoutJob(text) is { } shared)
        {
            return IsByline(shared.AsSpan());
        }

        if (Metadata.BylineWords.MoreThan(text, limit) || Punctuation.EndsSentence(text) || (limit > MaxBylineWords && comma > 0 && Words.MoreThan(text.Slice(0, comma), MaxBylineWords)))
        {
            return false;
        }

        // "Par Jeanne Roux (texte) et Paul Mercier (photos)": what each writer did is no word of the names.
        if (Metadata.AuthorReader.WithoutRoleBrackets(text) is { } plain)
        {
            return IsByline(plain.AsSpan());
        }

        // "Par Gilles Pradier, service communication": the writer's job in lower case after the names' comma is no name's word.
        if (comma > prefix && IsLowerCaseJob(text.Slice(comma + 1)) && CapitalisedWords(text.Slice(prefix, comma - prefix)) >= MinNameWords
            && Metadata.AuthorReader.ReadBareName(Whitespace.Trim(text.Slice(prefix, comma - prefix))) is not null)
        {
            text = text.Slice(0, comma);
        }

        // After the opening words ("Par", "De notre correspondant"), a byline is names: capitalised words or nothing at all.
        var lowerCount = 0;
        var reader = new WordReader(text);
        reader.Read();
        var previousEnd = reader.Start + reader.Length;
        while (reader.Read())
        {
            // "Reporting by Jane Roe and Tom Poe; Editing by Ann Lee": each role's part is a byline of its own.
            if (Metadata.AuthorReader.CreditRoleAfterSemicolon(text.Slice(previousEnd, reader.Start - previousEnd), text.Slice(reader.Start)) is var role and > 0)
            {
                prefix = reader.Start + role;
                lowerCount = 0;
            }

            previousEnd = reader.Start + reader.Length;
            if (reader.Start < prefix)
            {
                continue;
            }


            // "Door onze verslaggever Jan de Vries": the writer's job is a byline's word.
            if (char.IsLower(reader.Word[0]) && !Stopwords.IsStopword(reader.Word) && !LexiconTables.BylineRoles.Contains(reader.Word))
            {
                lowerCount++;
            }
        }

        return lowerCount <= 1;
    }

    // A job after a byline's names: a few words in lower case, opening on no function word ("elle dit" is a clause), no digit,
    // naming a newsroom's job or an office (BylineRoles, DeskWords, JobOfficeWords: "service communication", "redactie economie"). Another
    // job ("By Jane Doe, harbour master") is as often someone's credit as a writer's.
    private const int MaxLowerCaseJobWords = 3;

    // The job opens on its newsroom's or office's word and names one thing more at most ("service communication", "servicio de
    // prensa"): "office hours resume" or "service minimum assuré" go on as a clause.
    private const int MaxJobContentWords = 2;

    private static bool IsLowerCaseJob(ReadOnlySpan<char> tail)
    {
        var words = 0;
        var content = 0;
        var reader = new WordReader(tail);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxLowerCaseJobWords || !char.IsLower(word[0]) || (words == 1 && Stopwords.IsStopword(word))
                || (words == 1 && !LexiconTables.BylineRoles.Contains(word) && !LexiconTables.DeskWords.Contains(word) && !LexiconTables.JobOfficeWords.Contains(word)))
            {
                return false;
            }

            content += Stopwords.IsStopword(word) ? 0 : 1;
        }

        return words > 0 && content <= MaxJobContentWords && !Digits.Any(tail);
    }

    // A person's name before the job: two capitalised words at least ("By Monday, office staff" names no one).
    private const int MinNameWords = 2;

    private static int CapitalisedWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            count += char.IsUpper(reader.Word[0]) ? 1 : 0;
        }

        return count;
    }

    // Where the first e-mail address in `text` starts (the run of characters around an at sign), or -1.
    private static int EmailAddressStart(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (at <= 0)
        {
            return -1;
        }

        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    // "Das Gespräch führte", "propos recueillis par": two words or more, and no label's colon ("Source :", "Texte :").
    private static bool IsCreditPhrase(ReadOnlySpan<char> prefix)
        => prefix.IndexOf(':') < 0 && Words.Count(prefix, 2) >= 2;

    // ", em Vila Nova", ", in Long Harbour", ", à Saint-Malo": after a byline's last comma, a preposition in lower case and
    // the capitalised words of a place, nothing else (", how the town voted" goes on in lower case).
    private static bool IsFiledFrom(ReadOnlySpan<char> rest)
    {
        var reader = new WordReader(rest);
        var words = 0;
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxFiledFromWords || (words == 1 ? !(char.IsLower(word[0]) && (word.Length <= MaxPrepositionLength || Stopwords.IsStopword(word))) : !char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return words > 1;
    }

    // A stamp is short, or gives a date and ends as no sentence does ("Publié le 14 mars 2023 à
    // 09h40, mis à jour …", "Updated 3 hours ago"); a paragraph that opens with a stamp's word
    // ("Published in 1990, the first timetable …") is prose.
    // A stamp may also run on into a caption glued to it ("Publié le : 03/03/2022 - 10:15Modifié le :
    // … Arrivée du vieux ferry …"): a full date right after its opening word gives it away.
    private static bool IsStampShaped(string text)
    {
        var undatedLimit = Punctuation.EndsSentence(text) ? MaxUndatedSentenceStampWords : MaxUndatedStampWords;
        if (!Words.MoreThan(text, MaxStampWords) && (!Words.MoreThan(text, undatedLimit) || (text.IndexOfAny(s_digits) >= 0 && !Punctuation.EndsSentence(text))))
        {
            return true;
        }

        var reader = new WordReader(text.AsSpan());
        var end = 0;
        for (var words = 0; words < StampDateReach && reader.Read(); words++)
        {
            end = reader.Start + reader.Length;
        }

        return Metadata.DateReader.Read(text.AsSpan(0, end)) is not null;
    }

    /// <summary>Whether <paramref name="text"/> is a photo caption or credit.</summary>
    public static bool IsCaption(string text) => IsCaption(text, Words.Count(text.AsSpan(), MaxCaptionWords));

    /// <summary>
    /// Whether <paramref name="text"/>, of <paramref name="words"/> words (a count past
    /// <see cref="MaxCaptionWords"/> may stop there), is a caption: a block's facts count its words once.
    /// </summary>
    public static bool IsCaption(string text, int words)
        => words <= MaxCaptionWords
        && ((LexiconTables.CreditMarks.FoundIn(text.AsSpan()) && !WireDatelines.OpensParagraph(text)) || IsDoubled(text) || EndsWithCredit(text) || IsGalleryCounter(text, words)
            || PhotoCredits.EndsWithBracketedCredit(text) || PhotoCredits.EndsWithNameAfterSlash(text) || PhotoCredits.EndsWithBodyAfterSlash(text) || PhotoCredits.EndsWithInitialsAfterSlash(text) || PhotoCredits.EndsWithNameAndOutlet(text)
            || PhotoCredits.EndsWithCapitalsAfterSlash(text) || PhotoCredits.EndsWithInitialledNameAfterSlash(text)
            || PhotoCredits.EndsWithNameInCapitals(text)
            || PhotoCredits.EndsWithInitialledNameInCapitals(text) || PhotoCredits.EndsWithAgencyCreditLine(text));

    // "Foto 1 di 4", "Photo 2 of 5", "Bild 1 von 8", "Photo 3/10": a gallery numbers its pictures over their captions,
    // a picture's word, its number, a short word or a slash, and how many there are. The picture's word may be left out
    // where a short word joins the numbers ("1 di 6", "2 of 5"); "3/12" alone may be a date.
    private static bool IsGalleryCounter(string text, int words)
    {
        if (words is < MinGalleryCounterWords or > MaxGalleryCounterWords)
        {
            return false;
        }

        var reader = new WordReader(text.AsSpan());
        if (!reader.Read())
        {
            return false;
        }

        var bare = words == MinGalleryCounterWords && SmallNumber(reader.Word) > 0;
        if (!bare && (!char.IsUpper(reader.Word[0]) || !LexiconTables.CreditWords.Contains(reader.Word) || !reader.Read()))
        {
            return false;
        }

        var number = SmallNumber(reader.Word);
        var end = reader.Start + reader.Length;
        if (number <= 0 || !reader.Read())
        {
            return false;
        }

        // "di", "of", "von", "sur", "van", or the slash the reader passed over (never in a bare counter).
        var between = text.AsSpan(end, reader.Start - end);
        if (SmallNumber(reader.Word) < 0)
        {
            // A bare counter's joiner is one the lexicons list ("di", "of", "von"): "4 to 6", "2 a 2" count nothing.
            if (reader.Length > MaxGalleryJoinerLength || !char.IsLower(reader.Word[0]) || (bare && !LexiconTables.CounterJoiners.Contains(reader.Word)) || !reader.Read())
            {
                return false;
            }
        }
        else if (bare || between.IndexOf('/') < 0)
        {
            return false;
        }

        var count = SmallNumber(reader.Word);
        return count >= number && reader.Start + reader.Length == text.Length && !reader.Read();
    }

    // A number of one to three digits, or -1.
    private static int SmallNumber(ReadOnlySpan<char> word) => Digits.Value(word, MaxGalleryNumberDigits);

    /// <summary>
    /// Whether <paramref name="text"/> ends on a photo credit with no colon, after its last sentence: a
    /// credit word, then the agency's name glued to a slash and the photographer ("… près de Valmont.
    /// Photo Sipa/ Paul ROCHE", "Foto dpa/ Jonas Weber"), or the photographer's capitalised name alone
    /// ("… depuis trente ans. Photo Marc Le Guen"). An article's sentence never ends so.
    /// </summary>
    private static bool EndsWithCredit(string text)
    {
        var end = text.Length;
        if (end == 0 || !char.IsLetter(text[end - 1]))
        {
            return false;
        }

        // The credit opens the text or follows its last sentence, a few words from the end.
        var open = end - 1;
        while (open > 0 && end - open <= MaxCreditLength && !(Punctuation.IsTerminal(text[open - 1]) && text[open] == ' '))
        {
            open--;
        }

        if (end - open > MaxCreditLength)
        {
            return false;
        }

        var slash = text.IndexOf('/', open);
        var reader = new WordReader(text.AsSpan(open, (slash < 0 ? end : slash) - open));
        if (!reader.Read() || !char.IsUpper(reader.Word[0]) || !LexiconTables.CreditWords.Contains(reader.Word))
        {
            return false;
        }

        var before = 0;
        while (reader.Read())
        {
            // Some agencies write their name in lower case ("dpa"); a name alone is capitalised.
            if ((slash < 0 && !char.IsUpper(reader.Word[0])) || ++before > (slash < 0 ? MaxCreditNameWords : MaxAgencyWords))
            {
                return false;
            }
        }

        if (slash < 0)
        {
            return before >= MinCreditNameWords;
        }

        // The agency glued to the slash ("Sipa/ Daniel Cole"), or an agency's capitals before a spaced one ("ANP / Lex van Dijk").
        var after = text.AsSpan(slash + 1).Trim();
        var agency = Whitespace.Trim(text.AsSpan(open, slash - open));
        var agencyCapitals = agency.Length > 0 && Metadata.AuthorReader.IsAgency(agency.Slice(agency.LastIndexOf(' ') + 1));
        return before > 0 && (text[slash - 1] != ' ' || agencyCapitals) && after.Length > 0 && char.IsUpper(after[0]) && !Words.MoreThan(after, MaxCreditNameWords);
    }

    /// <summary>
    /// Whether <paramref name="text"/> says the same words twice in a row ("Le ferry arrive au quai
    /// de Valmont Le ferry arrive au quai de Valmont"): a dump prints an image's alt text and then
    /// its caption; an article's sentence never repeats itself whole.
    /// </summary>
    public static bool IsDoubled(string text)
    {
        if (text.Length % 2 == 0)
        {
            return false;
        }

        var half = text.Length / 2;
        var first = text.AsSpan(0, half);
        return text[half] == ' ' && first.SequenceEqual(text.AsSpan(half + 1)) && Words.Count(first, MinDoubledWords) >= MinDoubledWords;
    }

    /// <summary>
    /// Whether a trail's separator stands at <paramref name="i"/> of <paramref name="text"/>: '>', '»' or '›' between spaces.
    /// The one list of them, for the trail (<see cref="IsBreadcrumb"/>), its last crumb (Breadcrumbs) and a trail's wrapped
    /// line (WrappedTrails).
    /// </summary>
    internal static bool IsCrumbSeparatorAt(ReadOnlySpan<char> text, int i)
        => i >= 1 && i + 1 < text.Length && text[i] is '>' or '»' or '›' && text[i - 1] == ' ' && text[i + 1] == ' ';

    /// <summary>
    /// Where the last crumb of <paramref name="text"/> starts, after its last separator (<see cref="IsCrumbSeparatorAt"/>)
    /// and the space after it, when some text stands before that separator's space; else -1.
    /// </summary>
    internal static int LastCrumbStart(string text)
    {
        for (var i = text.Length - 2; i >= 2; i--)
        {
            if (IsCrumbSeparatorAt(text.AsSpan(), i))
            {
                return i + 2;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> is a trail of links: "Accueil > Monde > …", "Home » News » …".</summary>
    public static bool IsBreadcrumb(string text)
    {
        var separators = 0;
        var bars = 0;
        var firstBar = -1;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i - 1] != ' ' || text[i + 1] != ' ')
            {
                continue;
            }

            // A spaced slash counts toward a trail too, but it also parts words inside a crumb ("Bau / Verkehr"): no reader
            // cuts a crumb at one (IsCrumbSeparatorAt).
            if (IsCrumbSeparatorAt(text.AsSpan(), i) || text[i] == '/')
            {
                separators++;
            }
            else if (text[i] == '|')
            {
                firstBar = firstBar < 0 ? i : firstBar;
                bars++;
            }
        }

        // "Startseite | Region | Kultur": bars part a trail too when it opens on the home page's name; else they
        // may part a headline from its site's name ("Harbour plan approved | Coastal Gazette | News").
        return separators >= 2 || (bars >= 2 && LexiconTables.NavigationLines.Contains(Whitespace.Trim(text.AsSpan(0, firstBar))));
    }

    private static bool HasNumericDate(string text)
    {
        // dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy: two separators between digit runs.
        var run = 0;
        var separators = 0;
        char separator = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                run++;
                continue;
            }

            if ((c == '/' || c == '.' || c == '-') && run is >= 1 and <= 4 && (separator == '\0' || separator == c)
                && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                separator = c;
                separators++;
                if (separators == 2)
                {
                    return true;
                }
            }
            else
            {
                separators = 0;
                separator = '\0';
            }

            run = 0;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> gives a time of day: 16:45, 07h06, 8h33.</summary>
    /// <remarks>A handball score ("mit 29:27") has the shape but no hour a day has: an hour is 0 to 24, a minute 0 to 59.</remarks>
    public static bool HasClockTime(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if ((text[i] == ':' || text[i] == 'h') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsDigit(text[i + 3])) && IsTimeOfDay(text, i))
            {
                return true;
            }
        }

        return false;
    }

    // Two digits after a colon or an h, following a digit: a time of day or a clip's length ("45:10").
    private static bool HasClockShape(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if ((text[i] == ':' || text[i] == 'h') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsDigit(text[i + 3])))
            {
                return true;
            }
        }

        return false;
    }

    // The hour before the mark at `mark` (one digit or two) and the minutes after it name a time of day.
    private static bool IsTimeOfDay(ReadOnlySpan<char> text, int mark)
    {
        var hour = text[mark - 1] - '0';
        if (mark >= 2 && char.IsDigit(text[mark - 2]))
        {
            if (mark >= 3 && char.IsDigit(text[mark - 3]))
            {
                return false;
            }

            hour += (text[mark - 2] - '0') * 10;
        }

        return hour <= 24 && text[mark + 1] - '0' <= 5;
    }

    // A year (19xx, 20xx) and a month name among the words: "12 octobre 2022".
    private static bool HasYearAndMonth(string text)
    {
        var hasYear = false;
        var hasMonth = false;
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            hasYear |= word.Length == 4 && (word.StartsWith("19".AsSpan()) || word.StartsWith("20".AsSpan()))
                && char.IsDigit(word[2]) && char.IsDigit(word[3]);
            hasMonth |= LexiconTables.Months.Contains(word);
        }

        return hasYear && hasMonth;
    }
}
