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
// A rank in command describes the holder as a profession does ("o comandante do regimento, o
// coronel X", "il presidente dell'autorità, il colonnello X"), and one word may qualify the noun
// on the side its language puts adjectives ("el subteniente retirado X", "la maestra quesera X",
// "the retired skipper X", "der pensionierte Kapitän X"): the name still follows the noun phrase
// at once. A function word there (a preposition, an article, a relative) opens another phrase.
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

        // "the retired skipper X": the qualifier before the noun.
        if (noun + 2 < sentence.Count && IsHolderQualifier(sentence[noun]) && IsHolderNoun(sentence[noun + 1], noun + 1 > start))
        {
            noun++;
        }
        else if (!IsHolderNoun(sentence[noun], noun > start))
        {
            return start;
        }

        // "el subteniente retirado X": the qualifier after it.
        var name = noun + 1;
        if (name + 1 < sentence.Count && IsHolderQualifier(sentence[name]) && sentence[name + 1].IsCapitalized)
        {
            name++;
        }

        return name < sentence.Count && sentence[name].IsCapitalized && !Is(sentence[name], WordClass.Title) && !IsRoleNoun(sentence[name]) ? name : start;
    }

    // A profession, a role or a rank, in lower case or capitalised where the language writes nouns so.
    private bool IsHolderNoun(Token word, bool afterArticle)
        => word.IsWord && (word.IsLower || (_words.CapitalisesNouns && afterArticle))
        && (IsProfessionNoun(word) || _words.CommandRanks.Contains(Elision.Tail(word.Span)));

    private bool IsProfessionNoun(Token word)
    {
        var tail = Elision.Tail(word.Span);
        return _words.ProfessionEpithets.Contains(tail) || AgentNouns.Is(_words, tail, out _) || IsRoleNoun(word);
    }

    // "retired", "retirado", "pensionierte": a lower-case word that is no function word.
    private bool IsHolderQualifier(Token word)
        => word.IsWord && word.IsLower && !IsRelativePronoun(word) && !IsComplementLink(word)
        && !Is(word, WordClass.Article | WordClass.Coordinator | WordClass.Reporting | WordClass.Preposition | WordClass.Possessive | WordClass.NotName)
        && !Is(word, WordClass.Pronoun);
}
