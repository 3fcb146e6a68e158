using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// German and Dutch put a perfect's participle last and its auxiliary second: <c>Sie hat Bürgermeister X um
/// Hilfe gebeten.</c>, <c>Kalb hat mehr Geld gefordert.</c>, <c>Zij heeft de wethouder om hulp gevraagd.</c>.
/// The capitalised noun before the participle is its object ("Hilfe", "Geld"), never its subject: the subject
/// stands before the auxiliary, or right after it when an adverb opens the sentence (<c>Gestern hat sie …
/// gefordert</c>). Read back from the participle, the object was taken for a name, and a later "sie" meant it.
/// </summary>
internal sealed partial class Cues
{
    // The subject before the auxiliary is a pronoun, a name or a role of a few words ("Die neue Ortsvorsteherin").
    private const int MaxWordsBeforeAuxiliary = 4;

    /// <summary>
    /// Where the verb at <paramref name="verb"/> is a participle ending its clause after a perfect auxiliary in
    /// second place (a verb-second language), the clause's subject; <see cref="Subject.None"/> when the words
    /// before the auxiliary name no one; null where the shape does not hold, for the usual reading.
    /// </summary>
    private Subject? VerbFinalParticipleSubject(IReadOnlyList<Token> sentence, int verb)
    {
        if (!Words.VerbSecond || verb < 3 || (verb + 1 < sentence.Count && sentence[verb + 1].IsWord))
        {
            return null;
        }

        // "„…“, hatte sie unter Tränen gesagt.": see Cues.ParticipleAfterQuote.cs.
        if (ParticipleCueAfterQuoteSubject(sentence, verb) is { } afterQuote)
        {
            return afterQuote;
        }

        var auxiliary = -1;
        for (var k = 1; k < verb - 1 && k <= MaxWordsBeforeAuxiliary; k++)
        {
            if (sentence[k].IsLower && Words.PerfectAuxiliaries.Contains(sentence[k].Span))
            {
                auxiliary = k;
                break;
            }
        }

        if (auxiliary < 0)
        {
            return null;
        }

        // One clause from the sentence's start to the participle: no comma, colon or quote between.
        for (var k = 0; k < verb; k++)
        {
            if (!sentence[k].IsWord)
            {
                return null;
            }
        }

        // "Den Betrieb hat 1952 sein Großvater X gegründet": an object opens the sentence, no subject.
        if (OpensWithObjectArticle(sentence))
        {
            return Subject.None;
        }

        // "Sie hat …", "Miriam Kalb hat …", "Die Ortsvorsteherin hat …": the subject before the auxiliary.
        if (Is(sentence[0], WordClass.Pronoun) || !Is(sentence[auxiliary + 1], WordClass.Pronoun))
        {
            var before = Phrase.ReadBackward(sentence, auxiliary);
            return before.IsFound ? before : Subject.None;
        }

        // "Gestern hat sie …": an adverb opens the sentence, the pronoun after the auxiliary is the subject.
        return ReadInverted(sentence, auxiliary + 1);
    }
}
