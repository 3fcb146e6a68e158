using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Reads who wrote an article out of a byline in any lexicon's language ("By Jane Doe",
/// "Par Céline Garnier et Paul Martin", "Von Jonas Weber", "Por Lucía Fernández", "Di Marco
/// Rinaldi", "Door Sanne de Vries") or a credit line ("Kevin Morvan / AFP"). Names only: the
/// opening words, the agency, the dates and the newsroom ("La rédaction") are left out, and
/// several authors are joined by "; ".
/// </summary>
internal static class AuthorReader
{
    private const int MaxBylineWords = 16;
    private const int MaxCreditWords = 8;
    private const int MaxNameWords = 5;
    private const int MaxNames = 8;

    // Two names of up to four words and what joins them.
    private const int MaxNameListWords = 9;
    private const int MinCreditNameWords = 2;

    // A signature: a name of two words and a station's or paper's name of two to six ("Logo Radio Vallée" is no signature).
    private const int MinSignatureWords = 4;
    private const int MaxSignatureWords = 8;
    private const int MinPublicationRepeats = 2;

    // "Jane Roe, senior political correspondent": the job within this many words of the comma.
    private const int MaxRoleReach = 3;

    // The byline prefixes as whole lines: "Par", "By", "Article rédigé par", "Autor".
    private static readonly WordTable s_leads = Leads();

    // Words that join two authors' names: "Jane Doe and John Smith", "Paul et Marie Martin".
    private static readonly WordTable s_and = WordTable.Of(new[] { "and", "et", "und", "y", "e", "en", "&" });

    /// <summary>Whether <paramref name="word"/> joins two writers' names ("and", "et", "und", "y", "e", "en", "&amp;"), in any case.</summary>
    public static bool IsNameJoiningWord(ReadOnlySpan<char> word) => s_and.Contains(word);

    /// <summary>The author names <paramref name="line"/> gives, or <see langword="null"/>.</summary>
    public static string? Read(ReadOnlySpan<char> line)
    {
        // "Par Jeanne Roux (texte) et Paul Mercier (photos)": what each writer did, in brackets, parts no names.
        if (WithoutRoleBrackets(line) is { } plain)
        {
            return Read(plain.AsSpan());
        }

        // "By Jane Roe, Transport Editor, and Tom Poe, Data Reporter": two writers, their jobs aside.
        if (CoAuthorJobs.WithoutJobs(line) is { } writers)
        {
            return Read(writers.AsSpan()) ?? ReadNameList(writers.AsSpan());
        }

        var prefix = LexiconTables.BylinePrefixes.LongestStart(line);
        if (prefix > 0)
        {
            if (Words.Count(line, MaxBylineWords) > MaxBylineWords)
            {
                return null;
            }

            // "Con información de Agencia Norte", "Por Agencia Norte": the byline's words credit a desk, nobody by name.
            // "Par [12]Jeanne Roux": lynx's marker of the link to the writer's page is no word of the name.
            var named = PastRole(Structure.LinkMarkers.PastLeading(line.Slice(prefix)));
            if (NamesADesk(Whitespace.Trim(named)) || Names(named, minWords: 1, capitals: true) is not { } names)
            {
                return null;
            }

            return NameAfterCoAuthorWord(named) is { } second && names.IndexOf(';') < 0 ? names + "; " + second : names;
        }

        return Credit(line) ?? ReadNameWithRole(line);
    }

    /// <summary>
    /// <paramref name="line"/> without the one-word brackets that follow names ("Jeanne Roux (texte) et Paul
    /// Mercier (photos)", "Anna Berg (Text) und Tim Vogt (Fotos)"), or <see langword="null"/> when it has none.
    /// </summary>
    public static string? WithoutRoleBrackets(ReadOnlySpan<char> line)
    {
        var open = line.IndexOf('(');
        if (open <= 0 || Words.MoreThan(line, MaxBylineWords))
        {
            return null;
        }

        var plain = new StringBuilder(line.Length);
        var from = 0;
        while (open >= 0)
        {
            var close = line.Slice(open).IndexOf(')');
            var inside = close > 1 ? line.Slice(open + 1, close - 1) : ReadOnlySpan<char>.Empty;
            if (inside.Length == 0 || inside.IndexOf(' ') >= 0 || Digits.Any(inside) || !char.IsLetter(line[TrimmedEnd(line, open) - 1]))
            {
                return null;
            }

            plain.Append(line.Slice(from, TrimmedEnd(line, open) - from).ToString());
            from = open + close + 1;
            var next = line.Slice(from).IndexOf('(');
            open = next < 0 ? -1 : from + next;
        }

        plain.Append(line.Slice(from).ToString());
        return plain.ToString();
    }

    // Where the text before `at` ends, its spaces aside.
    private static int TrimmedEnd(ReadOnlySpan<char> line, int at)
    {
        while (at > 0 && Whitespace.IsSpace(line[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>
    /// <paramref name="text"/> past the writer's job that a byline may name before the name ("Door onze
    /// verslaggever Jan de Vries", "Von unserem Korrespondenten Jan Berg"): a few words, one of them a job
    /// (<c>BylineRoles</c>), none a name's; else <paramref name="text"/>.
    /// </summary>
    public static ReadOnlySpan<char> PastRole(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        var role = false;
        for (var words = 0; words <= MaxRoleReach && reader.Read(); words++)
        {
            var word = reader.Word;
            if (LexiconTables.BylineRoles.Contains(word))
            {
                role = true;
                continue;
            }

            if (char.IsUpper(word[0]) && !LexiconTables.Stopwords.Contains(word))
            {
                return role ? text.Slice(reader.Start) : text;
            }
        }

        return text;
    }

    /// <summary>
    /// The name <paramref name="line"/> is, when it is nothing but one name of two to five words
    /// ("Julien Martin"): an author only where a dateline stands beside it, which the caller checks.
    /// </summary>
    public static string? ReadBareName(ReadOnlySpan<char> line) => ReadBareName(line, capitals: false);

    /// <summary>
    /// <see cref="ReadBareName(ReadOnlySpan{char})"/>, and with <paramref name="capitals"/> a name printed in
    /// capitals too ("JANE ROE"), for a line where a name is looked for beside a dateline or under a byline's word.
    /// </summary>
    public static string? ReadBareName(ReadOnlySpan<char> line, bool capitals)
    {
        if (Words.Count(line, MaxNameWords + 1) is < MinCreditNameWords or > MaxNameWords)
        {
            return null;
        }

        var last = line[line.Length - 1];
        var name = char.IsLetter(last) ? Names(line, MinCreditNameWords, single: true, capitals) : null;

        // The whole line, not a name that opens a sentence: "Julien Martin a dit" is no byline.
        return name is not null && name.Length == Whitespace.Trim(line).Length ? name : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> names an agency, a newsroom or an office in a few capitalised words, the first
    /// a desk's word or every one a desk's word or a joiner (<c>DeskWords</c>: "Agencia Norte", "Ufficio Stampa",
    /// "Gabinete de Imprensa"), with no sentence. Read only in the dateline's slot, where a writer's name stands: there
    /// it is neither a name nor a headline. Elsewhere the same words are surnames ("Robert Service") or a headline's.
    /// </summary>
    public static bool NamesADesk(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !char.IsUpper(line[0]) || Digits.Any(line) || Words.Count(line, MaxNameWords + 1) > MaxNameWords
            || Structure.Punctuation.EndsSentence(line))
        {
            return false;
        }

        // The desk's word first ("Agencia Norte", "Pressestelle Hafenstadt"), or every word a desk's word or a
        // joiner ("Ufficio Stampa", "Gabinete de Imprensa"): a headline that holds one ("Neue Agentur für …") is none.
        var first = true;
        var deskFirst = false;
        var allDesk = true;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            var word = reader.Word;
            var joiner = NameParticles.Joiners.Contains(word) || LexiconTables.Stopwords.Contains(word);
            if (char.IsLower(word[0]) && !joiner)
            {
                return false;
            }

            var desk = LexiconTables.DeskWords.Contains(word);
            deskFirst |= first && desk;
            allDesk &= desk || joiner;
            first = false;
        }

        return deskFirst || allDesk;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a byline's job alone ("Local Democracy Reporter", "Verslaggever
    /// Oost-Zeeland"): a few words, one of them a job (<c>BylineRoles</c>), no number.
    /// </summary>
    public static bool IsRoleLine(ReadOnlySpan<char> line)
    {
        if (Digits.Any(line) || Words.Count(line, MaxNameWords + 1) > MaxNameWords)
        {
            return false;
        }

        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (LexiconTables.BylineRoles.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name that signs <paramref name="line"/>, a signature under an article followed by the station
    /// or paper the writer works for ("Paul Morvan Radio Vallée Pays Basque"): two name words, then
    /// capitalised words whose first two the page prints elsewhere (<paramref name="document"/> outside the
    /// line at <paramref name="lineOffset"/>), as a page prints its own name; else <see langword="null"/>.
    /// </summary>
    public static string? ReadSignature(ReadOnlySpan<char> line, string document, int lineOffset)
    {
        var count = Words.Count(line, MaxSignatureWords + 1);
        if (count is < MinSignatureWords or > MaxSignatureWords || Digits.Any(line))
        {
            return null;
        }

        var reader = new WordReader(line);
        var words = 0;
        var nameEnd = 0;
        var restStart = -1;
        var restEnd = -1;
        while (reader.Read())
        {
            var word = reader.Word;
            if (words < 2 ? !IsNameWord(word, words) : !char.IsUpper(word[0]) && !NameParticles.Joiners.Contains(word))
            {
                return null;
            }

            if (words == 1)
            {
                nameEnd = reader.Start + reader.Length;
            }
            else if (words == 2)
            {
                restStart = reader.Start;
                restEnd = reader.Start + reader.Length;
            }
            else if (words == 3)
            {
                restEnd = reader.Start + reader.Length;
            }

            words++;
        }

        // The page prints its own name again and again; a teaser's words come back once, if at all.
        var publication = line.Slice(restStart, restEnd - restStart).ToString();
        var others = 0;
        for (var at = document.IndexOf(publication, StringComparison.Ordinal); at >= 0 && others < MinPublicationRepeats; at = document.IndexOf(publication, at + 1, StringComparison.Ordinal))
        {
            others += at >= lineOffset && at < lineOffset + line.Length ? 0 : 1;
        }

        return others >= MinPublicationRepeats ? Names(line.Slice(0, nameEnd), MinCreditNameWords, single: true) : null;
    }

    /// <summary>
    /// The names <paramref name="line"/> lists and nothing else ("Julie Marchetti, Karim Benali",
    /// "Anna Keller und Jonas Weber"), under a byline's lead; else <see langword="null"/>.
    /// </summary>
    public static string? ReadNameList(ReadOnlySpan<char> line)
    {
        if (WithoutRoleBrackets(line) is { } plain)
        {
            return ReadNameList(plain.AsSpan());
        }

        var names = Words.Count(line, MaxBylineWords + 1) > MaxBylineWords ? null : Names(line, MinCreditNameWords);
        if (names is null || !char.IsLetter(line[line.Length - 1]))
        {
            return null;
        }

        // Every word read: the names' words and what joins them, nothing after.
        var last = Whitespace.Trim(line);
        var lastWord = last.Slice(last.LastIndexOf(' ') + 1);
        return names.EndsWith(lastWord.ToString(), StringComparison.Ordinal) ? names : null;
    }

    /// <summary>
    /// The second writer a byline names after its first, a comma and a co-author's word ("Par Yann Kervella, avec Anaïs
    /// Doré à Nantes", "Von Anna Berg, mit Tim Vogt"): a whole name of two words or more, no agency ("avec AFP"), no desk
    /// ("with Agencies"), no German noun phrase ("mit Material von dpa"); else <see langword="null"/>. Bylines only.
    /// </summary>
    private static string? NameAfterCoAuthorWord(ReadOnlySpan<char> named)
    {
        var reader = new WordReader(named);
        var previousEnd = 0;
        for (var words = 0; words < MaxNameWords + 1 && reader.Read(); words++)
        {
            var word = reader.Word;
            var gap = named.Slice(previousEnd, reader.Start - previousEnd);
            previousEnd = reader.Start + reader.Length;

            // After a comma only: "By Jane Roe with Harbour Police" names a body the writer went out with.
            if (words == 0 || !char.IsLower(word[0]) || !LexiconTables.CoAuthorWords.Contains(word) || gap.IndexOf(',') < 0)
            {
                continue;
            }

            var rest = Whitespace.Trim(named.Slice(reader.Start + reader.Length));
            var next = new WordReader(rest);
            if (!next.Read() || IsAgency(next.Word) || IsListedAgency(next.Word) || LexiconTables.DeskWords.Contains(next.Word)
                || LexiconTables.CreditWords.Contains(next.Word))
            {
                return null;
            }

            // "… avec Anaïs Doré à Nantes": the name ends at the first word in lower case that is no particle of it.
            var end = 0;
            do
            {
                if (char.IsLower(next.Word[0]) && !NameParticles.Joiners.Contains(next.Word))
                {
                    break;
                }

                end = next.Start + next.Length;
            }
            while (next.Read());

            var name = Names(rest.Slice(0, end), MinCreditNameWords, single: true, capitals: true);
            return name is null || NamesADesk(name.AsSpan()) ? null : name;
        }

        return null;
    }

    /// <summary>
    /// The names <paramref name="line"/> prints in capitals and nothing else, one or more ("ANA GIL", "ANA GIL Y LUIS
    /// MORA"); else <see langword="null"/>. Read only where a byline stands, over the writers' town and date.
    /// </summary>
    public static string? ReadCapitalsNames(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (line.Length == 0 || !char.IsLetter(line[line.Length - 1]) || !IsAllCapitals(line) || Words.Count(line, MaxNameListWords + 1) > MaxNameListWords)
        {
            return null;
        }

        var names = Names(line, MinCreditNameWords, capitals: true);
        var lastWord = line.Slice(line.LastIndexOf(' ') + 1);
        return names is not null && names.EndsWith(lastWord.ToString(), StringComparison.Ordinal) ? names : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a newsroom's or writer's line with the agency it drew on:
    /// "Le Monde avec AFP", "La rédaction avec AFP", "Jane Roe with AP": a few words, a co-author word
    /// and an agency in capitals at the end.
    /// </summary>
    public static bool IsAgencyNotice(ReadOnlySpan<char> line)
    {
        // Asked of many lines: the last word is looked at before the words are counted.
        var trimmed = Whitespace.Trim(line);
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0 || !IsAgency(trimmed.Slice(space + 1)) || Words.Count(line, MaxNameWords + 3) > MaxNameWords + 2)
        {
            return false;
        }

        var before = Whitespace.Trim(trimmed.Slice(0, space));
        var coAuthor = before.Slice(before.LastIndexOf(' ') + 1);
        return before.LastIndexOf(' ') > 0 && char.IsUpper(before[0]) && LexiconTables.CoAuthorWords.Contains(coAuthor);
    }

    /// <summary>
    /// The name that opens a byline giving the writer's job after a comma: "Jean Dupont, envoyé spécial
    /// à Calais", "Jane Roe, Staff Writer"; else <see langword="null"/>.
    /// </summary>
    public static string? ReadNameWithRole(ReadOnlySpan<char> line)
    {
        // "Par Jeanne Roux, envoyée spéciale à Lyon": the byline's opening word aside.
        line = line.Slice(LexiconTables.BylinePrefixes.LongestStart(line));

        // "Ana Vidal, jefa de Cultura, y Luis Mora, redactor": both writers.
        if (CoAuthorJobs.WithoutJobs(line) is { } writers && ReadNameList(writers.AsSpan()) is { } both)
        {
            return both;
        }

        var comma = line.IndexOf(',');
        if (comma <= 0 || Words.Count(line, MaxCreditWords + 1) > MaxCreditWords || Structure.Punctuation.EndsSentence(line))
        {
            return null;
        }

        // The job within a few words of the comma: "envoyé spécial", "political correspondent".
        var reader = new WordReader(line.Slice(comma + 1));
        for (var words = 0; words < MaxRoleReach && reader.Read(); words++)
        {
            if (LexiconTables.BylineRoles.Contains(reader.Word))
            {
                return ReadBareName(Whitespace.Trim(line.Slice(0, comma)));
            }
        }

        return null;
    }

    /// <summary>
    /// The names a byline's opening words introduce inside a dateline, after its date: "Publié le 12 mars 2024 à
    /// 18h05 par Jeanne Roux", "12 mars 2024 - Par Jeanne Roux"; else <see langword="null"/>. The caller reads
    /// datelines only, so "par" in a sentence never comes here.
    /// </summary>
    public static string? ReadBylineInside(ReadOnlySpan<char> line)
    {
        var reader = new WordReader(line);
        reader.Read();
        while (reader.Read())
        {
            var rest = line.Slice(reader.Start);
            var prefix = LexiconTables.BylinePrefixes.LongestStart(rest);
            if (prefix > 0 && Names(PastRole(rest.Slice(prefix)), MinCreditNameWords, capitals: true) is { } names)
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>The name of two to five words that opens <paramref name="line"/> ("Jane Roe is a reporter …"), or <see langword="null"/>.</summary>
    public static string? ReadOpeningName(ReadOnlySpan<char> line) => Names(line, MinCreditNameWords, single: true);

    /// <summary>
    /// Whether <paramref name="line"/> is nothing but two names or more ("Jeanne Roux et Paul Mercier",
    /// "Anna Keller, Jonas Weber"): the writers, as a byline lists them without its opening word.
    /// </summary>
    public static bool IsNameList(ReadOnlySpan<char> line)
    {
        if (WithoutRoleBrackets(line) is { } plain)
        {
            return IsNameList(plain.AsSpan());
        }

        line = Whitespace.Trim(line);
        if (line.Length == 0 || !char.IsUpper(line[0]) || Words.Count(line, MaxNameListWords + 1) > MaxNameListWords || Digits.Any(line))
        {
            return false;
        }

        return ReadNameList(line) is { } names && names.IndexOf(';') > 0;
    }

    /// <summary>
    /// How long the credit role is that opens <paramref name="rest"/>, when the <paramref name="gap"/> before it
    /// holds a semicolon ("Reporting by Jane Roe; Editing by …"): the next role's credit; else 0.
    /// </summary>
    public static int CreditRoleAfterSemicolon(ReadOnlySpan<char> gap, ReadOnlySpan<char> rest)
        => gap.IndexOf(';') >= 0 ? CreditRoleLength(rest) : 0;

    /// <summary>
    /// How long the role and byline's word are that open <paramref name="text"/>, a wire credit's part after a semicolon
    /// ("Editing by …", "Édité par …", "Redigiert von …"): a capitalised role of the lexicons' <c>CreditRoles</c>, then a
    /// byline's opening word; else 0. Any capitalised word would read "Max von Trott" or "Paola Di Lauro" as a role.
    /// </summary>
    public static int CreditRoleLength(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        if (!reader.Read() || reader.Start != 0 || !char.IsUpper(reader.Word[0]) || !LexiconTables.CreditRoles.Contains(reader.Word)
            || LexiconTables.BylinePrefixes.StartsAny(text))
        {
            return 0;
        }

        var after = reader.Start + reader.Length;
        while (after < text.Length && Whitespace.IsSpace(text[after]))
        {
            after++;
        }

        var prefix = after > reader.Length ? LexiconTables.BylinePrefixes.LongestStart(text.Slice(after)) : 0;
        return prefix > 0 ? after + prefix : 0;
    }

    /// <summary>Whether <paramref name="line"/> is an agency's credit line: "Kevin Morvan / AFP", "AA / Paris / Ümit Kaya".</summary>
    public static bool IsCredit(ReadOnlySpan<char> line) => Credit(line) is not null;

    /// <summary>Whether <paramref name="line"/> only announces the names on the next line: "Article rédigé par", "By".</summary>
    public static bool IsBylineLead(ReadOnlySpan<char> line) => s_leads.Contains(Whitespace.Trim(line).TrimEnd(':').TrimEnd());

    /// <summary>
    /// The name that opens <paramref name="line"/> when a dateline follows it on the same line:
    /// "Ümit Kaya | 06.12.2022", "Alexandre Delmas 07h06, le 31 décembre 2022".
    /// </summary>
    public static string? ReadLeadingName(ReadOnlySpan<char> line)
    {
        // "HBRS avec Claire Morel • Publié le …": the co-author's name leads the rest of the line;
        // what stands before the joining word is a name too, unless it is a desk's initials.
        var (before, after) = AroundCoAuthorWord(line);
        if (after > 0)
        {
            var first = Names(line.Slice(0, before), MinCreditNameWords, single: true);
            var lead = Whitespace.Trim(line.Slice(0, before));
            if (first is null && !(IsAllCapitals(lead) && Words.Count(lead, 2) == 1))
            {
                return null;
            }

            var coAuthor = ReadNameBeforeDate(line.Slice(after));
            return coAuthor is null || first is null ? coAuthor : first + "; " + coAuthor;
        }

        return ReadNameBeforeDate(line);
    }

    // Where a co-author word stands and where the text after it starts, when only capitalised
    // words (a name, initials) stand before it; else (-1, -1).
    private static (int Before, int After) AroundCoAuthorWord(ReadOnlySpan<char> line)
    {
        var words = 0;
        var reader = new WordReader(line);
        while (reader.Read() && words <= MaxNameWords)
        {
            var word = reader.Word;
            if (words > 0 && LexiconTables.CoAuthorWords.Contains(word))
            {
                return (reader.Start, reader.Start + reader.Length);
            }

            if (!char.IsUpper(word[0]) && !(words > 0 && NameParticles.Joiners.Contains(word)))
            {
                return (-1, -1);
            }

            words++;
        }

        return (-1, -1);
    }

    private static string? ReadNameBeforeDate(ReadOnlySpan<char> line)
    {
        var words = 0;
        var end = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            var word = reader.Word;
            if (IsNameWord(word, words))
            {
                end = reader.Start + reader.Length;
                if (++words > MaxNameWords)
                {
                    return null;
                }

                continue;
            }

            if (words > 0 && NameParticles.Joiners.Contains(word))
            {
                continue;
            }

            var gap = line.Slice(end, reader.Start - end);
            var datelineFollows = char.IsDigit(word[0]) || gap.IndexOf('|') >= 0 || gap.IndexOf('•') >= 0 || gap.IndexOf(',') >= 0
                || gap.IndexOf('-') >= 0 || gap.IndexOf('–') >= 0;
            return words >= MinCreditNameWords && datelineFollows ? Names(line.Slice(0, end), MinCreditNameWords, single: true) : null;
        }

        return null;
    }

    // "Kevin Morvan / AFP": a name, a slash, and an agency in capitals; not a caption's credit in
    // brackets. Agencies also sign the other way round: "AA / Paris / Ümit Kaya". A bar may part
    // the name from the agency as a slash does ("Carmen Ruiz | EFE"), and so may a co-author word
    // ("Thomas Girard avec AFP").
    private static string? Credit(ReadOnlySpan<char> line)
    {
        var slash = line.IndexOf('/');
        if (slash < 0)
        {
            var bar = line.IndexOf('|');
            if (bar > 0)
            {
                return AllAgencies(line.Slice(bar + 1), '|') ? CreditName(line.Slice(0, bar)) : null;
            }

            // "Thomas Girard avec AFP": a name, a co-author word, the agency.
            var (before, after) = AroundCoAuthorWord(line);
            return after > 0 && IsAgency(Whitespace.Trim(line.Slice(after))) ? CreditName(line.Slice(0, before)) : null;
        }

        if (slash == 0 || line.IndexOf('(') >= 0 || line.IndexOf('[') >= 0 || Words.Count(line, MaxCreditWords) > MaxCreditWords)
        {
            return null;
        }

        var lastSlash = line.LastIndexOf('/');
        var lead = Whitespace.Trim(line.Slice(0, slash));
        if (lead.Length >= 2 && IsAllCapitals(lead) && Words.Count(lead, 2) == 1)
        {
            var last = line.Slice(lastSlash + 1);
            return Words.Count(last, MaxNameWords + 1) is >= MinCreditNameWords and <= MaxNameWords ? Names(last, MinCreditNameWords, single: true) : null;
        }

        var agency = new WordReader(line.Slice(slash + 1));
        if (!agency.Read() || !((IsAllCapitals(agency.Word) && agency.Word.Length >= 2) || IsAgency(Whitespace.Trim(line.Slice(slash + 1)))))
        {
            return null;
        }

        return CreditName(line.Slice(0, slash));
    }

    // "EFE", "Europa Press | EFE": the parts after a name's bar, each an agency ("Ana Beltrán | Europa Press | EFE").
    private static bool AllAgencies(ReadOnlySpan<char> rest, char separator)
    {
        while (true)
        {
            var at = rest.IndexOf(separator);
            var part = Whitespace.Trim(at < 0 ? rest : rest.Slice(0, at));
            if (!IsAgency(part))
            {
                return false;
            }

            if (at < 0)
            {
                return true;
            }

            rest = rest.Slice(at + 1);
        }
    }

    private static string? CreditName(ReadOnlySpan<char> name)
        => Words.Count(name, MaxNameWords + 1) is >= MinCreditNameWords and <= MaxNameWords ? Names(name, MinCreditNameWords, single: true) : null;

    /// <summary>Whether <paramref name="word"/> is an agency the lexicons name ("Reuters", "ANSA"), in any capitals.</summary>
    public static bool IsListedAgency(ReadOnlySpan<char> word) => LexiconTables.Agencies.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> reads as an agency's name: "EFE", "AFP", "ANP", two capitals or more, or
    /// an agency the lexicons name ("Reuters", "Lusa", "Europa Press").
    /// </summary>
    public static bool IsAgency(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        if (char.IsUpper(word[0]) && LexiconTables.Agencies.Contains(word))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The names at the start of `text`: capitalised words with the particles between them
    // ("Sanne de Vries"), joined by commas or "and"; reading stops at anything else.
    // `capitals`: a name printed in capitals may be read, where a byline's word or a dateline says a name stands there.
    private static string? Names(ReadOnlySpan<char> text, int minWords, bool single = false, bool capitals = false)
    {
        // Most lines asked give no name: the builder is the thread's, not one per line.
        var names = t_names ?? new StringBuilder();
        t_names = null;
        names.Clear();
        try
        {
            return ReadNames(names, text, minWords, single, capitals);
        }
        finally
        {
            t_names = names;
        }
    }

    // The thread's builder for Names, free while no reading of names is under way.
    [ThreadStatic]
    private static StringBuilder? t_names;

    private static string? ReadNames(StringBuilder names, ReadOnlySpan<char> text, int minWords, bool single, bool capitals)
    {
        var current = 0;
        var count = 0;
        var nameStart = -1;
        var nameEnd = -1;
        var shortest = int.MaxValue;
        var afterComma = false;
        var reader = new WordReader(text);
        var previousEnd = 0;
        while (reader.Read())
        {
            var word = reader.Word;
            var gap = text.Slice(previousEnd, reader.Start - previousEnd);
            previousEnd = reader.Start + reader.Length;
            // "Reporting by Jane Roe; Editing by Tom Poe": the next role's credit, not another writer.
            if (CreditRoleAfterSemicolon(gap, text.Slice(reader.Start)) > 0)
            {
                // "…, Kiel; Redigiert von …": one word after a comma, after whole names, is the writers' place (as below).
                if (current > 0 && !IsWritersPlace(current, count, afterComma, shortest))
                {
                    shortest = Math.Min(shortest, current);
                    Flush(names, text, nameStart, nameEnd, current, minWords, ref count);
                    current = 0;
                }

                break;
            }

            var joinsNames = gap.IndexOf(',') >= 0 || gap.IndexOf(';') >= 0 || gap.IndexOf('&') >= 0 || s_and.Contains(word);
            // "Words by Jane Roe. Photographs by Tom Poe": a full stop after a word of a name (no initial's) ends the names.
            var sentenceEnd = current > 0 && EndsSentenceAfterName(gap, text, nameEnd);
            var stops = current > 0 && StopsName(gap);
            if (current > 0 && (joinsNames || stops || sentenceEnd))
            {
                // "Von Jürgen Albers, Hamburg | Stand: …": the place, before the dateline's bar.
                if (stops && IsWritersPlace(current, count, afterComma, shortest))
                {
                    current = 0;
                    break;
                }

                shortest = Math.Min(shortest, current);
                var flushed = Flush(names, text, nameStart, nameEnd, current, minWords, ref count);
                current = 0;
                if (!flushed || single || stops || sentenceEnd)
                {
                    break;
                }

                if (s_and.Contains(word))
                {
                    continue;
                }
            }

            // "Text: Florian Haslach, Fotos: Martina Egger": after a name, a word glued to a colon opens the next credit.
            // "By Reuters and AFP", "Por Europa Press": an agency the lexicons name opens no writer's name, and ends the names.
            if (current == 0 && ((count > 0 && IsLabel(text, reader.Start + reader.Length))
                || (char.IsUpper(word[0]) && AgencyAt(text.Slice(reader.Start)))))
            {
                break;
            }

            // "By J. Roe", "Jane R. Roe": an initial stands for a first name, in a byline or after a first name; a
            // line alone that opens with one is as often a lettered heading ("A. Background").
            var initial = (capitals || current > 0) && word.Length == 1 && char.IsUpper(word[0]) && reader.Start + 1 < text.Length && text[reader.Start + 1] == '.';
            if (initial || IsNameWord(word, current, capitals ? text.Slice(reader.Start) : default))
            {
                afterComma = current == 0 ? gap.IndexOf(',') >= 0 : afterComma;
                nameStart = current == 0 ? reader.Start : nameStart;
                nameEnd = reader.Start + reader.Length;
                if (++current > MaxNameWords)
                {
                    return null;
                }

                continue;
            }

            if (current > 0 && NameParticles.Joiners.Contains(word))
            {
                continue;
            }

            // "Marie-Hélène d'Aubigny": a particle elided into the surname that ends the name; before a capital
            // that goes on it is a paper's or a company's name ("Jeanne Roux d'Horizon Matin").
            if (current > 0 && IsElidedParticleName(word) && !GoesOnWithACapital(text.Slice(reader.Start + reader.Length)))
            {
                nameEnd = reader.Start + reader.Length;
                if (++current > MaxNameWords)
                {
                    return null;
                }

                continue;
            }

            // "By Jane Roe, Political Correspondent", "…, Coastal Gazette": capitals after the first name that end
            // on a job or a publication's word are the writer's job or paper, not a second writer.
            if (current > 0 && count > 0 && (LexiconTables.BylineRoles.Contains(word) || LexiconTables.PublicationWords.Contains(word)))
            {
                current = 0;
            }

            // "By Jane Roe jroe@example.org": the writer's e-mail address after the name ends the names.
            if (current > 0 && IsEmailAddress(text.Slice(reader.Start)))
            {
                Flush(names, text, nameStart, nameEnd, current, minWords, ref count);
                current = 0;
                break;
            }

            // "Service d'information du Gouvernement", "Decreto del gobierno": capitals that run on
            // into a phrase name a body or open a sentence, not a person. A function word may follow
            // a name ("Par Claire Dubois le 12 mars").
            // "Von Jürgen Albers am 12.03.2024": nor may a word that brings in the date.
            if (current > 0 && char.IsLower(word[0]) && !LexiconTables.Stopwords.Contains(word) && !DateReader.OpensWithDate(text.Slice(reader.Start + reader.Length)))
            {
                current = 0;
            }

            break;
        }

        // A particle read after the last name word is not part of it: nameEnd stops at that word. The
        // last word may be the writers' place ("Von Lena Brandt und Tobias Kern, Hamburg").
        if (current > 0 && !IsWritersPlace(current, count, afterComma, shortest))
        {
            Flush(names, text, nameStart, nameEnd, current, minWords, ref count);
        }

        return names.Length == 0 ? null : names.ToString();
    }

    private static bool Flush(StringBuilder names, ReadOnlySpan<char> text, int start, int end, int words, int minWords, ref int count)
    {
        if (words < minWords || count == MaxNames)
        {
            return false;
        }

        if (names.Length > 0)
        {
            names.Append("; ");
        }

        // A name broken over two lines, or with a doubled space, reads with single spaces.
        var space = false;
        foreach (var c in text.Slice(start, end - start))
        {
            if (Whitespace.IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                names.Append(' ');
                space = false;
            }

            names.Append(c);
        }

        count++;
        return true;
    }

    // "By Priya Shah, Leeds": one word after a comma, after whole names, is the place the writers file from.
    // Writers listed by surname ("Par Dupont, Martin") stay.
    private static bool IsWritersPlace(int current, int count, bool afterComma, int shortest)
        => current == 1 && count > 0 && afterComma && shortest >= MinCreditNameWords;

    // A particle the lexicons elide into a surname ("d'"; "l'" is an article: "de l'ONG Nova"), before a
    // capitalised word that is no acronym.
    private static bool IsElidedParticleName(ReadOnlySpan<char> word)
        => Speakers.Elision.TrySplit(word, out var particle, out var surname) && LexiconTables.ElidedNameParticles.Contains(particle)
            && char.IsUpper(surname[0]) && !IsAllCapitals(surname);

    // Whether the next word of `rest` is capitalised, with nothing but spaces before it.
    private static bool GoesOnWithACapital(ReadOnlySpan<char> rest)
    {
        var next = new WordReader(rest);
        return next.Read() && Whitespace.Trim(rest.Slice(0, next.Start)).Length == 0 && char.IsUpper(next.Word[0]);
    }

    // Whether the run of characters that `rest` opens, up to the next space, is an e-mail address ("jane.roe@example.org").
    private static bool IsEmailAddress(ReadOnlySpan<char> rest)
    {
        for (var i = 0; i < rest.Length && !char.IsWhiteSpace(rest[i]); i++)
        {
            if (rest[i] == '@')
            {
                return true;
            }
        }

        return false;
    }

    // An agency the lexicons name opens `text`, as whole words: "Belgacem Haddad" starts with "Belga"'s letters only.
    private static bool AgencyAt(ReadOnlySpan<char> text)
    {
        var length = LexiconTables.Agencies.LongestStart(text);
        return length > 0 && (length == text.Length || !char.IsLetterOrDigit(text[length]));
    }

    // A full stop right after a name's last word, when that word is no initial ("J.") nor an abbreviation in
    // capitals ("Jr."): three letters or more with one in lower case.
    private const int MinWordBeforeFullStop = 3;

    private static bool EndsSentenceAfterName(ReadOnlySpan<char> gap, ReadOnlySpan<char> text, int nameEnd)
    {
        if (gap.Length == 0 || gap[0] != '.' || nameEnd < MinWordBeforeFullStop)
        {
            return false;
        }

        var start = nameEnd;
        var lower = false;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            lower |= char.IsLower(text[start - 1]);
            start--;
        }

        // "Prof.", "Dra.", "Snr.": an honorific's or an abbreviation's stop ends no sentence. The names end only where the
        // next credit opens after the stop: a credit word ("Photographs by …") or a byline's words.
        if (!lower || nameEnd - start < MinWordBeforeFullStop || LexiconTables.Abbreviations.Contains(text.Slice(start, nameEnd - start)))
        {
            return false;
        }

        var rest = text.Slice(nameEnd + gap.Length);
        var next = new WordReader(rest);
        return next.Read() && (LexiconTables.BylinePrefixes.StartsAny(rest) || StartsCreditWord(next.Word) || CreditRoleLength(rest) > 0);
    }

    // "Photographs", "Fotos", "Photos": a credit word or its plural.
    private static bool StartsCreditWord(ReadOnlySpan<char> word)
        => LexiconTables.CreditWords.Contains(word) || (word.Length > 1 && word[word.Length - 1] is 's' or 'S' && LexiconTables.CreditWords.Contains(word.Slice(0, word.Length - 1)));

    // Whether a colon follows the word ending at `end`, maybe past one space (French "Photos :").
    private static bool IsLabel(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && Whitespace.IsSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ':';
    }

    // A dash, bar or bullet between words ends the names: "Par Jane Doe - 31 déc. 2022", "By Jane Doe | The Post",
    // "Texto: Ana Gil · Fotos: Luis Peña" (a middle dot apart parts the text's credit from the photos'; between two
    // letters it is a Catalan name's: "Marcel·lí Pons").
    private static bool StopsName(ReadOnlySpan<char> gap)
        => gap.IndexOf('|') >= 0 || gap.IndexOf('•') >= 0 || (gap.IndexOf('·') >= 0 && gap.IndexOf(' ') >= 0) || gap.IndexOf('-') >= 0 || gap.IndexOf('–') >= 0 || gap.IndexOf('—') >= 0
        || gap.IndexOf('(') >= 0 || gap.IndexOf('/') >= 0 || gap.IndexOf(':') >= 0
        || gap.IndexOf('>') >= 0 || gap.IndexOf('›') >= 0 || gap.IndexOf('»') >= 0;

    // A capitalised word that is no function word ("La rédaction", "The Times") and no agency
    // acronym on its own ("AFP"); a surname in capitals after a first name is ("Marta ROSSEL"), and
    // so is a whole name printed in capitals ("JANE ROE"), which `rest`, the text from the word on, shows.
    private static bool IsNameWord(ReadOnlySpan<char> word, int wordsSoFar, ReadOnlySpan<char> rest = default)
    {
        if (!char.IsUpper(word[0]) || char.IsDigit(word[word.Length - 1]))
        {
            return false;
        }

        if (wordsSoFar == 0 && (LexiconTables.Stopwords.Contains(word) || (IsAllCapitals(word) && !CapitalsNames.StartsName(rest))))
        {
            return false;
        }

        return !LexiconTables.Calendar.Contains(word) && !LexiconTables.BylineRoles.Contains(word) && !LexiconTables.PublicationWords.Contains(word);
    }

    internal static WordTable Leads()
    {
        var leads = new List<string>();
        foreach (var lexicon in Lexicon.All)
        {
            foreach (var prefix in lexicon.BylinePrefixes)
            {
                leads.Add(prefix.Trim().TrimEnd(':').TrimEnd());
            }
        }

        return WordTable.Of(leads);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
