using System;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Someone's words with who said them after a comma ("…, rappelle la région", "„…“, verspricht Martina Lang"):
/// reported speech is the article's text, whatever its words. An appeal's phrase quoted from a publisher ("le
/// journalisme a un coût …, rappelle le maire") or a call quoted from a contractor ("Volg ons op de voet, zei de
/// aannemer") is no appeal of the site's; a quotation with its speaker's full name is a sentence even when a dump
/// lost its final full stop ("« On ne lâchera rien », promet Martine Lefort"), where a teaser headline names an
/// office or a surname ("« Nous ne lâcherons rien », promet la maire").
/// </summary>
internal static class AttributedSpeech
{
    // "…, promet Martine Lefort": the speaker is a name or a description of a few words.
    private const int MaxSpeakerWords = 5;

    // A first name and a surname; an apposition of a sentence's length at most ("que vende fruta en el mercado desde hace treinta años").
    private const int MinNameWords = 2;
    private const int MaxAppositionWords = 12;

    // "l'assessora", "marktmeester", "the harbour master": an office of a word or two before the name.
    private const int MaxOfficeWords = 3;

    /// <summary>Whether a comma in <paramref name="line"/> is followed by a reporting verb and its subject: ", sagt der Verleger".</summary>
    public static bool IsAttributed(ReadOnlySpan<char> line)
    {
        for (var comma = line.IndexOf(','); comma >= 0; comma = NextComma(line, comma))
        {
            if (VerbWithSubject(line.Slice(comma + 1)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> ends on a quotation's attribution: a closing quotation mark, a comma, a
    /// reporting verb and a speaker of a few words ("« On ne lâchera rien », promet Martine Lefort").
    /// </summary>
    public static bool EndsOnAttribution(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (line.Length == 0 || !char.IsLetter(line[line.Length - 1]))
        {
            return false;
        }

        // The quotation's closing mark, with the comma after it ("« … », promet …") or, in English, before it ("…," said …).
        var close = line.LastIndexOfAny(ClosingQuotes);
        if (close <= 0)
        {
            return false;
        }

        var after = Whitespace.Trim(line.Slice(close + 1));
        if (after.Length > 0 && after[0] == ',')
        {
            return NamedSpeakerEnds(after.Slice(1));
        }

        return Whitespace.Trim(line.Slice(0, close)) is { Length: > 0 } before && before[before.Length - 1] == ',' && NamedSpeakerEnds(after);
    }

    // After the comma: a reporting verb, the speaker's full name (two capitalised words, particles between them:
    // "Jan de Vries") and at most an apposition after a comma ("…, said Owen Hale, the trust's chairman"). A
    // headline quotes its speaker by the surname or the office ("…, promet la maire"), so a teaser ends otherwise.
    private static bool NamedSpeakerEnds(ReadOnlySpan<char> rest)
    {
        var reader = new WordReader(rest);
        if (!reader.Read() || Whitespace.Trim(rest.Slice(0, reader.Start)).Length > 0 || !SpeechTables.All.InvertingVerbs.Contains(reader.Word))
        {
            return false;
        }

        var names = 0;
        var office = 0;
        var end = reader.Start + reader.Length;
        while (reader.Read())
        {
            var gap = rest.Slice(end, reader.Start - end);
            end = reader.Start + reader.Length;
            if (gap.IndexOf(',') >= 0)
            {
                // The apposition: a few words to the line's end.
                var apposition = 1;
                while (reader.Read())
                {
                    apposition++;
                }

                return names >= MinNameWords && apposition <= MaxAppositionWords;
            }

            if (char.IsUpper(reader.Word[0]) && names < MaxSpeakerWords)
            {
                names++;
            }
            else if (names == 0 && office < MaxOfficeWords)
            {
                // "zegt marktmeester Henk Bos", "spiega l'assessora Rosa Lorusso": the office before the name.
                office++;
            }
            else if (names == 0 || !Metadata.NameParticles.Joiners.Contains(reader.Word))
            {
                return false;
            }
        }

        return names >= MinNameWords;
    }

    // After a comma: a reporting verb that may precede its subject, then the subject's words; their count, or 0.
    private static int VerbWithSubject(ReadOnlySpan<char> rest)
    {
        var reader = new WordReader(rest);
        if (!reader.Read() || Whitespace.Trim(rest.Slice(0, reader.Start)).Length > 0 || !SpeechTables.All.InvertingVerbs.Contains(reader.Word))
        {
            return 0;
        }

        var subject = 0;
        while (subject <= MaxSpeakerWords && reader.Read())
        {
            subject++;
        }

        return subject;
    }

    private static int NextComma(ReadOnlySpan<char> line, int comma)
    {
        var next = line.Slice(comma + 1).IndexOf(',');
        return next < 0 ? -1 : comma + 1 + next;
    }

    // Double marks only: an apostrophe ("the trust's") closes no quotation.
    private static ReadOnlySpan<char> ClosingQuotes => "\"”»“".AsSpan();
}
