using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb whose object is a person, in the middle of its clause: Spanish <c>El líder de la oposición
/// acusó a la alcaldesa, Ana Valdés, de «…»</c>, Portuguese <c>acusou a presidente da câmara, Ana
/// Valdez, de “…”</c>, Italian <c>ha accusato la sindaca, Anna Valdi, di «…»</c>. The person after
/// it is the one criticised or accused, the verb's object, and never its inverted subject, however
/// the words are set off, when the clause's subject stands before the verb. Beside a quote, after a
/// comma ("«…», criticó el alcalde X") or opening its clause ("También critica el plan el presidente
/// del club, X") such a verb puts its subject after it.
/// </summary>
internal sealed partial class Cues
{
    // Whether the words after the verb at `verb` are its object: a person-object verb with words
    // other than fillers before it, neither after a comma nor in a cue right after a quote (`cue`
    // below zero), and the object's article, or Spanish "a", "al", right after it. A passive's
    // agent after an adverb ("è stato criticato anche dall'associazione X") is who spoke.
    private bool HasPersonObjectAfter(IReadOnlyList<Token> sentence, int verb, int cue)
        => cue < 0 && verb > 0 && verb + 1 < sentence.Count && Words.PersonObjectVerbs.Contains(sentence[verb].Span)
        && sentence[verb - 1].Kind != TokenKind.Comma && !DroppedSubject(sentence, verb) && OpensObject(sentence[verb + 1]);

    // "la alcaldesa", "a la alcaldesa", "al Gobierno", "l'assessora": an article, or the
    // preposition that brings in a person as the object.
    private bool OpensObject(Token token)
    {
        if (!token.IsWord || !token.IsLower)
        {
            return false;
        }

        var word = Elision.TrySplit(token.Span, out var head, out _) ? head : token.Span;
        return Words.Definites.Contains(word) || Words.ListenerPrepositions.Contains(word) || Words.ContractedArticles.Contains(word);
    }
}
