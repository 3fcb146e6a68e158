using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A body the people it gathers name: an organisation noun, its link and a lower-case plural
/// (<c>il comitato dei residenti</c>, <c>la asociación de vecinos</c>, <c>o sindicato dos
/// servidores municipais</c>, <c>l'association des riverains</c>). It has no name of its own, so
/// the noun and its complement name it and speak for it. A singular complement makes no such body
/// (<c>la préfecture de police</c>), nor does a complement that goes on (<c>l'association des
/// riverains de la rue Haute</c>), which the usual reading names or leaves.
/// </summary>
internal sealed partial class OrganisationName
{
    /// <summary>
    /// The end of "dei residenti", "de los vecinos", "de comerciantes", "dos servidores municipais"
    /// from the link at <paramref name="link"/>, or 0: a plural after a link that holds a plural
    /// article, after a link and a plural article, or a word in -s after a bare link; then at most
    /// one lower-case adjective in -s ("municipais"); no further link after it.
    /// </summary>
    public int PeopleComplementEnd(IReadOnlyList<Token> sentence, int link)
    {
        if (link + 1 >= sentence.Count || !IsJoiner(sentence[link]))
        {
            return 0;
        }

        var plural = _words.PluralOrganisationLinks.Contains(sentence[link].Span);
        var word = link + 1;
        if (!plural && sentence[word].IsLower && _words.PluralDefinites.Contains(sentence[word].Span) && word + 1 < sentence.Count)
        {
            plural = true;
            word++;
        }

        if (!IsPluralCandidate(sentence[word]) || !(plural || EndsInPluralS(sentence[word])))
        {
            return 0;
        }

        var end = word + 1;
        if (end < sentence.Count && IsPluralCandidate(sentence[end]) && EndsInPluralS(sentence[end]))
        {
            end++;
        }

        return end < sentence.Count && IsJoiner(sentence[end]) ? 0 : end;
    }

    // "residenti", "vecinos": a lower-case word of more than two letters that ends no name.
    private bool IsPluralCandidate(Token token)
        => token.IsWord && token.IsLower && token.Span.Length > 2 && IsPlainWord(token) && !WordClasses.Has(_words, token, WordClass.NotName);

    private static bool EndsInPluralS(Token token) => token.Span[token.Span.Length - 1] == 's';
}
