using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A third person's pronoun as the subject of the cue right before the inner mark names someone other
/// than the teller: <c>"One stranger came in, and he said, '…'"</c>, <c>« Un voisin est passé, et il
/// m'a dit : “…” »</c>, <c>„Ein Nachbar kam vorbei, und er hat gesagt: ‚…‘“</c>, <c>‘Een buurman kwam
/// langs. Toen zei hij: “…”’</c>, <c>«Vino un vecino y él me dijo: “…”»</c>, <c>«È passato un vicino e
/// lui mi ha detto: “…”»</c>, <c>«Passou um vizinho e ele disse-me: “…”»</c>. The pronoun points back
/// into the teller's own words: the one person mentioned there before the cue says the inner quote, by
/// the label convention (the noun of someone brought in by an indefinite article or the teller's
/// relative), or by name when the mention is someone the article already quoted. When the teller
/// mentions no one, two people, someone by a name the article quotes nowhere, or a relative the
/// article may name (InnerQuoteSpeaker.Reporter.cs, NamesKin), the inner quote goes to no one,
/// though it is never the teller's.
/// </summary>
internal static partial class InnerQuoteSpeaker
{
    /// <summary>
    /// Whether the outer quote's clause right before the inner mark at <paramref name="innerOpen"/> has a third
    /// person singular pronoun as the subject of its one verb of saying, and no first person as a subject;
    /// <paramref name="speaker"/> is then the person the pronoun points back to, or null when the teller's words
    /// do not say who. Reads one clause back on the stack, and the outer quote's words before it only then.
    /// </summary>
    public static bool ThirdPersonCue(string text, int outerOpen, int innerOpen, SpeechTables words, IReadOnlyList<TextBlock> paragraphs,
        IReadOnlyList<Quote> quotes, string? outerSpeaker, out string? speaker)
    {
        speaker = null;
        Span<int> starts = stackalloc int[MaxCueWords];
        Span<int> ends = stackalloc int[MaxCueWords];
        var count = CueClause(text, outerOpen, innerOpen, starts, ends, out var stop);
        if (count < 2 || stop is '(' or ')')
        {
            return false;
        }

        starts.Slice(0, count).Reverse();
        ends.Slice(0, count).Reverse();

        // "Vino un vecino y él nos dijo": the cue is the clause after its last coordinator; what comes before is
        // the teller's account, read for the one the pronoun points to.
        var from = 0;
        for (var k = count - 2; k >= 0; k--)
        {
            if (words.Coordinators.Contains(Word(text, starts, ends, k)))
            {
                from = k + 1;
                break;
            }
        }

        var pronoun = -1;
        var verb = -1;
        for (var k = from; k < count; k++)
        {
            var word = Word(text, starts, ends, k);
            var lower = char.IsLower(word[0]);
            if (lower && IsSayingVerb(word, words))
            {
                // "he told me what she said:": a second verb of saying has a subject of its own.
                if (verb >= 0)
                {
                    return false;
                }

                verb = k;
            }
            else if (IsThirdPersonSubject(word, words) && (lower || k == from))
            {
                if (pronoun >= 0)
                {
                    return false;
                }

                pronoun = k;
            }
            else if (words.FirstPersonSubjects.Contains(word))
            {
                // "il nous a dit": French "nous" after the subject and before its verb is its object; anywhere
                // else a first person is the teller speaking of themselves ("and I said", "je lui ai dit").
                if (pronoun < 0 || verb >= 0)
                {
                    return false;
                }
            }
            else if ((k > from && !lower && !words.CapitalisesNouns) || IsPersonNoun(word, words))
            {
                // "and Tom said", "and the nurse said": a name or a noun is the subject, read elsewhere.
                return false;
            }
        }

        // "and then she said", "er hat mir gesagt", "Toen zei hij", "ele disse-me": the pronoun beside its verb,
        // and at most two words after them.
        if (pronoun < 0 || verb < 0 || Math.Abs(verb - pronoun) - 1 > MaxBetween || count - 1 - Math.Max(verb, pronoun) > MaxBetween)
        {
            return false;
        }

        speaker = PointedBack(text, outerOpen, starts[from], words, words.FemalePronouns.Contains(Word(text, starts, ends, pronoun)), paragraphs, quotes, outerSpeaker);
        return true;
    }

    // "he", "sie", "hij", "elle", "lui", "ella", "ele": a subject pronoun of one person, never "they", "ze" or "ils".
    private static bool IsThirdPersonSubject(ReadOnlySpan<char> word, SpeechTables words)
        => words.Pronouns.Contains(word) && (words.MalePronouns.Contains(word) || words.FemalePronouns.Contains(word))
        && !words.PluralPronouns.Contains(word);

    // The one person the teller mentions in the outer quote before the cue at `cueStart`: a relative, someone brought in by
    // an indefinite article, or a name the article quoted already; null when there is none, more than one, or one the
    // reader cannot say (a relative the article may name, a name it quotes nowhere, a title, a pronoun of the other gender).
    private static string? PointedBack(string text, int outerOpen, int cueStart, SpeechTables words, bool feminine,
        IReadOnlyList<TextBlock> paragraphs, IReadOnlyList<Quote> quotes, string? outerSpeaker)
    {
        string? found = null;
        var kin = false;
        var sentenceStart = true;
        var previous = ReadOnlySpan<char>.Empty;
        var i = outerOpen + 1;
        while (i < cueStart)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                sentenceStart |= c is '.' or '!' or '?' or ':' || QuoteMarks.IsDouble(c) || (QuoteMarks.IsSingle(c) && !(i > 0 && char.IsLetter(text[i - 1])));
                i++;
                continue;
            }

            var start = i;
            while (i < cueStart && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < cueStart && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            // "M. Leroux": the point after a title opens no sentence.
            var initial = sentenceStart && !IsTitle(previous, words);
            sentenceStart = false;
            string? mention = null;
            var mentionIsKin = false;
            if (IsKinNoun(word, words) && (previous.IsEmpty || !words.IsAny(previous, WordClass.Article) || IsNewcomerArticle(previous, words)))
            {
                // "my husband", "tegen opa", "Gran went quiet": a relative, after a possessive or bare as a name.
                if (feminine ? words.MaleKinNouns.Contains(word) && !words.FemaleKinNouns.Contains(word)
                    : words.FemaleKinNouns.Contains(word) && !words.MaleKinNouns.Contains(word))
                {
                    return null;
                }

                mention = word.ToString();
                mentionIsKin = true;
            }
            else if (IsNewcomerNoun(word, words) && (words.CapitalisesNouns || char.IsLower(word[0])))
            {
                // "a neighbour", "one stranger": someone new; after any other determiner, someone the reader cannot say.
                if (previous.IsEmpty || !IsNewcomerArticle(previous, words))
                {
                    return null;
                }

                mention = word.ToString();
            }
            else if (IsTitle(word, words))
            {
                // "Mr", "Frau", "Mevrouw": the name after it says who.
            }
            else if (char.IsUpper(word[0]) && !initial && !words.FirstPersonSubjects.Contains(word) && !words.CapitalisesNouns)
            {
                // A name or a title: someone the article quoted already, or someone the reader cannot say.
                mention = QuotedPerson(word, quotes);
                if (mention is null)
                {
                    return null;
                }
            }
            else if (char.IsUpper(word[0]) && words.CapitalisesNouns && QuotedPerson(word, quotes) is { } named)
            {
                mention = named;
            }

            if (mention is not null)
            {
                if (found is not null && !string.Equals(found, mention, StringComparison.OrdinalIgnoreCase)
                    && !(found.EndsWith(" " + mention, StringComparison.Ordinal) || mention.EndsWith(" " + found, StringComparison.Ordinal)))
                {
                    return null;
                }

                found = found is null || mention.Length > found.Length ? mention : found;
                kin |= mentionIsKin;
            }

            previous = word;
        }

        if (found is null || !kin)
        {
            return found;
        }

        // "sa grand-mère, Anne-Marie Le Goff": the article names the relative by the same noun, once, so the name says who;
        // any other relative named ("Ma tante", "Gran" where the teller is someone's "granddaughter, …") may be someone named.
        return ApposedName(paragraphs, found) ?? (NamesKin(paragraphs, words, found.AsSpan(), outerSpeaker) || TellerNamedAsKin(paragraphs, words, outerSpeaker) ? null : found);
    }

    // The name the article apposes to `kin` ("grand-mère, Anne-Marie Le Goff", "Vater, Karl Brandt"): two capitalised words
    // or more right after the kin noun's comma, the same name wherever the article writes it so; null when none or two.
    private static string? ApposedName(IReadOnlyList<TextBlock> paragraphs, string kin)
    {
        string? name = null;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            for (var at = text.IndexOf(kin + ", ", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(kin + ", ", at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] == '-'))
                {
                    continue;
                }

                var start = at + kin.Length + 2;
                var end = start;
                var parts = 0;
                while (end < text.Length && char.IsUpper(text[end]))
                {
                    var wordEnd = end;
                    while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd + 1 < text.Length && char.IsUpper(text[wordEnd + 1]))))
                    {
                        wordEnd++;
                    }

                    parts++;
                    end = wordEnd;
                    if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
                    {
                        break;
                    }

                    end++;
                }

                if (parts < 2)
                {
                    continue;
                }

                var found = text.Substring(start, end - start);
                if (name is not null && !string.Equals(name, found, StringComparison.Ordinal))
                {
                    return null;
                }

                name = found;
            }
        }

        return name;
    }

    // "Mr", "M", "Frau", "mevrouw": a title before a name, of either gender.
    private static bool IsTitle(ReadOnlySpan<char> word, SpeechTables words)
        => !word.IsEmpty && words.IsAny(word, WordClass.MaleTitle | WordClass.FemaleTitle);

    // The speaker of an earlier quote whose first or last name is `word` ("Rudd" of "Alan Rudd"), if one only.
    private static string? QuotedPerson(ReadOnlySpan<char> word, IReadOnlyList<Quote> quotes)
    {
        string? match = null;
        foreach (var quote in quotes)
        {
            var name = quote.Speaker;
            if (name is null || quote.SpeakerKind != SpeakerKind.Person || name.IndexOf(' ') < 0)
            {
                continue;
            }

            var space = name.IndexOf(' ');
            var last = name.LastIndexOf(' ');
            if (name.AsSpan(0, space).Equals(word, StringComparison.Ordinal) || name.AsSpan(last + 1).Equals(word, StringComparison.Ordinal))
            {
                if (match is not null && !string.Equals(match, name, StringComparison.Ordinal))
                {
                    return null;
                }

                match = name;
            }
        }

        return match;
    }

    // Whether the article writes the teller's name right after a kin noun ("Kleindochter Sanne Hoekstra", "her
    // granddaughter, Ellie Ashdown"): the teller's family is someone the article names, so their relative may be.
    private static bool TellerNamedAsKin(IReadOnlyList<TextBlock> paragraphs, SpeechTables words, string? outerSpeaker)
    {
        if (outerSpeaker is null)
        {
            return false;
        }

        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            for (var at = text.IndexOf(outerSpeaker, StringComparison.Ordinal); at > 0; at = text.IndexOf(outerSpeaker, at + 1, StringComparison.Ordinal))
            {
                var end = at;
                while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ','))
                {
                    end--;
                }

                var start = end;
                while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
                {
                    start--;
                }

                if (start < end && IsKinNoun(text.AsSpan(start, end - start), words))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
