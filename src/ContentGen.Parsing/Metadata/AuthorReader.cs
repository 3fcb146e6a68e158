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
internal static partial class AuthorReader
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

    // A job's line under a name: a few words, or more when the job opens it and says where it is held.
    private const int MaxRoleLineWords = 10;

    // "Politik|redakteur": a compound job's head and the job in it.
    private const int MinCompoundHead = 3;
    private const int MinCompoundRole = 8;

    // The byline prefixes as whole lines: "Par", "By", "Article rédigé par", "Autor".
    private static readonly WordTable s_leads = Leads();

    // Words that join two authors' names: "Jane Doe and John Smith", "Paul et Marie Martin".
    private static readonly WordTable s_and = WordTable.Of(new[] { "and", "et", "und", "y", "e", "en", "&" });

    /// <summary>Whether <paramref name="word"/> joins two writers' names ("and", "et", "und", "y", "e", "en", "&amp;"), in any case.</summary>
    public static bool IsNameJoiningWord(ReadOnlySpan<char> word) => s_and.Contains(word);

    /// <summary>Whether <paramref name="line"/> opens with a byline's word and names its writer: "Par Anne Martin".</summary>
    public static bool IsPrefixedByline(ReadOnlySpan<char> line) => LexiconTables.BylinePrefixes.StartsAny(line) && Read(line) is not null;

    /// <summary>The author names <paramref name="line"/> gives, or <see langword="null"/>.</summary>
    public static string? Read(ReadOnlySpan<char> line)
    {
        // "(Reporting by Jane Roe; Editing by Tom Poe)" under a wire's story: the reporter, never the editor.
        if (line.Length > 0 && line[0] == '(' && Structure.WireCredits.IsCredit(line))
        {
            return ReadWireCredit(line);
        }

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

        // "Por Ana Ruiz y Luis Soto, enviados especiales": the writers' shared job aside.
        if (SharedJobBylines.WithoutJob(line) is { } shared)
        {
            return Read(shared.AsSpan());
        }

        var prefix = LexiconTables.BylinePrefixes.LongestStart(line);
        if (prefix > 0)
        {
            if (Words.Count(line, MaxBylineWords) > MaxBylineWords)
            {
                // "Par Camille Rouvière - Le 14/05/2024 à 06h30 - Mis à jour le …": a byline that runs on into its
                // dateline names its writers before the dash.
                var dateline = DatelineAfterDash(line);
                return dateline > 0 ? Read(line.Slice(0, dateline)) : null;
            }

            // "Con información de Agencia Norte", "Por Agencia Norte": the byline's words credit a desk, nobody by name.
            // "Par [12]Jeanne Roux": lynx's marker of the link to the writer's page is no word of the name.
            var named = PastRole(Structure.LinkMarkers.PastLeading(line.Slice(prefix)));

            // "Par [8]Jeanne Roux et [9]Paul Mercier": lynx links each writer, so a marker may stand before every name.
            if (Structure.LinkMarkers.Without(named) is { } unmarked)
            {
                return Read((line.Slice(0, prefix).ToString() + unmarked).AsSpan());
            }

            if (NamesADesk(Whitespace.Trim(named)) || NamesADeskByItsHead(Whitespace.Trim(named)) || Names(named, minWords: 1, capitals: true) is not { } names)
            {
                return null;
            }

            return WithCoAuthor(names, named);
        }

        return Credit(line) ?? ReadNameWithRole(line);
    }

    // Where the first dash, bar or bullet parts the line from a dateline after it ("Par X - Le 14/05/2024 …"), or -1.
    private static int DatelineAfterDash(ReadOnlySpan<char> line)
    {
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '-' or '–' or '—' or '|' or '•' && Whitespace.IsSpace(line[i - 1]) && Whitespace.IsSpace(line[i + 1]))
            {
                return DateReader.Read(line.Slice(i + 1)) is not null ? i : -1;
            }
        }

        return -1;
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

        // The whole line, not a name that opens a sentence: "Julien Martin a dit" is no byline. "Ende des Artikels" under the
        // last paragraph, the page's mark that the article ends, has a name's shape in German (ArticleEndMarks).
        return name is not null && name.Length == Whitespace.Trim(line).Length && !Structure.ArticleEndMarks.IsMark(line) ? name : null;
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
        if (Digits.Any(line) || Words.Count(line, MaxRoleLineWords + 1) > MaxRoleLineWords)
        {
            return false;
        }

        // "Wirtschaftskorrespondentin für Südamerika": a line that opens with the job may say where it is held.
        var few = Words.Count(line, MaxNameWords + 1) <= MaxNameWords;
        var reader = new WordReader(line);
        for (var words = 0; reader.Read(); words++)
        {
            if ((words == 0 || few) && (LexiconTables.BylineRoles.Contains(reader.Word) || IsCompoundRole(reader.Word)))
            {
                return few || !Structure.Punctuation.EndsSentence(line);
            }
        }

        return false;
    }

    // "Politikredakteur", "Auslandskorrespondentin", "sportverslaggever": German and Dutch join the desk to the job in one
    // word. The job is a long one (eight letters or more) after a few letters at least.
    private static bool IsCompoundRole(ReadOnlySpan<char> word)
    {
        for (var start = MinCompoundHead; word.Length - start >= MinCompoundRole; start++)
        {
            if (LexiconTables.BylineRoles.Contains(word.Slice(start)))
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
        return names.AsSpan().EndsWith(lastWord, StringComparison.Ordinal) ? names : null;
    }

    // "Claire Aubert, avec Julien Roche", "Jane Roe, with Tom Poe": the one name read and the co-author after the comma and
    // the co-author word, which the names' reading stops at.
    private static string WithCoAuthor(string names, ReadOnlySpan<char> named)
        => NameAfterCoAuthorWord(named) is { } second && names.IndexOf(';') < 0 ? names + "; " + second : names;

    /// <summary>
    /// The second writer a byline names after its first, a comma and a co-author's word ("Par Yann Kervella, avec Anaïs
    /// Doré à Nantes", "Von Anna Berg, mit Tim Vogt"): a whole name of two words or more, no agency ("avec AFP"), no desk
    /// ("with Agencies"), no German noun phrase ("mit Material von dpa"); else <see langword="null"/>. Bylines and wires'
    /// credits only.
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
        if (line.Length == 0 || !char.IsLetter(line[line.Length - 1]) || !LetterCase.HasNoLowerCase(line) || Words.Count(line, MaxNameListWords + 1) > MaxNameListWords)
        {
            return null;
        }

        var names = Names(line, MinCreditNameWords, capitals: true);
        var lastWord = line.Slice(line.LastIndexOf(' ') + 1);
        return names is not null && names.AsSpan().EndsWith(lastWord, StringComparison.Ordinal) ? names : null;
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

        return ReadStampByline(line);
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
            if (first is null && !(LetterCase.HasNoLowerCase(lead) && Words.Count(lead, 2) == 1))
            {
                return null;
            }

            var coAuthor = ReadNameBeforeDate(line.Slice(after));
            return coAuthor is null || first is null ? coAuthor : first + "; " + coAuthor;
        }

        // "Ana Gil y Luis Mora | Madrid | 20/03/2025": the writers before the first bar or bullet, two or more of them.
        if (NameListBeforeMark(line) is { } writers)
        {
            return writers;
        }

        return ReadNameBeforeDate(line);
    }

    // The names listed, and nothing else, before the line's first bar, bullet or middle dot; else null.
    private static string? NameListBeforeMark(ReadOnlySpan<char> line)
    {
        var mark = ShareSegments.FirstSeparator(line);
        if (mark <= 0)
        {
            return null;
        }

        var before = Whitespace.Trim(line.Slice(0, mark));
        return before.Length > 0 && IsNameList(before) ? ReadNameList(before) : null;
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

    // The thread's builder for Names, free while no reading of names is under way.
    [ThreadStatic]
    private static StringBuilder? t_names;

    // A full stop right after a name's last word, when that word is no initial ("J.") nor an abbreviation in
    // capitals ("Jr."): three letters or more with one in lower case.
    private const int MinWordBeforeFullStop = 3;

    internal static WordTable Leads()
    {
        var leads = new List<string>();
        foreach (var lexicon in Lexicon.All)
        {
            foreach (var prefix in lexicon.BylinePrefixes)
            {
                leads.Add(prefix.Trim().TrimEnd(':').TrimEnd());
            }

            foreach (var credit in lexicon.InterviewCredits)
            {
                leads.Add(credit);
            }
        }

        return WordTable.Of(leads);
    }
}
