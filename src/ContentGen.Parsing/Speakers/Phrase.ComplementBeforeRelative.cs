using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Owen Treloar, the member for Carnbrea North, who told the chamber …", "Olivier Trélat, député de
// Vienne-Nord, qui a lancé …": the capitals right before the relative clause's comma follow a link, inside an
// apposition set off after a name. They are the apposition's complement (a constituency, a town, a brief),
// and the clause describes the one the apposition describes, as an editor reads it; the reader gave the
// quote to "Carnbrea North". A name after a link with no apposition before it ("led by Owen Treloar, who",
// "the mayor of Lyon, who") is read as before.
internal sealed partial class Phrase
{
    // The apposition's words between its comma and the link: "the member", "député", "der Abgeordnete".
    private const int MaxAppositionWords = 4;

    /// <summary>
    /// The name a relative clause set off by the comma after <paramref name="last"/> describes: the capitals ending at
    /// <paramref name="last"/>, or the name before the apposition whose complement they are.
    /// </summary>
    private Subject NameBeforeRelative(IReadOnlyList<Token> sentence, int last, int verb)
    {
        var run = RunStart(sentence, last);
        if (NameBeforeApposedComplement(sentence, run) is var apposed and >= 0)
        {
            return FromRun(sentence, ApposedNameStart(sentence, apposed), apposed + 1, verb);
        }

        // "au Comité régional des pêches de Basse-Manche, qui": see Phrase.HeadedBodyBeforeRelative.cs.
        return HeadedBodyBeforeRelative(sentence, last, verb) is { IsFound: true } body ? body : FromRun(sentence, run, last + 1, verb);
    }

    // Where the name ending at `last` starts: its capitals, and a joiner between two of them ("Jan de Vries"). Not
    // where nouns are capitalised: "von Otto Treller" after "die Revolte" would take the noun in.
    private int ApposedNameStart(IReadOnlyList<Token> sentence, int last)
    {
        var start = CapitalsStart(sentence, last);
        if (!_words.CapitalisesNouns && start >= 2 && sentence[start - 1].IsLower && Is(sentence[start - 1], WordClass.NameJoiner)
            && sentence[start - 2].IsCapitalized)
        {
            start = CapitalsStart(sentence, start - 2);
        }

        return start;
    }

    private static int CapitalsStart(IReadOnlyList<Token> sentence, int last)
    {
        var start = last;
        while (start > 0 && last - start < MaxNameWords && sentence[start - 1].IsCapitalized)
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The last token of the name an apposition is set off after, when the capitals from <paramref name="runStart"/>
    /// are the apposition's complement after a link; or -1.
    /// </summary>
    private int NameBeforeApposedComplement(IReadOnlyList<Token> sentence, int runStart)
    {
        // A joiner the run took in ("de" in "de Vienne-Nord") is the link itself.
        var link = sentence[runStart].IsLower ? runStart : runStart - 1;
        if (link < 2 || !sentence[link].IsWord || !sentence[link].IsLower || !IsLinkBeforeComplement(sentence[link]))
        {
            return -1;
        }

        for (var k = link - 1; k > 0 && k >= link - MaxAppositionWords; k--)
        {
            var token = sentence[k];
            if (token.Kind == TokenKind.Comma)
            {
                return k < link - 1 && sentence[k - 1].IsCapitalized ? k - 1 : -1;
            }

            // Lower-case words, or a role or a title, or where nouns are capitalised a noun after a lower-case word
            // ("dem Abgeordneten"); a verb of saying or a relative pronoun makes it a clause of its own.
            if (!token.IsWord || (!token.IsLower && !IsTitleOrRole(token) && !(_words.CapitalisesNouns && sentence[k - 1].IsLower))
                || _words.ReportingVerbs.Contains(token.Span) || IsRelativePronoun(token))
            {
                return -1;
            }
        }

        return -1;
    }

    // "of", "de", "van" (Phrase.HolderSetOff.cs), and the prepositions and locatives that tie a seat or a town
    // to its noun: "for", "für", "voor", "per", "in".
    private bool IsLinkBeforeComplement(Token token)
        => IsComplementLink(token) || Is(token, WordClass.Preposition) || _words.Locatives.Contains(token.Span);
}
