using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "admite a coordenadora do projeto, a bióloga X", "reconoce la directora del laboratorio, la
// bióloga X", "zegt de leider van het onderzoek, de bioloog X": after a role and its complement,
// the holder is named after a comma with their profession and its article before the name. The
// profession describes the name that follows, as a title does ("el director, el doctor X"), so
// the name is the role's holder and speaks, not the role read alone. Only a profession the
// lexicons list, or a trade read by its ending, or a role noun; then a capital that is no title
// or role: "la directora del laboratorio, la bióloga de guardia" names no one, and the role's
// own reading stands.
internal sealed partial class Phrase
{
    // Where a name starts at `start`, past an article (or none) and a profession before it; `start` when there is none.
    private int AfterProfession(IReadOnlyList<Token> sentence, int start)
    {
        if (start + 2 >= sentence.Count || !sentence[start].IsWord)
        {
            return start;
        }

        // "l'écologue Marie X": the article elided into the profession.
        var noun = start;
        if (sentence[start].IsLower && IsArticle(sentence[start]) && Is(sentence[start], WordClass.Definite))
        {
            noun = start + 1;
        }

        var word = sentence[noun];
        if (!word.IsWord || !(word.IsLower || (_words.CapitalisesNouns && noun > start)) || !IsProfessionNoun(word))
        {
            return start;
        }

        var name = sentence[noun + 1];
        return name.IsCapitalized && !Is(name, WordClass.Title) && !IsRoleNoun(name) ? noun + 1 : start;
    }

    private bool IsProfessionNoun(Token word)
    {
        var tail = Elision.Tail(word.Span);
        return _words.ProfessionEpithets.Contains(tail) || AgentNouns.Is(_words, tail, out _) || IsRoleNoun(word);
    }
}
