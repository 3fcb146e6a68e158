using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A verb of naming, describing or speaking of whose complement is the quote: <c>Councillor X
/// called the report "…"</c>, <c>Die Opposition nannte die Schließung „…“</c>, <c>X bezeichnete den
/// Plan als „…“</c>, <c>De ouderraad noemde het besluit ‘…’</c>, <c>Le maire X a qualifié le projet
/// de « … »</c>, <c>El edil califica la decisión de «…»</c>, <c>Il sindaco X ha definito gli arresti
/// «…»</c>, <c>Il gruppo parla di una misura «…»</c>. What a thing is called, or what someone speaks of, in
/// marks is the name its subject gave it: the subject's own word. A word someone else coined has
/// no subject that names it (<c>a plan dubbed "…"</c>, <c>the so-called "…"</c>), and a passive
/// names the thing, not who named it. Words from the lexicons' <c>NamingVerbs</c>.
/// </summary>
internal sealed partial class Cues
{
    // "described the toilets on Market Street as", "noemen de reorganisatie in een rapport": the object.
    private const int MaxNamedWords = 6;

    // "ha ringraziato i carabinieri e ha definito": the first predicate before the coordinated one.
    private const int MaxFirstPredicateWords = 8;

    /// <summary>
    /// The subject opening the sentence whose verb of naming (right after it, after one perfect
    /// auxiliary, or opening a predicate coordinated with the subject's first one) has the quote at
    /// <paramref name="quote"/> for its complement, or None. What stops it: a verb of the list that
    /// needs its preposition with none before the quote, a quote opening in capitals after a verb
    /// that needs none (a title: "called his book "The Long Road""), no object before a verb that
    /// needs one, a passive's auxiliary ("was called", "è stato definito"), a comma, quote, verb of
    /// saying or clause word between the verb and the quote, and any word after the quote but a
    /// second predicate of the same subject (the sentence goes on, maybe to someone else's cue).
    /// </summary>
    public Subject NamingComplementSubject(IReadOnlyList<Token> sentence, int quote)
    {
        if (quote < 3 || !(OnlyPunctuationAfter(sentence, quote) || SubjectGoesOnAfter(sentence, quote)))
        {
            return Subject.None;
        }

        var subject = OpeningHolder(sentence);
        if (subject.Kind == SubjectKind.None || subject.End >= quote)
        {
            return Subject.None;
        }

        // "Analisten van X noemen …": a group read as one name, whom the verb's plural shows is
        // several people; the phrase reader does not say whose words a group's are (the body's or
        // the group's), so the reading is left to the readings of groups.
        if (subject.Kind == SubjectKind.Name && HasPluralEnding(sentence[subject.End].Span))
        {
            return Subject.None;
        }

        var verb = NamingVerbAfter(sentence, subject.End, quote);
        if (verb < 0)
        {
            verb = CoordinatedNamingVerb(sentence, subject.End, quote);
        }

        return verb >= 0 && NamesTheQuote(sentence, verb, quote) ? subject : Subject.None;
    }

    // The naming verb at `at`, or after one perfect auxiliary there ("a qualifié", "ha definito",
    // "has called"), or -1.
    private int NamingVerbAfter(IReadOnlyList<Token> sentence, int at, int quote)
    {
        if (at >= quote - 1)
        {
            return -1;
        }

        if (IsNamingVerb(sentence[at]))
        {
            return at;
        }

        return at + 1 < quote - 1 && sentence[at].IsLower && Words.PerfectAuxiliaries.Contains(sentence[at].Span) && IsNamingVerb(sentence[at + 1])
            ? at + 1
            : -1;
    }

    // "X ha ringraziato i carabinieri e ha definito gli arresti «…»": the naming verb right after a
    // coordinator that follows the subject's first predicate, so that the subject is shared (a new
    // subject after the coordinator stands between it and the verb, and stops it), or -1.
    private int CoordinatedNamingVerb(IReadOnlyList<Token> sentence, int first, int quote)
    {
        if (first >= quote || !sentence[first].IsLower)
        {
            return -1;
        }

        var last = System.Math.Min(quote - 2, first + MaxFirstPredicateWords);
        for (var k = first + 1; k <= last; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || IsReportingVerb(token) || Is(token, WordClass.Complementiser) || IsSubordinator(sentence, k))
            {
                return -1;
            }

            if (token.IsLower && Is(token, WordClass.Coordinator))
            {
                return NamingVerbAfter(sentence, k + 1, quote);
            }
        }

        return -1;
    }

    // Whether the words between the naming verb and the quote are its object, and its preposition
    // where it needs one: "the report", "die Schließung als", "de" (speaking of: no object), with the
    // article, or the article and the noun, that the quote completes after the preposition ("sprach
    // von einer „…“", "parla di una misura «…»").
    private bool NamesTheQuote(IReadOnlyList<Token> sentence, int verb, int quote)
    {
        var span = sentence[verb].Span;
        var end = PrepositionEnd(sentence, verb, quote);
        var before = sentence[end - 1];
        var withPreposition = Words.NamingPrepositionVerbs.Contains(span) && before.IsLower && Words.NamingPrepositions.Contains(before.Span);
        if (!withPreposition && !(Words.NamingVerbs.Contains(span) && QuoteOpensLower(sentence, quote) && !Is(before, WordClass.Preposition)))
        {
            return false;
        }

        var objectEnd = withPreposition ? end - 1 : end;
        var objectWords = objectEnd - verb - 1;
        if (objectWords > MaxNamedWords || (!withPreposition && objectWords < 1))
        {
            return false;
        }

        for (var k = verb + 1; k < objectEnd; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || IsReportingVerb(token) || Is(token, WordClass.Complementiser) || IsSubordinator(sentence, k))
            {
                return false;
            }
        }

        return true;
    }

    // "… described the vote as "reckless" and said …": the sentence goes on after the quote with a
    // second predicate of the same subject, a coordinator then its verb of saying, naming or its
    // perfect auxiliary; a new subject after the coordinator ("and the minister agreed") stops it.
    private bool SubjectGoesOnAfter(IReadOnlyList<Token> sentence, int quote)
    {
        var next = quote + 1;
        if (next < sentence.Count && sentence[next].Kind == TokenKind.Comma)
        {
            next++;
        }

        if (next + 1 >= sentence.Count || !sentence[next].IsLower || !Is(sentence[next], WordClass.Coordinator))
        {
            return false;
        }

        var verb = sentence[next + 1];
        return IsReportingVerb(verb) || IsNamingVerb(verb) || (verb.IsLower && Words.PerfectAuxiliaries.Contains(verb.Span));
    }

    // Where the preposition's phrase ends before the quote: after the preposition, its article, or its
    // article and one noun in lower case; the quote itself when no preposition stands there.
    private int PrepositionEnd(IReadOnlyList<Token> sentence, int verb, int quote)
    {
        for (var article = quote - 1; article >= quote - 2 && article - 1 > verb; article--)
        {
            if (Is(sentence[article], WordClass.Article) && Words.NamingPrepositions.Contains(sentence[article - 1].Span)
                && (article == quote - 1 || sentence[quote - 1].IsLower))
            {
                return article;
            }
        }

        return quote;
    }

    private bool IsNamingVerb(Token token)
        => token.IsLower && (Words.NamingVerbs.Contains(token.Span) || Words.NamingPrepositionVerbs.Contains(token.Span));
}
