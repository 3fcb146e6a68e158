using System;
using System.Text;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A byline of two writers, each with their job: "By Jane Roe, Transport Editor, and Tom Poe, Data Reporter", "Ana
/// Vidal, jefa de Cultura, y Luis Mora, redactor", "di Luca Neri (inviato a Porto Alba) e Sara Villa". The jobs,
/// between commas or in brackets, part the names; read without them, the line is a plain list of writers.
/// </summary>
internal static class CoAuthorJobs
{
    // A byline, not a sentence: a few names and their jobs.
    private const int MaxWords = 16;

    // A job is a few words ("correspondant à Lyon", "jefa de Cultura", "inviato a Porto Alba") with a job's word.
    private const int MaxJobWords = 5;

    // The words that join the second writer to the first ("and", "et", "und", "y", "e", "en").
    private static readonly WordTable s_and = WordTable.Of(new[] { "and", "et", "und", "y", "e", "en" });

    /// <summary>
    /// <paramref name="line"/> without its writers' jobs ("By Jane Roe and Tom Poe"), when every part after the first
    /// name is a job or "and" with another name, a job is left out and a second writer is joined; else
    /// <see langword="null"/>.
    /// </summary>
    public static string? WithoutJobs(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        // Asked of every line that may be a byline: the checks of a few characters go before the count of words.
        if (line.Length == 0 || (line.IndexOf(',') < 0 && line.IndexOf('(') < 0) || Structure.Punctuation.EndsSentence(line)
            || Words.MoreThan(line, MaxWords))
        {
            return null;
        }

        // Checked first without building anything: most lines with a comma are no such byline.
        // "Par Claire Morel, prévisionniste, et …": a lower-case job only after a writer's name, read once for the line
        // ("Par ailleurs, le maire, absent, et …" opens no such byline).
        var byline = LexiconTables.BylinePrefixes.LongestStart(line) > 0 && NamesAWriter(line);
        if (!Read(line, null, byline))
        {
            return null;
        }

        var plain = new StringBuilder(line.Length);
        Read(line, plain, byline);
        return plain.ToString();
    }

    // Reads the parts of `line`, appending the names and their joining words to `plain` when given; whether the line
    // is such a byline.
    // `byline`: the line opens with a byline's word ("Par", "By") and a writer's name, so a lower-case apposition after it is that writer's job.
    private static bool Read(ReadOnlySpan<char> line, StringBuilder? plain, bool byline)
    {
        var jobs = 0;
        var joined = false;
        var first = true;

        // Dutch "en" ("and") is French and Spanish "in" ("enviado especial, en Puerto Alba"): a writer it joins must be
        // followed by a job of their own.
        var jobOwed = false;
        var rest = line;
        while (rest.Length > 0)
        {
            // The next part: up to a comma, or a bracket's whole content.
            var cut = rest.IndexOfAny(',', '(');
            var part = Whitespace.Trim(cut < 0 ? rest : rest.Slice(0, cut));
            if (first)
            {
                if (part.Length == 0)
                {
                    return false;
                }

                plain?.Append(part.ToString());
                first = false;
            }
            else if (part.Length > 0)
            {
                if (IsJob(part) || (byline && IsLowerCaseJob(part)))
                {
                    jobs++;
                    jobOwed = false;
                }
                else if (!jobOwed && SecondWriter(part) is var writer and not Joiner.None)
                {
                    plain?.Append(' ').Append(part.ToString());
                    joined = true;
                    jobOwed = writer == Joiner.Ambiguous;
                }
                else
                {
                    return false;
                }
            }

            if (cut < 0)
            {
                break;
            }

            if (rest[cut] == '(')
            {
                var close = rest.Slice(cut).IndexOf(')');
                if (close < 0 || !IsJob(Whitespace.Trim(rest.Slice(cut + 1, close - 1))))
                {
                    return false;
                }

                jobs++;
                jobOwed = false;
                rest = rest.Slice(cut + close + 1);
                // "(inviato a Porto Alba) e Sara Villa": what follows the bracket is the next part.
                var after = Whitespace.Trim(rest.IndexOf(',') is var comma && comma >= 0 ? rest.Slice(0, comma) : rest);
                if (after.Length > 0)
                {
                    if (SecondWriter(after) is not (var joiner and not Joiner.None))
                    {
                        return false;
                    }

                    plain?.Append(' ').Append(after.ToString());
                    joined = true;
                    jobOwed = joiner == Joiner.Ambiguous;
                }

                rest = comma >= 0 ? rest.Slice(comma + 1) : ReadOnlySpan<char>.Empty;
                continue;
            }

            rest = rest.Slice(cut + 1);
        }

        return jobs > 0 && joined && !jobOwed;
    }

    // A few words with a job's word among them: "Transport Editor", "jefa de Cultura", "correspondant à Lyon".
    private static bool IsJob(ReadOnlySpan<char> part)
    {
        var reader = new WordReader(part);
        var words = 0;
        var job = false;
        while (reader.Read())
        {
            if (++words > MaxJobWords)
            {
                return false;
            }

            job |= LexiconTables.BylineRoles.Contains(reader.Word) || LexiconTables.BylineRolePlurals.Contains(reader.Word)
                || LexiconTables.NewsroomHeads.Contains(reader.Word);
        }

        return job;
    }

    // Whether the line's first part, past the byline's word, is a person's name alone.
    private static bool NamesAWriter(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        var first = comma < 0 ? line : line.Slice(0, comma);
        return AuthorReader.ReadBareName(Whitespace.Trim(first.Slice(LexiconTables.BylinePrefixes.LongestStart(first)))) is not null;
    }

    // A lower-case apposition of a few words without a digit ("prévisionniste", "fotógrafa", "weather forecaster"): after a
    // name in a line opened by a byline's word, what that writer does, whatever the job is called.
    private const int MaxLowerCaseJobWords = 3;

    private static bool IsLowerCaseJob(ReadOnlySpan<char> part)
    {
        if (part.Length == 0 || !char.IsLower(part[0]) || Digits.Any(part) || Words.MoreThan(part, MaxLowerCaseJobWords))
        {
            return false;
        }

        // "and Tom Poe": a joining word opens the second writer, never a job.
        var reader = new WordReader(part);
        return reader.Read() && !s_and.Contains(reader.Word);
    }

    private enum Joiner
    {
        None,
        Plain,
        Ambiguous,
    }

    // "and Tom Poe", "y Luis Mora": a joining word, then a person's name alone (two words or more, no desk or agency:
    // "y Agencias" credits no writer). "en" joins a name only in Dutch: Ambiguous.
    private static Joiner SecondWriter(ReadOnlySpan<char> part)
    {
        var reader = new WordReader(part);
        if (!reader.Read() || reader.Start != 0 || !s_and.Contains(reader.Word))
        {
            return Joiner.None;
        }

        var ambiguous = reader.Word.Equals("en".AsSpan(), StringComparison.OrdinalIgnoreCase);
        var name = Whitespace.Trim(part.Slice(reader.Length));
        return name.Length == 0 || AuthorReader.ReadBareName(name) is null || AuthorReader.NamesADesk(name) ? Joiner.None
            : ambiguous ? Joiner.Ambiguous : Joiner.Plain;
    }
}
