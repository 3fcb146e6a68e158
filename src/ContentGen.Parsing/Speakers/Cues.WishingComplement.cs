using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb of wanting or hoping whose clause holds a partial quote: <c>L'architecte X a voulu un
/// bâtiment « … »</c>, <c>X espera que a cooperativa esteja a funcionar “…” em 2027</c>, <c>Il
/// sindaco X spera che il cantiere sia finito «…»</c>, <c>Minister X wants a harbour "…"</c>. The verb
/// reports nothing alone, but what the subject wants or hopes, quoted in their own clause, is their
/// words: nobody else is quoted inside it. Words from the lexicons' <c>WishingVerbs</c>.
/// </summary>
internal sealed partial class Cues
{
    // "a voulu un bâtiment", "espera que a Leite das Terras Altas esteja a funcionar": the clause up to the quote.
    private const int MaxWishedTokens = 12;

    // "Panneaux solaires, toilettes sèches, bardage en mélèze :": the words of a verbless opening.
    private const int MaxVerblessOpeningTokens = 12;

    /// <summary>
    /// The person named in full who opens the sentence (or opens it after a verbless lead-in and its
    /// colon, <see cref="AfterVerblessOpening"/>) when their verb of wanting or hoping, right after
    /// the name or after one auxiliary ("a voulu", "ha voluto"), opens the clause that holds the quote
    /// at <paramref name="quote"/>; None otherwise. What stops it: a quote opening in capitals (a
    /// title or a whole sentence, not a fragment of the clause), a body or a role as the subject, and
    /// a verb of saying, another quote, a colon or a sentence's end between the verb and the quote.
    /// </summary>
    public Subject WishingComplementSubject(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || !QuoteOpensLower(sentence, quote))
        {
            return Subject.None;
        }

        var subject = OpeningHolder(sentence);
        if (!IsFullPersonName(subject, quote) && AfterVerblessOpening(sentence) is var start and > 0)
        {
            subject = Phrase.ReadForward(sentence, start);
        }

        if (!IsFullPersonName(subject, quote))
        {
            return Subject.None;
        }

        var verb = subject.End;
        if (!IsWishingVerb(sentence[verb]))
        {
            // "a voulu", "ha voluto", "hat … gewollt" is not read: one auxiliary, then the participle.
            verb++;
            if (verb >= quote || !sentence[verb - 1].IsLower || !sentence[verb - 1].IsWord || !IsWishingVerb(sentence[verb]))
            {
                return Subject.None;
            }
        }

        if (quote - verb > MaxWishedTokens)
        {
            return Subject.None;
        }

        for (var k = verb + 1; k < quote; k++)
        {
            var token = sentence[k];
            if (!(token.IsWord || token.Kind == TokenKind.Comma) || IsReportingVerb(token))
            {
                return Subject.None;
            }
        }

        return subject;
    }

    private static bool IsFullPersonName(Subject subject, int quote)
        => subject.Kind == SubjectKind.Name && !subject.IsOrganisation && subject.Text.IndexOf(' ') > 0 && subject.End < quote;

    private bool IsWishingVerb(Token token) => token.IsLower && token.IsWord && Words.WishingVerbs.Contains(token.Span);

    /// <summary>
    /// Where the clause after a verbless lead-in starts: "Panneaux solaires, toilettes sèches, bardage
    /// en mélèze : l'architecte X a voulu …", "Das Ergebnis: Bürgermeister X …", "El balance — el
    /// alcalde X …". The lead-in names what the sentence is about and the subject after its colon or
    /// dash is the sentence's. Returns the index after the mark, or -1 when the sentence opens on no
    /// such lead-in: one with a pronoun or a verb of saying ("Il l'a dit :", "Selon lui :"), a quote, or
    /// more than a dozen tokens.
    /// </summary>
    public int AfterVerblessOpening(IReadOnlyList<Token> sentence)
    {
        if (sentence.Count < 4 || !sentence[0].IsCapitalized || !sentence[0].IsWord)
        {
            return -1;
        }

        for (var i = 0; i < sentence.Count && i <= MaxVerblessOpeningTokens; i++)
        {
            var token = sentence[i];
            if (i > 0 && (token.Kind == TokenKind.Colon || IsDash(token)))
            {
                return i + 1 < sentence.Count && sentence[i + 1].IsWord ? i + 1 : -1;
            }

            if (!(token.IsWord || token.Kind == TokenKind.Comma) || (token.IsWord && (Is(token, WordClass.Pronoun) || IsReportingVerb(token))))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDash(Token token) => token.Kind == TokenKind.Other && token.Span.Length == 1 && token.First is '—' or '–';
}
