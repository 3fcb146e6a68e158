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
// The verb is kept, so that a phrase read as a speaker that opens on it ("Blijft Sanne", read as
// the question's subject) is no name either (NamePlausibility).
// Cheap: only a two-word run at a sentence's start is read on, to the first mark that ends it, and
// the verbs are kept in place, in a list made at the first one (most articles ask no such question).
internal sealed partial class NameFacts
{
    private List<(string Paragraph, int Start, int Length)>? _questionVerbs;

    /// <summary>Whether the article opens a question on <paramref name="word"/> before a name ("Gaat Marleen zelf …?").</summary>
    public bool OpensQuestionBeforeName(ReadOnlySpan<char> word)
    {
        ReadAllFullNames();
        if (_questionVerbs is null)
        {
            return false;
        }

        foreach (var (paragraph, start, length) in _questionVerbs)
        {
            if (paragraph.AsSpan(start, length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private void AddQuestionVerb(string paragraph, (int Start, int Length) verb)
        => (_questionVerbs ??= new List<(string Paragraph, int Start, int Length)>()).Add((paragraph, verb.Start, verb.Length));

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
