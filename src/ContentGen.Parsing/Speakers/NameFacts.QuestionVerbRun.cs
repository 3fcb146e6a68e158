using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Gaat Marleen zelf ook klompen maken?", "Bleibt Jonas in Lauterfeld?", "¿Seguirá Marta al frente?",
// "Does Sarah ever think of selling?": a question without a question word opens on its verb, written
// with a capital because it opens the sentence. Read as a first name, the verb made a full name
// ("Gaat Marleen") that the first name alone then stood for, and every later quote of hers went to
// it. A two-word run that opens a sentence ending in a question mark, with a lower-case word after
// it, is no full name. French asks so with the pronoun hyphened to the verb ("Jean Dupont a-t-il
// menti ?"), where the run is the subject: a sentence with such a hyphen is left as it was.
// A run the article names someone by elsewhere ("… zegt Kees Mulder. ¶ Kees Mulder stopt echt?")
// is a name all the same, and so is one a finite verb the lexicons know follows ("Sarah Pengelly is
// leaving?"): a question opening on its verb has its subject after the verb, never a second verb.
// The verb is kept, so that a phrase read as a speaker that opens on it ("Blijft Sanne", read as
// the question's subject) is no name either (NamePlausibility).
// Cheap: only a two-word run at a sentence's start is read on, to the first mark that ends it, and
// the verbs are kept in place, in a list made at the first one (most articles ask no such question).
internal sealed partial class NameFacts
{
    // Each question's verb in place, with the word after it (the run's second word).
    private List<(string Paragraph, int Start, int Length, int NextStart, int NextLength)>? _questionVerbs;

    /// <summary>Whether the article opens a question on <paramref name="word"/> before a name ("Gaat Marleen zelf …?").</summary>
    public bool OpensQuestionBeforeName(ReadOnlySpan<char> word)
    {
        ReadAllFullNames();
        if (_questionVerbs is null)
        {
            return false;
        }

        foreach (var (paragraph, start, length, _, _) in _questionVerbs)
        {
            if (paragraph.AsSpan(start, length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private void AddQuestionVerb(string paragraph, (int Start, int Length) verb, (int Start, int Length) next)
        => (_questionVerbs ??= new List<(string Paragraph, int Start, int Length, int NextStart, int NextLength)>()).Add((paragraph, verb.Start, verb.Length, next.Start, next.Length));

    // Once every full name is read: a question's run that names someone in full elsewhere in the
    // article ("Kees Mulder" as a cue's subject) is that name, and its first word no verb.
    private void ForgetQuestionRunsNamedElsewhere()
        => _questionVerbs?.RemoveAll(q => _surnames!.IndexOf(q.Paragraph.AsSpan(q.NextStart, q.NextLength)) is var surname and >= 0
            && _firstNames![surname] is var (paragraph, start, length)
            && paragraph.AsSpan(start, length).SequenceEqual(q.Paragraph.AsSpan(q.Start, q.Length)));

    // Whether the word after the run (past its space) is a finite verb the lexicons know: "Sarah
    // Pengelly is leaving?" asks about its subject, "Does Sarah ever …?" opens on its verb.
    private bool FiniteVerbFollows(string paragraph, List<(int Start, int Length)> words)
    {
        var start = words[1].Start + words[1].Length + 1;
        var end = start;
        while (end < paragraph.Length && char.IsLetter(paragraph[end]))
        {
            end++;
        }

        return end > start && _words.IsFiniteAuxiliary(paragraph.AsSpan(start, end - start));
    }

    private static bool OpensQuestionOnVerb(string paragraph, List<(int Start, int Length)> words)
    {
        if (words.Count != 2 || !OpensSentence(paragraph, words[0].Start))
        {
            return false;
        }

        // "Marleen Brinkers?", "Sarah Pengelly, a blacksmith?": a name that stands alone or before a comma is asked about.
        var end = words[1].Start + words[1].Length;
        if (end + 1 >= paragraph.Length || paragraph[end] != ' ' || !char.IsLower(paragraph[end + 1]))
        {
            return false;
        }

        for (var i = end; i < paragraph.Length; i++)
        {
            switch (paragraph[i])
            {
                case '?':
                    return true;
                case '.' or '!' or '…' or ';' or ':':
                    return false;
                case '-' when i + 1 < paragraph.Length && char.IsLower(paragraph[i + 1]):
                    return false;
            }
        }

        return false;
    }

    // Whether only spaces, quotation marks or an opening "¿", "¡" or bracket stand between the
    // sentence's end before (or the paragraph's start) and `start`.
    private static bool OpensSentence(string paragraph, int start)
    {
        var k = start - 1;
        while (k >= 0 && paragraph[k] is ' ' or '"' or '\'' or '“' or '”' or '‘' or '’' or '„' or '«' or '»' or '¿' or '¡' or '(')
        {
            k--;
        }

        return k < 0 || paragraph[k] is '.' or '!' or '?' or '…';
    }
}
