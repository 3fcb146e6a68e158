using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "sagt der 79-jährige Rentner Leonel Sarmento", "erzählt die 34-jährige Hebamme Lina Roth": where
// every noun is capitalised, a definite article, an age and a noun of a role, a trade, a nationality
// or an ordinary person (or the age alone: "die 71-jährige Martine Roche") describe the full name
// right after them: the name is the subject. Without
// the age, a noun and capitalised words may be an object after the subject ("versprach die
// Nachbarin Kindern Süßigkeiten"), and a name set off after a complement may name the complement
// ("der Leiter der Stiftung, Offene Türen"): both are left to the readings after.
internal sealed partial class Phrase
{
    private const int MaxArticleNounModifiers = 2;

    private Subject ArticleNounName(IReadOnlyList<Token> sentence, int start)
    {
        if (!_words.CapitalisesNouns || start + 3 >= sentence.Count || !sentence[start].IsLower || !IsDefinite(sentence[start]))
        {
            return Subject.None;
        }

        var noun = start + 1;
        var aged = false;
        for (var modifiers = 0; noun < sentence.Count && modifiers < MaxArticleNounModifiers && sentence[noun].IsWord
            && (IsAgeEpithet(sentence[noun]) || (sentence[noun].IsLower && !_words.ReportingVerbs.Contains(sentence[noun].Span)
            && !Is(sentence[noun], WordClass.Preposition | WordClass.Definite))); modifiers++)
        {
            aged |= IsAgeEpithet(sentence[noun]);
            noun++;
        }

        if (noun + 1 >= sentence.Count || !sentence[noun].IsCapitalized)
        {
            return Subject.None;
        }

        // "empörte sich die 71-jährige Martine Roche": the age alone before the full name.
        if (aged && !IsPersonNoun(sentence[noun]) && !Is(sentence[noun], WordClass.NotName)
            && FullPersonName(sentence, noun) is { IsFound: true } agedName && ClosesName(sentence, agedName.End))
        {
            return agedName;
        }

        if (noun + 2 >= sentence.Count || !IsPersonNoun(sentence[noun]))
        {
            return Subject.None;
        }

        // "der 79-jährige Rentner Leonel Sarmento": the name right after the noun.
        return aged && sentence[noun + 1].IsCapitalized && FullPersonName(sentence, noun + 1) is { IsFound: true } name && ClosesName(sentence, name.End)
            ? name
            : Subject.None;
    }

    // A role, an office, a trade, a nationality or an ordinary person's noun.
    private bool IsPersonNoun(Token token)
        => IsTitleOrRole(token) || _words.PeopleNouns.Contains(token.Span) || _words.ProfessionEpithets.Contains(token.Span)
        || Is(token, WordClass.NationalityNoun);

    // A person's full name of two words or more read from `start`, or none.
    private Subject FullPersonName(IReadOnlyList<Token> sentence, int start)
        => ReadForward(sentence, start) is { Kind: SubjectKind.Name, IsOrganisation: false, IsBody: false } name && name.Text.IndexOf(' ') > 0
            ? name
            : Subject.None;

    // The name's end closes it: a comma, the sentence's end, or a lower-case word (its verb, "und").
    private static bool ClosesName(IReadOnlyList<Token> sentence, int end)
        => end >= sentence.Count || !sentence[end].IsWord || sentence[end].IsLower;
}
