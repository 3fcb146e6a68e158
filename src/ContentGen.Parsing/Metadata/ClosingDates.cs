using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A page that prints its date only at the article's end ("12 marzo 2024", "12 maart 2024", "12. März 2025" under the last
/// paragraph): a date alone, its time at most after it, on the first line under the article that is no call to the reader.
/// A teaser's or a source's date lies past a headline or a label, which ends the search; a donation box or its button
/// ("Este periódico es posible gracias a sus lectores…", "Doneer nu") may stand between, since it is the site's, not a story's.
/// </summary>
internal static class ClosingDates
{
    // How many lines under the last paragraph the date may stand: an appeal's box with its button and the blank lines.
    private const int Reach = 8;

    // "Doneer nu", "Hazte socio", "Support us": a button's words. A headline or a label with its colon is longer or marked.
    private const int MaxButtonWords = 3;

    /// <summary>The ISO 8601 date alone under line <paramref name="lastBodyIndex"/> (the article's last), or <see langword="null"/>.</summary>
    public static string? Under(IReadOnlyList<SourceLine> lines, string document, int lastBodyIndex)
    {
        for (var i = lastBodyIndex + 1; i < lines.Count && i <= lastBodyIndex + Reach; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length == 0)
            {
                continue;
            }

            if (BlockSplitter.IsDateAlone(line))
            {
                return DateReader.Read(line);
            }

            if (!IsCallToTheReader(line) && !IsButton(line))
            {
                return null;
            }
        }

        return null;
    }

    // "Lokale journalistiek kost geld. Steun ons …", "If you value our coverage, please consider supporting us": the site's appeal.
    private static bool IsCallToTheReader(ReadOnlySpan<char> line)
        => SignUpSentences.SpeaksToTheReader(line) || LexiconTables.AppealPhrases.FoundIn(line) || LexiconTables.SignUpPhrases.FoundIn(line);

    // A short line that is no sentence, no label and no figure: a button.
    private static bool IsButton(ReadOnlySpan<char> line)
        => !Words.MoreThan(line, MaxButtonWords) && line.IndexOf(':') < 0 && !Digits.Any(line) && !Punctuation.IsTerminal(line[line.Length - 1]);
}
