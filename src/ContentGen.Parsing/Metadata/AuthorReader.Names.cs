using System;
using System.Text;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// The names in a byline's text, read word by word: where a name starts and stops, the particles
// and initials it may hold, and the words (a place, a date, a desk, an address) that end it.
internal static partial class AuthorReader
{
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

            // "By Jane Roe, Local Democracy Reporting Service", "Par Claire Roy, Service Régions": after a first writer and a
            // comma, a desk's or an office's word (DeskWords, JobOfficeWords) among the capitals names the service she writes
            // for, not a second writer, as does a compound ending on one ("Südwelle-Studio": DeskCompounds). A writer alone keeps
            // such a surname ("By Robert Service").
            if (count > 0 && (current == 0 ? gap.IndexOf(',') >= 0 : afterComma)
                && IsDeskOrOfficeWord(word))
            {
                current = 0;
                break;
            }

            // "By J. Roe", "Jane R. Roe": an initial stands for a first name, in a byline or after a first name; a
            // line alone that opens with one is as often a lettered heading ("A. Background").
            var initial = (capitals || current > 0) && word.Length == 1 && char.IsUpper(word[0]) && reader.Start + 1 < text.Length && text[reader.Start + 1] == '.';
            if (initial || IsNameWord(word, current, capitals ? text.Slice(reader.Start) : default, afterName: count > 0))
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
            // "By Tom Hale and Priya Nair, Courts Reporters": a job the writers share, after their names.
            if (current > 0 && count > 0 && (LexiconTables.BylineRoles.Contains(word) || LexiconTables.BylineRolePlurals.Contains(word) || LexiconTables.PublicationWords.Contains(word)))
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
        // "Oui Non" under a feedback question: the page's buttons, however like a name they are set.
        if (words < minWords || count == MaxNames || IsControlsLine(text.Slice(start, end - start)))
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
            && char.IsUpper(surname[0]) && !LetterCase.HasNoLowerCase(surname);

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

    private static bool EndsSentenceAfterName(ReadOnlySpan<char> gap, ReadOnlySpan<char> text, int nameEnd)
    {
        if (gap.Length == 0 || gap[0] != '.' || nameEnd < MinWordBeforeFullStop)
        {
            return false;
        }

        // "Prof.", "Dra.", "Snr.": an honorific's or an abbreviation's stop ends no sentence. The names end only where the
        // next credit opens after the stop: a credit word ("Photographs by …") or a byline's words.
        if (WordBeforeStop.IsAbbreviation(text, nameEnd, out var start) || nameEnd - start < MinWordBeforeFullStop
            || LetterCase.HasNoLowerCase(text.Slice(start, nameEnd - start)))
        {
            return false;
        }

        var rest = text.Slice(nameEnd + gap.Length);
        var next = new WordReader(rest);
        return next.Read() && (LexiconTables.BylinePrefixes.StartsAny(rest) || StartsCreditWord(next.Word) || CreditRoleLength(rest) > 0);
    }

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
    // `afterName`: a name was read before this one ("By JANE ROE and TOM FOX"), so one in capitals needs no long word.
    private static bool IsNameWord(ReadOnlySpan<char> word, int wordsSoFar, ReadOnlySpan<char> rest = default, bool afterName = false)
    {
        if (!char.IsUpper(word[0]) || char.IsDigit(word[word.Length - 1]))
        {
            return false;
        }

        if (wordsSoFar == 0 && (LexiconTables.Stopwords.Contains(word) || (LetterCase.HasNoLowerCase(word) && !CapitalsNames.OpensWithName(rest, needsLongWord: !afterName))))
        {
            return false;
        }

        return !LexiconTables.Calendar.Contains(word) && !LexiconTables.BylineRoles.Contains(word) && !LexiconTables.BylineRolePlurals.Contains(word)
            && !LexiconTables.PublicationWords.Contains(word);
    }
}
