using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An interview sets its questions apart as a page sets its subheadings, but they speak to the person
/// asked ("Comment êtes-vous arrivé … ?", "Was sagen Sie …?", "Hoe bent u …?") or are answered in the
/// first person ("Pourquoi avoir choisi la vallée ?" / "J'ai grandi …"), where an explainer's questions ask
/// about others and its sections answer in the third person ("Qui paiera ?" / "Les communes …"). Once an
/// article asks two such questions it is an interview, and none of its questions heads a section,
/// whatever word it opens with. The words are the page's own language's: "du" asks a German reader, and
/// is "of the" to a French one.
/// </summary>
internal static class Interviews
{
    // One question to "you" may be an explainer's to its reader ("What does it mean for you?"); an interview asks several.
    private const int MinAddressedQuestions = 2;

    // A question set apart as a heading would be: a line, or two when a dump wrapped it.
    private const int MaxQuestionLines = 2;

    // An answer speaks in the first person from its first words ("J'ai grandi …", "Nous avons trouvé …").
    private const int AnswerOpeningWords = 8;

    /// <summary>
    /// Adds the questions among <paramref name="blocks"/> to <paramref name="notHeadings"/>
    /// when they make an interview in <paramref name="language"/> (the body's, or <see langword="null"/> when unknown).
    /// </summary>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="notHeadings">Where the interview's questions go.</param>
    /// <param name="language">The body's language, or <see langword="null"/>.</param>
    /// <param name="labelled">Whether the page labels itself an interview over its headline ("L'intervista"): then its questions are the interview's.</param>
    public static void MarkQuestions(List<TextBlock> blocks, HashSet<TextBlock> notHeadings, string? language, bool labelled = false)
    {
        var end = blocks.Count;
        var words = InterviewWords.For(language);
        var addressed = 0;
        for (var i = 0; i < end && addressed < MinAddressedQuestions; i++)
        {
            // "Blijft de toegang gratis?" / "Ja.": a question answered by yes or no alone is a dialogue's; an explainer
            // answers its headings in sentences ("Nee. Mensen met …"). One such answer makes the interview.
            if (IsQuestion(blocks[i]) && i + 1 < end && IsBareAnswer(blocks[i + 1]))
            {
                addressed = MinAddressedQuestions;
            }
            else if (IsQuestion(blocks[i])
                && (labelled || SpeaksToTheOneAsked(blocks[i].Text.AsSpan(), words) || (i + 1 < end && OpensInTheFirstPerson(blocks[i + 1].Text.AsSpan(), words))))
            {
                addressed++;
            }
        }

        if (addressed < MinAddressedQuestions)
        {
            return;
        }

        for (var i = 0; i < end; i++)
        {
            if (IsQuestion(blocks[i]))
            {
                notHeadings.Add(blocks[i]);
            }
        }
    }

    private static bool IsQuestion(TextBlock block)
    {
        var text = block.Text.AsSpan().TrimEnd();
        return block.LineCount <= MaxQuestionLines && text.Length > 0 && text[text.Length - 1] == '?';
    }

    // "Ja.", "Oui !", "No": one line holding a yes or a no and nothing but a full stop or an exclamation mark ("Ja?" asks back).
    private static bool IsBareAnswer(TextBlock block)
    {
        if (block.LineCount != 1)
        {
            return false;
        }

        var text = block.Text.AsSpan().Trim();
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or '!' or '…' or ' ' or '\u00A0')
        {
            end--;
        }

        return end > 0 && end <= MaxAnswerWordLength && LexiconTables.AnswerWords.Contains(text.Slice(0, end));
    }

    // The longest yes or no ("nein", "oui"): a longer line is no bare answer, and is never looked up.
    private const int MaxAnswerWordLength = 4;

    // A second-person word ("vous", "usted", "u"), or German's polite form capitalised past the line's
    // first word ("Wie sind Sie …?"), where "Sie" opening a line may be "they".
    private static bool SpeaksToTheOneAsked(ReadOnlySpan<char> text, InterviewWords words)
    {
        var reader = new WordReader(text);
        var first = true;
        while (reader.Read())
        {
            var word = reader.Word;
            if (IsAddress(word, words) || (!first && words.Polite.Contains(word)))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    // "J'ai grandi …", "Ich bin …", "Nous avons …": a first-person word among the answer's first words. A
    // paragraph opening on a quotation mark quotes someone under an explainer's question, and answers nothing.
    private static bool OpensInTheFirstPerson(ReadOnlySpan<char> text, InterviewWords words)
    {
        if (text.Length == 0 || Quotes.QuoteMarks.OpensQuotation(text[0]))
        {
            return false;
        }

        var reader = new WordReader(text);
        for (var n = 0; n < AnswerOpeningWords && reader.Read(); n++)
        {
            var word = reader.Word;
            var apostrophe = reader.HasApostrophe ? word.IndexOfAny('\'', '’') : -1;
            if (words.FirstPerson.Contains(apostrophe > 0 ? word.Slice(0, apostrophe) : word))
            {
                return true;
            }
        }

        return false;
    }

    // "expliquez-vous", "hoe ga je": the pronoun alone, or after the verb's hyphen.
    private static bool IsAddress(ReadOnlySpan<char> word, InterviewWords words)
    {
        if (words.Address.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && words.Address.Contains(word.Slice(hyphen + 1));
    }
}
