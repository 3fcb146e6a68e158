using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Villagers win fight to keep Thornby's last post office open" / "Campaigners collected more than 1,400 signatures …",
// "… fermera ses coupoles à l'été" / "Installé depuis 1987 sur le causse, …": a standfirst glued under its headline that opens
// on a capitalised content word, no function word (OpensBlock), where the headline fills its line so that the width cannot
// tell whether it broke the line there. The language can: in English, the Romance languages and Dutch a capital after a
// word in lower case opens a name or a sentence, and a name goes on in capitals ("… will be opened" / "Harrow Park …") or
// after a function word ("… from" / "The Hague"). A content word in lower case ending a headline's line over a capitalised
// word followed by one in lower case is a clause's end over another's start. The standfirst then stands over the byline or
// the date, as a standfirst does, where a wrapped paragraph of the body goes on into another paragraph. German capitalises
// its nouns wherever they stand, and a German noun may go on from an adjective ("… wegen neuer" / "Rohre …"): the lines'
// own function words tell the language, and a German or unknown one is left as it was.
internal static partial class HeadlineDecks
{
    // "opens", "filtres", "agosto": a content word is longer than the articles and prepositions a clause goes on from.
    private const int MinContentWordLetters = 4;

    /// <summary>
    /// Whether <paramref name="deck"/>, glued under <paramref name="headline"/> (read as a headline by <see cref="OpensBlock"/>),
    /// opens a standfirst on a capitalised content word: the headline's line ends on a content word in lower case, the deck's
    /// first word is capitalised and followed by a word in lower case, the lines' language writes nouns in lower case, and a
    /// byline or a date stands under the standfirst's last sentence (glued to it or opening the group under it:
    /// <paramref name="following"/>, the next group's first line, or empty).
    /// </summary>
    private static bool OpensOnCapitalisedWord(LineSegment[] segments, int next, int end, ReadOnlySpan<char> headline, ReadOnlySpan<char> deck, ReadOnlySpan<char> following)
    {
        // A headline is one clause: a line holding a sentence's stop is prose's ("… na vila. Hoje resta uma, a dos irmãos" /
        // "Sarmento, que …").
        if (HoldsSentenceStop(headline))
        {
            return false;
        }

        var last = RunningLines.LastWord(headline);
        if (last.Length < MinContentWordLetters || !char.IsLower(last[0]) || Stopwords.IsStopword(last) || LexiconTables.RunOnWords.Contains(last))
        {
            return false;
        }

        // A word of a capital then lower-case letters, then a word in lower case ("Campaigners collected", "Faute de",
        // "Gemeente en"): an acronym, a figure or a name of two capitalised words says nothing, nor a name set off by a comma
        // ("… run by the brothers" / "Hallam, who …"), which a clause's first word never is.
        var reader = new WordReader(deck);
        if (!reader.Read() || reader.Start != 0 || reader.Length < 2 || !IsCapitalisedWord(reader.Word) || reader.Length >= deck.Length
            || deck[reader.Length] != ' ' || !reader.Read() || !char.IsLower(reader.Word[0]))
        {
            return false;
        }

        return WritesNounsInLowerCase(headline, deck) && StandsOverStamp(segments, next, end, following);
    }

    private static bool HoldsSentenceStop(ReadOnlySpan<char> line)
    {
        for (var k = 1; k + 1 < line.Length; k++)
        {
            if (line[k] is '.' or '!' or '?' && line[k + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]) && word[k] is not ('\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // The language the headline's and the deck's first line's function words lean to most writes its nouns in lower case, and
    // no language that capitalises them has as many as half its hits: a lean on two lines, asked only of a headline over a
    // deck's capitalised word. Spanish, Italian and Portuguese share "de", "la", "a" with French, and two lines may not
    // tell one of them surely; none capitalises its nouns, which is all the rule asks.
    private const int MinLanguageHits = 2;

    private static bool WritesNounsInLowerCase(ReadOnlySpan<char> headline, ReadOnlySpan<char> deck)
    {
        Span<int> hits = stackalloc int[LanguageGuesser.Languages];
        AddHits(headline, hits);
        AddHits(deck, hits);
        var best = 0;
        var capitalising = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (Lexicon.All[i].CapitalisesNouns)
            {
                capitalising = Math.Max(capitalising, hits[i]);
            }
            else
            {
                best = Math.Max(best, hits[i]);
            }
        }

        return best >= MinLanguageHits && capitalising * 2 < best;
    }

    private static void AddHits(ReadOnlySpan<char> line, Span<int> hits)
    {
        var reader = new WordReader(line);
        while (reader.Read())
        {
            LanguageGuesser.AddWordHits(reader.Word, hits);
        }
    }

    // A line of the standfirst, within a few lines, ends a sentence over a byline or a date: glued under it in the group,
    // or, where it is the group's last, opening the group under it.
    private static bool StandsOverStamp(LineSegment[] segments, int next, int end, ReadOnlySpan<char> following)
    {
        for (var i = next; i < end && i < next + MaxLinesToStop; i++)
        {
            if (!Punctuation.EndsSentence(segments[i].Span))
            {
                continue;
            }

            var under = i + 1 < end ? segments[i + 1].Span : following;
            if (under.Length > 0 && IsStamp(Whitespace.Trim(under)))
            {
                return true;
            }
        }

        return false;
    }

    // "By Owen Redclift", "di Martina Kofler", "Publié le 11/03/2026", "7 november 2026, 06:30".
    private static bool IsStamp(ReadOnlySpan<char> line)
        => PageLines.IsAuthorLine(line) || PageLines.IsPublicationStamp(line) || BlockSplitter.IsDateAlone(line);
}
