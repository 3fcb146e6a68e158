using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Zurückhaltend äußerte sich der Abgeordnete Alain Roussel gegenüber dem Sender.", "Kritisch
// äußerte sich die Ministerin …", "Voorzichtig reageerde de wethouder …": where the finite verb
// stands second, an adjective or adverb alone may open the clause, capitalised there, and the
// subject stands after the verb. Read back from the verb, the opening word was taken for a name, so
// the sentence named no one and the last person stayed in focus. The word must end as the
// language's adverbial words end (SpeechWords.AdverbialEndings) and the verb be followed by its
// reflexive, then an article and an office's or a title's noun, as a subject after the verb is.
internal sealed partial class Cues
{
    // "Zurückhaltend": shorter words with such an ending ("Ewig", "Hendrik") are more often names.
    private const int MinAdverbialLength = 7;

    private bool AdverbialOpening(IReadOnlyList<Token> sentence, int verb)
    {
        if (!Words.VerbSecond || verb != 1 || verb + 2 >= sentence.Count || !sentence[0].IsCapitalized || sentence[0].Span.Length < MinAdverbialLength
            || !EndsAdverbially(sentence[0].Span))
        {
            return false;
        }

        var next = verb + 1;
        if (sentence[next].IsLower && Words.Reflexives.Contains(sentence[next].Span))
        {
            next++;
        }

        // "der Abgeordnete", "de wethouder": an office or title, which no object of the verb is
        // ("Fröhlich äußerte sich der Zeitung gegenüber" opens on a name).
        return next + 1 < sentence.Count && sentence[next].IsLower && Is(sentence[next], WordClass.Definite)
            && Is(sentence[next + 1], WordClass.TitleOrRole);
    }

    private bool EndsAdverbially(ReadOnlySpan<char> word)
    {
        foreach (var ending in Words.AdverbialEndings)
        {
            if (word.EndsWith(ending.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
