using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A role qualified by a party's adjective, then its holder: "la députée écologiste Camille
// Roussel", "el concejal socialista Luis Pardo", "il consigliere leghista Marco Riva". Romance
// languages put the party after the noun; before this, the word hid the name, and the bare role
// went to whoever was most salient.
internal sealed partial class Phrase
{
    // The holder named after a role (at `role`), one qualifying lower-case word and a full name of
    // two words or more that ends the subject; none otherwise. A spokesperson speaks for someone,
    // and the name after "le porte-parole écologiste" may be the body's: read as before.
    private Subject QualifiedRoleHolder(IReadOnlyList<Token> sentence, int role)
    {
        var qualifier = role + 1;
        var name = role + 2;
        if (name >= sentence.Count || !sentence[qualifier].IsLower || !sentence[qualifier].IsWord || !sentence[name].IsCapitalized
            || !IsQualifier(sentence[qualifier]) || IsTitleOrRole(sentence[name]) || IsSpokesNoun(sentence[role]))
        {
            return Subject.None;
        }

        var named = ReadForward(sentence, name);
        return named.Kind == SubjectKind.Name && !named.IsOrganisation && !named.IsBody && named.Text.IndexOf(' ') > 0
            && named.Text.AsSpan().StartsWith(sentence[name].Span, StringComparison.Ordinal) && EndsSubject(sentence, named.End)
            ? named
            : Subject.None;
    }

    // A word that may qualify a role: a party's or a movement's adjective (the lexicons'
    // PartyAdjectiveEndings: "écologiste", "socialista"), no role or title itself. A gerund, a
    // preposition or a day there says how or when ("ha detto il sindaco citando Dante Alighieri").
    // The tier an office sits at qualifies it too ("la conseillère municipale X", "la consigliera
    // comunale X").
    private bool IsQualifier(Token word)
        => (_words.OfficeTierAdjectives.Contains(word.Span) || _words.PartyAdjectiveEndings.EndsAny(word.Span)) && !_words.NotPartyAdjectives.Contains(word.Span) && IsDescriptionWord(word.Span) && word.Span.IndexOfAny('\'', '’') < 0
            && !IsTitleOrRole(word) && !Is(word, WordClass.Definite) && !Is(word, WordClass.Indefinite) && !Is(word, WordClass.Complementiser)
            && !Is(word, WordClass.NotName) && !Is(word, WordClass.Filler) && !Lexicons.LexiconTables.Calendar.Contains(word.Span);
}
