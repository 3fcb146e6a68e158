using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// A group of people opening a sentence as its subject, a complement after it or not: "Los
// vecinos del barrio aseguran que …", "I pescatori della riserva del Serio ribadiscono …", "Die
// Angler des Vereins sehen …". A later "insistono", "betonen sie", "insistent-ils" may mean it.
internal sealed partial class Phrase
{
    // How far a complement may run between the group's noun and its verb.
    private const int MaxGroupComplementTokens = 8;

    /// <summary>
    /// The plural noun of a group that opens <paramref name="sentence"/> as its subject, or null:
    /// a definite article, a person's, role's or body's noun in the plural, an optional complement
    /// (prepositions, articles, the noun after each, capitalised names), then the verb. Where the
    /// article does not say the number ("die", "de", "i"), the verb's plural ending must. No other
    /// group in the plural, nor a second subject joined by a conjunction, may follow in the sentence.
    /// </summary>
    public string? OpeningGroup(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 3 || !sentence[0].IsWord || !sentence[1].IsWord || sentence[1].Span.Length <= 2)
        {
            return null;
        }

        var pluralArticle = _words.PluralDefinites.Contains(sentence[0].Span);
        if (!pluralArticle && !IsDefinite(sentence[0]))
        {
            return null;
        }

        var noun = sentence[1];
        var verb = GroupVerbAfter(sentence, 2);
        if (verb < 0)
        {
            return null;
        }

        var agreeing = !pluralArticle && PluralVerbs.HasPluralEnding(_words, sentence[verb].Span);
        if (!(pluralArticle || agreeing) || !(noun.IsLower || (agreeing && noun.IsCapitalized))
            || !HasGroupSingular(noun.Span, reportingBeside: true, sameFormAllowed: agreeing, professions: true))
        {
            return null;
        }

        return HasOtherSubjectAfter(sentence, 2) ? null : noun.Text;
    }

    // The verb after the group's noun and its complement: the first lower-case word, not the noun
    // right after a complement's preposition or article, that a verb's form shows (a plural
    // ending, a verb of saying, an auxiliary or a copula); lower-case words before it are the
    // complement's ("del barrio alto", "of the north shore"). A comma or a quote ends the reading.
    private int GroupVerbAfter(IReadOnlyList<Token> sentence, int from)
    {
        var afterOpener = false;
        for (var k = from; k < sentence.Count && k < from + MaxGroupComplementTokens; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                return -1;
            }

            if (IsComplementOpener(token) || IsArticle(token))
            {
                afterOpener = true;
                continue;
            }

            if (token.IsLower && !afterOpener && IsVerbForm(token))
            {
                return k == from || IsComplementOpener(sentence[from]) ? k : -1;
            }

            afterOpener = false;
        }

        return -1;
    }

    private bool IsVerbForm(Token token)
        => PluralVerbs.HasPluralEnding(_words, token.Span) || _words.ReportingVerbs.Contains(token.Span) || _words.PersonObjectVerbs.Contains(token.Span) || _words.ReportingLemmas.Contains(token.Span)
        || _words.PerfectAuxiliaries.Contains(token.Span) || Is(token, WordClass.Copula);

    private bool IsComplementOpener(Token token)
        => token.IsLower && (Is(token, WordClass.Preposition) || _words.OrganisationLinks.Contains(token.Span)
            || _words.HeadLinks.Contains(token.Span) || _words.GenitiveArticles.Contains(token.Span) || _words.ComplementArticles.Contains(token.Span));

    // "… et le maire", "… con los padres": a second plural group, or a conjunction joining another
    // subject, makes a later plural mean more than the group.
    private bool HasOtherSubjectAfter(IReadOnlyList<Token> sentence, int from)
    {
        for (var k = from; k + 1 < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord)
            {
                continue;
            }

            if (Is(token, WordClass.Coordinator) && (sentence[k + 1].IsCapitalized || IsArticle(sentence[k + 1])))
            {
                return true;
            }

            if ((IsDefinite(token) || _words.PluralDefinites.Contains(token.Span)) && sentence[k + 1].IsWord && sentence[k + 1].Span.Length > 2
                && HasGroupSingular(sentence[k + 1].Span, reportingBeside: true, sameFormAllowed: false, professions: true))
            {
                return true;
            }
        }

        return false;
    }
}
