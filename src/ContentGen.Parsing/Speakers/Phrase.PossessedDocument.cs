using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Mr Lomax's statement said", "Brightwater's report reads": a document whose owner is given in
// the possessive speaks with its owner's words, read as the owner's name (as Sieves/NounCue reads
// "Brightwater's statement read:" before a quote).
internal sealed partial class Phrase
{
    // At most a title and a name of a few words before the possessive's ending.
    private const int MaxDocumentOwnerWords = 4;

    /// <summary>
    /// The owner of a document that a phrase opening at <paramref name="start"/> names in the
    /// possessive ("Mr Lomax's statement"), its <see cref="Subject.End"/> right after the document's
    /// noun; none otherwise. The caller checks the verb after it.
    /// </summary>
    public Subject PossessedDocumentAt(IReadOnlyList<Token> sentence, int start)
        => PossessedNounAt(sentence, start, _words.DocumentNouns);

    /// <summary>
    /// The owner named in the possessive before one of <paramref name="nouns"/> at
    /// <paramref name="start"/> ("Mr Lomax's statement", "Ann Coyle's assessment"), its
    /// <see cref="Subject.End"/> right after the noun; none otherwise.
    /// </summary>
    public Subject PossessedNounAt(IReadOnlyList<Token> sentence, int start, Text.WordTable nouns)
    {
        var owner = start;
        while (owner < sentence.Count && owner - start < MaxDocumentOwnerWords && sentence[owner].IsCapitalized
            && !NamePlausibility.IsPossessive(sentence[owner].Span))
        {
            owner++;
        }

        var noun = owner + 1;
        if (noun >= sentence.Count || !sentence[owner].IsCapitalized || !NamePlausibility.IsPossessive(sentence[owner].Span)
            || !sentence[noun].IsLower || !nouns.Contains(sentence[noun].Span))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Name, PossessiveOwner(sentence, start, owner), noun + 1);
    }

    /// <summary>
    /// The owner's name in the possessive run from <paramref name="start"/> to the possessive word at
    /// <paramref name="owner"/>, without its title or its ending: "Mr Lomax's" gives "Lomax", as a
    /// name after a verb is read.
    /// </summary>
    public string PossessiveOwner(IReadOnlyList<Token> sentence, int start, int owner)
    {
        while (start < owner && Is(sentence[start], WordClass.Title))
        {
            start++;
        }

        var name = Join(sentence, start, owner + 1);
        var ending = NamePlausibility.PossessiveEnding(sentence[owner].Span);
        return Text.StringCache.Get(name.AsSpan(0, name.Length - ending));
    }

    /// <summary>
    /// "his statement", "her letter": a document at <paramref name="at"/> owned by a pronoun that
    /// gives its owner's gender, read as that pronoun (the words are the owner's, whom it means),
    /// its <see cref="Subject.End"/> right after the noun; none otherwise. "Its report" and "their
    /// letter" may be a body's, and other languages' possessives ("sa lettre", "su carta") say
    /// nothing of the owner's gender: no one is guessed from them.
    /// </summary>
    public Subject GenderedOwnerOfDocument(IReadOnlyList<Token> sentence, int at)
    {
        if (at + 1 >= sentence.Count || !sentence[at].IsWord || !Is(sentence[at], WordClass.Possessive)
            || !Is(sentence[at], WordClass.MaleReferent | WordClass.FemaleReferent)
            || !sentence[at + 1].IsLower || !_words.DocumentNouns.Contains(sentence[at + 1].Span))
        {
            return Subject.None;
        }

        return new Subject(SubjectKind.Pronoun, sentence[at].Text, at + 2);
    }
}
