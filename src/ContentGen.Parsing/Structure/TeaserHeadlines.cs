using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Another story's headline printed alone between an article's paragraphs: a place or a name, a colon,
/// and what happened there ("Port-Lavoie : la digue sera rehaussée", "Bremen: Straßenbahn fährt bis
/// Huchting"). News sites head their stories so; a subheading names a topic of the article around it
/// ("Un chantier attendu", "Premier obstacle : le coût"), with no place or name set before a colon.
/// </summary>
internal static class TeaserHeadlines
{
    // "Port-Lavoie-sur-Mer", "Valmont Naufrage": a name of a few words.
    private const int MaxNameWords = 3;

    // What happened, in a clause: "la digue sera rehaussée", not "trois blessés".
    private const int MinClauseWords = 4;

    // A headline is a line, or two when a dump wrapped it.
    private const int MaxLines = 2;
    private const int MaxWords = 25;

    /// <summary>Whether <paramref name="block"/> reads as another story's "Name : what happened" headline.</summary>
    public static bool IsOtherStorysHeadline(TextBlock block)
    {
        var text = block.Text.AsSpan();
        if (block.LineCount > MaxLines || BlockQuality.EndsLikeSentence(block.Text) || Words.MoreThan(text, MaxWords))
        {
            return false;
        }

        // "Tiempo: 50 minutos | Dificultad: media | Raciones: 4": a recipe's or a fact box's labels parted by bars, not a
        // place's name over a clause.
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon + 1 >= text.Length || text[colon + 1] != ' ' || FactBoxes.IsFactBar(text))
        {
            return false;
        }

        // "Marc Dupont : « On attendait ça »": a name, a colon and quoted words are someone's turn in a
        // transcript as often as a headline; they stay.
        var clause = Whitespace.Trim(text.Slice(colon + 1));
        return clause.Length > 0 && !Quotes.QuoteMarks.OpensQuotation(clause[0]) && !OpensIndirectQuestion(clause)
            && IsName(Whitespace.Trim(text.Slice(0, colon))) && Words.MoreThan(clause, MinClauseWords - 1);
    }

    // "Hohe Kosten: Was die Stadt plant", "Zwei Linien: Wer länger warten muss": a clause that asks what, who, when or
    // how names what the section under it tells; another story's headline says what happened. German capitalises the
    // topic's nouns, so only the clause tells such a subheading from "Bremen: Straßenbahn fährt bis Huchting".
    private static bool OpensIndirectQuestion(ReadOnlySpan<char> clause)
    {
        if (Lexicons.LexiconTables.WhatOpeners.LongestStart(clause) > 0 || Lexicons.LexiconTables.QuestionPhrases.StartsAny(clause))
        {
            return true;
        }

        var reader = new WordReader(clause);
        return reader.Read() && Lexicons.LexiconTables.QuestionWords.Contains(reader.Word);
    }

    // Capitalised words with no function word ("Port-Lavoie", "Valmont Naufrage"), nothing but letters,
    // hyphens and spaces: "L'urgence", "Premier obstacle", "Jouets, chocolats" are no names.
    private static bool IsName(ReadOnlySpan<char> prefix)
    {
        var words = 0;
        var reader = new WordReader(prefix);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxNameWords || !char.IsUpper(word[0]) || reader.HasApostrophe || Stopwords.IsStopword(word))
            {
                return false;
            }
        }

        foreach (var c in prefix)
        {
            if (!(char.IsLetter(c) || c is '-' or ' '))
            {
                return false;
            }
        }

        return words > 0;
    }
}
