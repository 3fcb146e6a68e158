using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// Unnamed sources of a body after their verb: "aseguran fuentes de la empresa", "disse fonte do
// ministério", "spiegano fonti dell'azienda", "said sources at the company". No one of them is
// named or followed by the text, so the body speaks, as it does for "a spokesman for X".
internal sealed partial class Phrase
{
    /// <summary>
    /// The body whose sources open the sentence after their article ("Des sources de
    /// l'entreprise", "Unas fuentes del ministerio"), or <see cref="Subject.None"/>.
    /// </summary>
    public Subject BodySourcesAfterOpeningArticle(IReadOnlyList<Token> sentence)
        => sentence.Count > 3 && sentence[0].IsCapitalized ? BodySources(sentence, 0, 1) : Subject.None;

    /// <summary>
    /// The body whose sources the noun at <paramref name="noun"/> gives, when the phrase from
    /// <paramref name="start"/> is the bare noun or an article and the noun, then a link and the
    /// body by its name or its noun (which the cast resolves); <see cref="Subject.None"/> otherwise.
    /// </summary>
    private Subject BodySources(IReadOnlyList<Token> sentence, int start, int noun)
    {
        // The source's noun is looked at first: almost no phrase holds one.
        var link = noun + 1;
        if (link >= sentence.Count || !sentence[noun].IsLower || !_words.SourceNouns.Contains(sentence[noun].Span)
            || !(noun == start || (noun == start + 1 && IsSourcesArticle(sentence, start)))
            || !sentence[link].IsLower)
        {
            return Subject.None;
        }

        // "dell'azienda": the body's noun elided into its link.
        if (ElidedBodyNoun(sentence[link], _words.ElidedLinks) is { IsFound: true } elided)
        {
            return new Subject(SubjectKind.Organisation, elided.Text, link + 1);
        }

        // "de", "at", "bij", and a preposition with its article in one word ("del", "da", "du").
        if (!(Is(sentence[link], WordClass.EmployerLink) || _words.WorkplaceLinks.Contains(sentence[link].Span)
            || _words.OrganisationLinks.Contains(sentence[link].Span) || _words.ContractedArticles.Contains(sentence[link].Span)))
        {
            return Subject.None;
        }

        // "fuentes de una empresa", "sources at a bank": a body of which the article says no more is no one's.
        var body = link + 1;
        if (body >= sentence.Count || (sentence[body].IsLower && Is(sentence[body], WordClass.Indefinite)))
        {
            return Subject.None;
        }

        // "de l'entreprise": the noun's article elided into it.
        if (ElidedBodyNoun(sentence[body], _words.Definites) is { IsFound: true } afterLink)
        {
            return new Subject(SubjectKind.Organisation, afterLink.Text, body + 1);
        }

        // A name after an article is a body's ("fuentes de la Guardia Civil", "fonte da Câmara"):
        // a person's name takes none. With no article, only a name that says it is an organisation's.
        var organisation = OrganisationAfter(sentence, link);
        var article = _words.ContractedArticles.Contains(sentence[link].Span) || (sentence[body].IsLower && Is(sentence[body], WordClass.Definite));
        return organisation.Kind == SubjectKind.Organisation
            || (organisation.Kind == SubjectKind.Name && (organisation.IsOrganisation || article))
            ? organisation
            : Subject.None;
    }

    /// <summary>
    /// The organisation noun joined to an elided word of <paramref name="heads"/> ("dell'azienda", "l'entreprise") in
    /// <paramref name="token"/>, as an organisation's subject whose end the caller sets; else <see cref="Subject.None"/>.
    /// </summary>
    public Subject ElidedBodyNoun(Token token, Text.WordTable heads)
        => token.IsLower && Elision.TrySplit(token.Span, out var head, out var tail) && char.IsLower(tail[0]) && heads.Contains(head)
            && _words.OrganisationNouns.Contains(tail)
            ? new Subject(SubjectKind.Organisation, Text.StringCache.Get(tail), 0)
            : Subject.None;

    // An article before the sources' noun: "las fuentes", "una fuente", "a source". Opening the
    // sentence it is capitalised, and French "Des" (the plural of "une", written as "of the") is one too.
    private bool IsSourcesArticle(IReadOnlyList<Token> sentence, int start)
        => (sentence[start].IsLower || start == 0)
        && (Is(sentence[start], WordClass.Article) || (start == 0 && _words.PluralOrganisationLinks.Contains(sentence[start].Span)));
}
