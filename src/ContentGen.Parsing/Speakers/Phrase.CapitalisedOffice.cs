using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "sagte die Regionalsekretärin der Gewerkschaft, Carla Jessen, die …", "sagte der Bürgermeister der
// Gemeinde Hollstein, Hans Reiter": where the language writes every noun with a capital, an office's
// own noun is capitalised before its link, so the reading of "el patrón mayor de la cofradía, X" and
// "de voorzitter van de vakbond, X" (Phrase.Forward.cs, OfficeEnd), which wants lower case there,
// never saw it, and a title the lexicons know was read as a name's opening ("Bürgermeister Hans
// Reiter"), which it cannot be with a link after it. A complement ending in a body's bare noun may be
// followed by that body's own name ("der Leiter der Stiftung, Offene Türen"), which capitals cannot
// tell from a person's: there the name counts only when a relative pronoun takes it up as someone.
internal sealed partial class Phrase
{
    // Lower-case words between the article and the office's noun: "der neue Bürgermeister", "der
    // sichtlich bewegte Bürgermeister".
    private const int MaxOfficeAdjectives = 2;

    /// <summary>
    /// The full name set off by a comma after a definite article at <paramref name="start"/>, an office's
    /// capitalised noun, its link and complement, where the language capitalises nouns; else none.
    /// </summary>
    private Subject CapitalisedOfficeHolder(IReadOnlyList<Token> sentence, int start)
    {
        if (!_words.CapitalisesNouns)
        {
            return Subject.None;
        }

        var head = start + 1;
        while (head < sentence.Count && head - start <= MaxOfficeAdjectives && sentence[head].IsWord && sentence[head].IsLower
            && !IsArticle(sentence[head]) && !Is(sentence[head], WordClass.Reporting | WordClass.Coordinator | WordClass.Preposition))
        {
            head++;
        }

        if (head + 1 >= sentence.Count || !sentence[head].IsCapitalized || Is(sentence[head], WordClass.NotName)
            || !IsNounHead(sentence[head], elided: false) || !IsOfficeNoun(sentence[head])
            || CapitalisedOfficeEnd(sentence, head + 1) is not (var comma and > 0) || IsArticle(sentence[comma + 1])
            || NameAfterRole(sentence, comma) is not { Kind: SubjectKind.Name, IsOrganisation: false } named || named.Text.IndexOf(' ') < 0)
        {
            return Subject.None;
        }

        var takenUp = named.End < sentence.Count && sentence[named.End - 1].Kind == TokenKind.Comma && IsRelativePronoun(sentence[named.End]);
        return !IsBodyNounInflected(sentence[comma - 1]) || takenUp ? named : Subject.None;
    }

    // The comma after the office's complement, which opens with a link at `link` ("der", "des",
    // "von"), read as any office's complement is (Phrase.Forward.cs, OfficeEnd); -1 when the words
    // are not so.
    private int CapitalisedOfficeEnd(IReadOnlyList<Token> sentence, int link)
        => sentence[link].IsWord && sentence[link].IsLower && IsComplementLink(sentence[link]) ? OfficeEnd(sentence, link + 1, linked: true) : -1;

    // A title or role the lexicons know, or a compound that ends in one, as German compounds head on
    // their last part ("Regionalsekretärin", "Bezirksbürgermeister"). Any other noun ("die Mutter des
    // vermissten Jungen, Tom Hahn", "der Wirt des Lokals, Blaue Lagune") may have its complement named
    // after the comma, and gives no one.
    private bool IsOfficeNoun(Token token)
    {
        const int MinCompoundHead = 5;
        const int MinCompoundStem = 3;
        if (IsTitleOrRole(token))
        {
            return true;
        }

        var word = token.Span;
        for (var cut = MinCompoundStem; cut <= word.Length - MinCompoundHead; cut++)
        {
            if (_words.RoleNouns.Contains(word.Slice(cut)))
            {
                return true;
            }
        }

        return false;
    }

    // A body's noun, bare or with the genitive's "-s" or "-es" ("des Vereins", "des Verbandes").
    private bool IsBodyNounInflected(Token token)
    {
        var word = token.Span;
        return Is(token, WordClass.OrganisationNoun) || _words.OrganisationNouns.Contains(word)
            || (word.Length > 3 && word[word.Length - 1] == 's'
                && (_words.OrganisationNouns.Contains(word.Slice(0, word.Length - 1))
                    || (word[word.Length - 2] == 'e' && _words.OrganisationNouns.Contains(word.Slice(0, word.Length - 2)))));
    }
}
